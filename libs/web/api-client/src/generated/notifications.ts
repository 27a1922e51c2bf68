// Generated from the notifications service's OpenAPI document (libs/web/api-client/openapi/notifications.json)
// by `npm run generate:api-client`. Do not edit by hand.
export interface paths {
  '/notifications/v1/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log (tenant admins: their municipalities only), newest first, at most 200 */
    get: operations['Deliveries_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/v1/deliveries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One delivery */
    get: operations['Deliveries_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/v1/opt-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The page the link in every message opens: what it stops, and a button (changes nothing) */
    get: operations['OptOut_page'];
    put?: never;
    /** Stop a municipality's messages on one channel (the link in every message); 400 for a bad token */
    post: operations['OptOut_post'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The template in force (the municipality's override, or the default) */
    get: operations['Templates_get'];
    /** Override the template for this municipality (422 when it does not compile or uses unknown variables) */
    put: operations['Templates_put'];
    post?: never;
    /** Revert to the default template */
    delete: operations['Templates_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Render the template in force, or a draft, with sample data */
    post: operations['Templates_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    DeliveryDto: {
      attempts: number;
      bookingRef: string | null;
      caseRef: string | null;
      /** @enum {string} */
      channel: 'email' | 'sms' | 'appio';
      createdAt: string;
      /** Format: uuid */
      id: string;
      lastError: string | null;
      providerId: string | null;
      recipient: string;
      sentAt: string | null;
      sourceEventId: string;
      sourceEventType: string;
      /** @enum {string} */
      status: 'queued' | 'sending' | 'sent' | 'failed' | 'retrying' | 'suppressed';
      subject: string;
      tenant: string;
      updatedAt: string;
    };
    OptOutBody: {
      /**
       * @description RFC 8058 one-click unsubscribe from mail clients
       * @enum {string}
       */
      'List-Unsubscribe'?: 'One-Click';
      /** @description The token of the link in the message (or `?token=` in the URL) */
      token?: string;
    };
    OptOutDto: {
      /** @enum {string} */
      channel: 'email' | 'sms' | 'appio';
      tenant: string;
    };
    PreviewBody: {
      body?: string;
      /** @description Draft to render instead of the template in force */
      subject?: string;
    };
    RenderedDto: {
      body: string;
      subject: string;
    };
    TemplateBody: {
      /** @description Handlebars; only the documented variables */
      body: string;
      /** @description Handlebars; only the documented variables */
      subject: string;
    };
    TemplateDto: {
      body: string;
      channel: string;
      eventType: string;
      locale: string;
      /** @enum {string} */
      source: 'default' | 'override';
      subject: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  Deliveries_list: {
    parameters: {
      query?: {
        /** @description Municipality id */
        tenant?: string;
        status?: 'queued' | 'sending' | 'sent' | 'failed' | 'retrying' | 'suppressed';
        /** @description Source event type, e.g. scheduling.booking.created */
        type?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'][];
        };
      };
    };
  };
  Deliveries_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
    };
  };
  OptOut_page: {
    parameters: {
      query?: {
        /** @description The token of the link in the message */
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OptOut_post: {
    parameters: {
      query?: {
        /** @description The token of the link in the message */
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OptOutBody'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OptOutDto'];
        };
      };
    };
  };
  Templates_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
        eventType: string;
        channel: 'email' | 'sms' | 'appio';
        locale: 'it' | 'en';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateDto'];
        };
      };
    };
  };
  Templates_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
        eventType: string;
        channel: 'email' | 'sms' | 'appio';
        locale: 'it' | 'en';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TemplateBody'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateDto'];
        };
      };
    };
  };
  Templates_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
        eventType: string;
        channel: 'email' | 'sms' | 'appio';
        locale: 'it' | 'en';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Templates_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
        eventType: string;
        channel: 'email' | 'sms' | 'appio';
        locale: 'it' | 'en';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreviewBody'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RenderedDto'];
        };
      };
    };
  };
}
