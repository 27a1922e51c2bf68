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
    get: operations['listDeliveries'];
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
    get: operations['getDelivery'];
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
    get: operations['showOptOutPage'];
    put?: never;
    /** Stop a municipality's messages on one channel (the link in every message); 400 for a bad token */
    post: operations['optOut'];
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
    get: operations['getTemplate'];
    /** Override the template for this municipality (422 when it does not compile or uses unknown variables) */
    put: operations['setTemplate'];
    post?: never;
    /** Revert to the default template */
    delete: operations['resetTemplate'];
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
    post: operations['previewTemplate'];
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
    DeliveryResponse: {
      /** @example 1 */
      attempts: number;
      /**
       * @description The booking code, for booking messages
       * @example M3KQ-7XPA
       */
      bookingRef: string | null;
      /**
       * @description The case code, for case messages
       * @example null
       */
      caseRef: string | null;
      /**
       * @example email
       * @enum {string}
       */
      channel: 'email' | 'sms' | 'appio';
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: uuid
       * @example 3f0c1f4e-8a51-4d38-9a0e-6f5d1c2b7a90
       */
      id: string;
      /**
       * @description Why the last attempt failed
       * @example null
       */
      lastError: string | null;
      /**
       * @description The provider's message id
       * @example <20270406070000.1a2b3c@sportellofacile>
       */
      providerId: string | null;
      /**
       * @description E-mail address, phone number or fiscal code (App IO)
       * @example anna.verdi@example.org
       */
      recipient: string;
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:02.000Z
       */
      sentAt: string | null;
      /**
       * @description The CloudEvents id of the event it answers
       * @example 9b2f7c1a-4d3e-4b6a-8f0e-2c1d5a7e9b30
       */
      sourceEventId: string;
      /** @example scheduling.booking.created */
      sourceEventType: string;
      /**
       * @example sent
       * @enum {string}
       */
      status: 'queued' | 'sending' | 'sent' | 'failed' | 'retrying' | 'suppressed';
      /** @example Appuntamento confermato M3KQ-7XPA */
      subject: string;
      /**
       * @description The municipality the message is sent for
       * @example cesena
       */
      tenant: string;
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:02.000Z
       */
      updatedAt: string;
    };
    FieldProblemDto: {
      /**
       * @description Path of the field in the request (body, query or header name)
       * @example citizen.fiscalCode
       */
      field: string;
      /** @example fiscalCode must be a valid Italian codice fiscale */
      message: string;
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
    OptOutResponse: {
      /**
       * @example email
       * @enum {string}
       */
      channel: 'email' | 'sms' | 'appio';
      /** @example cesena */
      tenant: string;
    };
    PreviewBody: {
      /**
       * @description Draft body (with subject)
       * @example Gentile {{firstName}},
       *     a presto allo sportello {{site}}.
       */
      body?: string;
      /**
       * @description Draft to render instead of the template in force (with body)
       * @example Appuntamento confermato {{code}}
       */
      subject?: string;
    };
    ProblemDto: {
      /**
       * @description What went wrong this time
       * @example citizen.fiscalCode: fiscalCode must be a valid Italian codice fiscale
       */
      detail: string;
      /** @description Validation errors, one per field */
      errors?: components['schemas']['FieldProblemDto'][];
      /**
       * @description The path of the request
       * @example /scheduling/v1/bookings
       */
      instance?: string;
      /**
       * @description With 429 and 503: seconds to wait (also the Retry-After header)
       * @example 30
       */
      retryAfterSeconds?: number;
      /** @example 400 */
      status: number;
      /**
       * @description Short, human-readable summary of the type
       * @example The request is not valid
       */
      title: string;
      /**
       * Format: uri
       * @description Absolute URI of the problem type, documented at https://sportellofacile.unionevallesavio.it/problems/<code> (docs/problems.md)
       * @example https://sportellofacile.unionevallesavio.it/problems/validation
       */
      type: string;
    };
    RenderedMessageResponse: {
      /**
       * @example Gentile Maria Rossi,
       *     il suo appuntamento per carta-identita-elettronica presso cesena-centro è confermato per il 12/03/2027 alle 09:30.
       */
      body: string;
      /** @example Appuntamento confermato K7Q2XM */
      subject: string;
    };
    TemplateBody: {
      /**
       * @description Handlebars; only the documented variables
       * @example Gentile {{firstName}} {{lastName}},
       *     il suo appuntamento presso {{site}} è confermato per il {{date}} alle {{time}}.
       */
      body: string;
      /**
       * @description Handlebars; only the documented variables
       * @example Appuntamento confermato {{code}}
       */
      subject: string;
    };
    TemplateResponse: {
      /**
       * @description Handlebars
       * @example Gentile {{firstName}} {{lastName}},
       *     il suo appuntamento per {{services}} presso {{site}} è confermato per il {{date}} alle {{time}}.
       */
      body: string;
      /**
       * @example email
       * @enum {string}
       */
      channel: 'email' | 'sms' | 'appio';
      /**
       * @description The body shipped with the service
       * @example Gentile {{firstName}} {{lastName}},
       *     il suo appuntamento presso {{site}} è confermato.
       */
      defaultBody: string;
      /**
       * @description The subject shipped with the service
       * @example Appuntamento confermato {{code}}
       */
      defaultSubject: string;
      /** @example scheduling.booking.created */
      eventType: string;
      /**
       * @example it
       * @enum {string}
       */
      locale: 'it' | 'en';
      /**
       * @description `override` when the municipality changed it
       * @example override
       * @enum {string}
       */
      source: 'default' | 'override';
      /**
       * @description Handlebars
       * @example Appuntamento confermato {{code}}
       */
      subject: string;
      /**
       * @description Variables the template may use (`{{name}}`); anything else is refused
       * @example [
       *       "firstName",
       *       "lastName",
       *       "code",
       *       "site",
       *       "date",
       *       "time"
       *     ]
       */
      variables: string[];
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
  listDeliveries: {
    parameters: {
      query?: {
        /** @description Municipality id */
        tenant?: string;
        status?: 'queued' | 'sending' | 'sent' | 'failed' | 'retrying' | 'suppressed';
        /** @description Source event type */
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
          'application/json': components['schemas']['DeliveryResponse'][];
        };
      };
      /** @description The request is not valid (problem+json with `errors` per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No staff token, or one that is not valid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Operators, or another municipality's log */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is not reachable; retry shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  getDelivery: {
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
          'application/json': components['schemas']['DeliveryResponse'];
        };
      };
      /** @description The request is not valid (problem+json with `errors` per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No staff token, or one that is not valid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Operators */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown delivery, or another municipality's */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is not reachable; retry shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  showOptOutPage: {
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
      /** @description An HTML page in Italian and English with a button that POSTs the token back */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description No token, or one that is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency (the database) is not reachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  optOut: {
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
        'application/x-www-form-urlencoded': components['schemas']['OptOutBody'];
      };
    };
    responses: {
      /** @description What was stopped; the confirmation page with `Accept: text/html` (the page's own form) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OptOutResponse'];
          'text/html': string;
        };
      };
      /** @description No token, or one that is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is not reachable; retry shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  getTemplate: {
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
          'application/json': components['schemas']['TemplateResponse'];
        };
      };
      /** @description The request is not valid (problem+json with `errors` per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No staff token, or one that is not valid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Operators, or another municipality's templates */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality, or no template for this event type, channel or locale */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is not reachable; retry shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  setTemplate: {
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
      /** @description The override now in force */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateResponse'];
        };
      };
      /** @description The request is not valid (problem+json with `errors` per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No staff token, or one that is not valid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Operators, or another municipality's templates */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality, or no template for this event type, channel or locale */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The template does not compile or uses unknown variables (`invalid-template`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is not reachable; retry shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  resetTemplate: {
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
      /** @description The default is in force again */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid (problem+json with `errors` per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No staff token, or one that is not valid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Operators, or another municipality's templates */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality, or no template for this event type, channel or locale */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is not reachable; retry shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  previewTemplate: {
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
          'application/json': components['schemas']['RenderedMessageResponse'];
        };
      };
      /** @description The request is not valid (problem+json with `errors` per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No staff token, or one that is not valid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Operators, or another municipality's templates */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality, or no template for this event type, channel or locale */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The template does not compile or uses unknown variables (`invalid-template`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is not reachable; retry shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
}
type FlattenedDeepRequired<T> = {
  [K in keyof T]-?: FlattenedDeepRequired<
    T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]
  >;
};
type ReadonlyArray<T> = [Exclude<T, undefined>] extends [unknown[]]
  ? Readonly<Exclude<T, undefined>>
  : Readonly<Exclude<T, undefined>[]>;
export const pathsNotificationsV1DeliveriesGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/notifications/v1/deliveries']['get']['parameters']['query']['status']
> = ['queued', 'sending', 'sent', 'failed', 'retrying', 'suppressed'];
export const pathsNotificationsV1TenantsTenantTemplatesEventTypeChannelLocaleGetParametersPathChannelValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}']['get']['parameters']['path']['channel']
> = ['email', 'sms', 'appio'];
export const pathsNotificationsV1TenantsTenantTemplatesEventTypeChannelLocaleGetParametersPathLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}']['get']['parameters']['path']['locale']
> = ['it', 'en'];
export const pathsNotificationsV1TenantsTenantTemplatesEventTypeChannelLocalePutParametersPathChannelValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}']['put']['parameters']['path']['channel']
> = ['email', 'sms', 'appio'];
export const pathsNotificationsV1TenantsTenantTemplatesEventTypeChannelLocalePutParametersPathLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}']['put']['parameters']['path']['locale']
> = ['it', 'en'];
export const pathsNotificationsV1TenantsTenantTemplatesEventTypeChannelLocaleDeleteParametersPathChannelValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}']['delete']['parameters']['path']['channel']
> = ['email', 'sms', 'appio'];
export const pathsNotificationsV1TenantsTenantTemplatesEventTypeChannelLocaleDeleteParametersPathLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}']['delete']['parameters']['path']['locale']
> = ['it', 'en'];
export const pathsNotificationsV1TenantsTenantTemplatesEventTypeChannelLocalePreviewPostParametersPathChannelValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}/preview']['post']['parameters']['path']['channel']
> = ['email', 'sms', 'appio'];
export const pathsNotificationsV1TenantsTenantTemplatesEventTypeChannelLocalePreviewPostParametersPathLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}/preview']['post']['parameters']['path']['locale']
> = ['it', 'en'];
export const deliveryResponseChannelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DeliveryResponse']['channel']
> = ['email', 'sms', 'appio'];
export const deliveryResponseStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DeliveryResponse']['status']
> = ['queued', 'sending', 'sent', 'failed', 'retrying', 'suppressed'];
export const optOutBodyListUnsubscribeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['OptOutBody']['List-Unsubscribe']
> = ['One-Click'];
export const optOutResponseChannelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['OptOutResponse']['channel']
> = ['email', 'sms', 'appio'];
export const templateResponseChannelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TemplateResponse']['channel']
> = ['email', 'sms', 'appio'];
export const templateResponseLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TemplateResponse']['locale']
> = ['it', 'en'];
export const templateResponseSourceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TemplateResponse']['source']
> = ['default', 'override'];
