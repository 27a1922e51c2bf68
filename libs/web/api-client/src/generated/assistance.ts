// Generated from the identity-assistance service's OpenAPI document (libs/web/api-client/openapi/assistance.json)
// by `npm run generate:api-client`. Do not edit by hand.
export interface paths {
  '/assistance/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases for operators; a tenant admin only of their municipalities (another → 403) */
    get: operations['Cases_list'];
    put?: never;
    /** Open a case: checklist (satisfied / missing), next steps, and the manage token (given once). Credentials are refused (400). */
    post: operations['Cases_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistance/v1/cases/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case, with its history. A wrong or missing manage token is a 404, like an unknown code */
    get: operations['Cases_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistance/v1/cases/{code}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The citizen cancels the case (open or scheduled) */
    post: operations['Cases_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistance/v1/cases/{code}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the case (409 when not allowed); resolving needs an outcome; facilitation attributes at closure */
    post: operations['Cases_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistance/v1/reports/facilitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Facilitation counts over [from, to] grouped by month, tenant, topic, serviceArea, ageBand, gender, activityType; CSV with Accept: text/csv */
    get: operations['Reports_facilitations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistance/v1/topics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Topics of the Digitale Facile desk with prerequisites, minimum age, linked procedure and duration (per municipality with ?tenant=) */
    get: operations['Topics_list'];
    put?: never;
    post?: never;
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
    CaseCitizenDto: {
      /** @example 1958 */
      birthYear?: number;
      email?: string;
      firstName: string;
      /** @description Codice fiscale (checked, including its check character) */
      fiscalCode?: string;
      lastName: string;
      phone?: string;
    };
    FacilitationDto: {
      /** @enum {string} */
      activityType: 'individual-facilitation' | 'in-person-training' | 'online-training';
      /** @enum {string} */
      ageBand: 'under-30' | '30-54' | '55-74' | '75-plus';
      /** @enum {string} */
      education: 'primary' | 'lower-secondary' | 'upper-secondary' | 'degree' | 'not-stated';
      /** @enum {string} */
      employment:
        'employee' | 'self-employed' | 'unemployed-or-not-working' | 'retired' | 'student' | 'not-stated';
      /** @enum {string} */
      gender: 'female' | 'male' | 'other' | 'not-stated';
      /** @enum {string} */
      serviceArea:
        | 'health-fse'
        | 'employment'
        | 'welfare-pensions'
        | 'digital-payments'
        | 'app-io'
        | 'anpr-registry'
        | 'education'
        | 'digital-identity'
        | 'other';
    };
    OpenCaseDto: {
      /** @enum {string} */
      channel: 'online' | 'desk' | 'phone';
      citizen: components['schemas']['CaseCitizenDto'];
      /** @description Prerequisite ids of the topic the citizen already has */
      has: string[];
      /** @example cesena */
      tenant: string;
      /**
       * @description A topic id of GET /assistance/v1/topics
       * @example spid-activation
       */
      topic: string;
    };
    TransitionDto: {
      /** @description Anonymised attributes for the monitoring, at resolution */
      facilitation?: components['schemas']['FacilitationDto'];
      /** @description No personal data or credentials */
      note?: string;
      /**
       * @description Required to resolve
       * @enum {string}
       */
      outcome?:
        | 'spid-activated'
        | 'spid-recovered'
        | 'cie-requested'
        | 'cieid-activated'
        | 'pin-puk-reprinted'
        | 'domicile-registered'
        | 'app-io-activated'
        | 'health-record-activated'
        | 'payment-made'
        | 'pec-created'
        | 'information-given';
      /** @enum {string} */
      to: 'open' | 'scheduled' | 'in_progress' | 'resolved' | 'referred' | 'abandoned' | 'cancelled';
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
  Cases_list: {
    parameters: {
      query?: {
        tenant?: string;
        status?: 'open' | 'scheduled' | 'in_progress' | 'resolved' | 'referred' | 'abandoned' | 'cancelled';
        topic?: string;
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
  Cases_open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenCaseDto'];
      };
    };
    responses: {
      /** @description {code, manageToken, status, checklist, missing, nextSteps} */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Cases_read: {
    parameters: {
      query?: never;
      header?: {
        /** @description The token returned when the case was opened (citizens); staff use a bearer token */
        'X-Manage-Token'?: string;
      };
      path: {
        code: string;
      };
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
  Cases_cancel: {
    parameters: {
      query?: never;
      header: {
        /** @description The token returned when the case was opened (citizens); staff use a bearer token */
        'X-Manage-Token': string;
      };
      path: {
        code: string;
      };
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
  Cases_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Reports_facilitations: {
    parameters: {
      query: {
        from: string;
        /** @description Inclusive */
        to: string;
        tenant?: string;
        /** @description Comma-separated: month, tenant, topic, serviceArea, ageBand, gender, activityType (default month) */
        groupBy?: string;
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
  Topics_list: {
    parameters: {
      query?: {
        /** @description The configuration of this municipality */
        tenant?: string;
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
}
