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
    get: operations['listCases'];
    put?: never;
    /** Open a case: checklist (satisfied / missing), next steps, and the manage token (given once). Credentials are refused (400). */
    post: operations['openCase'];
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
    get: operations['getCase'];
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
    post: operations['cancelCase'];
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
    post: operations['transitionCase'];
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
    get: operations['getFacilitationReport'];
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
    get: operations['listTopics'];
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
      /** @example anna.verdi@example.org */
      email?: string;
      /** @example Anna */
      firstName: string;
      /**
       * @description Codice fiscale (checked, including its check character)
       * @example VRDNNA58C41C573W
       */
      fiscalCode?: string;
      /** @example Verdi */
      lastName: string;
      /** @example +39 347 555 0199 */
      phone?: string;
    };
    CaseCitizenResponse: {
      /** @example 1958 */
      birthYear?: number;
      /** @example anna.verdi@example.org */
      email?: string;
      /** @example Anna */
      firstName: string;
      /** @example VRDNNA58C41C573W */
      fiscalCode?: string;
      /** @example Verdi */
      lastName: string;
      /** @example +39 347 555 0199 */
      phone?: string;
    };
    CaseResponse: {
      /**
       * @description Where the case may go from its status (the lifecycle’s transitions; `cancelled` is also the citizen’s); empty once closed
       * @example [
       *       "resolved",
       *       "referred",
       *       "abandoned"
       *     ]
       */
      allowedTransitions: (
        'open' | 'scheduled' | 'in_progress' | 'resolved' | 'referred' | 'abandoned' | 'cancelled'
      )[];
      /**
       * @description The booking made for it, if any
       * @example M3KQ-7XPA
       */
      bookingCode: string | null;
      /**
       * @example desk
       * @enum {string}
       */
      channel: 'online' | 'desk' | 'phone';
      checklist: components['schemas']['ChecklistItemResponse'][];
      /** @description Null once the personal data is purged after closure */
      citizen: components['schemas']['CaseCitizenResponse'] | null;
      /**
       * Format: date-time
       * @example null
       */
      closedAt: string | null;
      /** @example K7MA-QX94 */
      code: string;
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:00.000Z
       */
      createdAt: string;
      /** @description Oldest first; empty in lists */
      history: components['schemas']['CaseTransitionResponse'][];
      /**
       * @description Prerequisite ids still missing
       * @example [
       *       "lepidaid-registration"
       *     ]
       */
      missing: string[];
      /**
       * @example [
       *       "Bring your own phone and email: credentials are personal and nobody may ask for your password"
       *     ]
       */
      nextSteps: string[];
      /**
       * @description Appointments the citizen missed
       * @example 0
       */
      noShows: number;
      /**
       * @description Set when resolved
       * @example null
       * @enum {string|null}
       */
      outcome:
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
        | 'information-given'
        | null;
      /**
       * @example scheduled
       * @enum {string}
       */
      status: 'open' | 'scheduled' | 'in_progress' | 'resolved' | 'referred' | 'abandoned' | 'cancelled';
      /** @example cesena */
      tenant: string;
      /** @example spid-activation */
      topic: string;
    };
    CaseTransitionResponse: {
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:00.000Z
       */
      at: string;
      /**
       * @description The staff member's subject, `citizen`, or `scheduling`
       * @example operator-cesena-1
       */
      by: string;
      /**
       * @example open
       * @enum {string}
       */
      from: 'open' | 'scheduled' | 'in_progress' | 'resolved' | 'referred' | 'abandoned' | 'cancelled';
      /** @example null */
      note: string | null;
      /**
       * @example in_progress
       * @enum {string}
       */
      to: 'open' | 'scheduled' | 'in_progress' | 'resolved' | 'referred' | 'abandoned' | 'cancelled';
    };
    ChecklistItemResponse: {
      /** @example id-document */
      id: string;
      /** @example Documento d'identità italiano valido (carta d'identità, passaporto o patente) */
      label: string;
      /**
       * @description The citizen said they have it
       * @example true
       */
      satisfied: boolean;
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
    FacilitationReportResponse: {
      /**
       * Format: date
       * @example 2027-01-01
       */
      from: string;
      /**
       * @example [
       *       "month"
       *     ]
       */
      groupBy: ('month' | 'tenant' | 'topic' | 'serviceArea' | 'ageBand' | 'gender' | 'activityType')[];
      rows: components['schemas']['ReportRowResponse'][];
      /**
       * Format: date
       * @description Inclusive
       * @example 2027-12-31
       */
      to: string;
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
    OpenCaseDto: {
      /**
       * @example desk
       * @enum {string}
       */
      channel: 'online' | 'desk' | 'phone';
      citizen: components['schemas']['CaseCitizenDto'];
      /**
       * @description Prerequisite ids of the topic the citizen already has
       * @example [
       *       "id-document",
       *       "health-card"
       *     ]
       */
      has: string[];
      /** @example cesena */
      tenant: string;
      /**
       * @description A topic id of GET /assistance/v1/topics
       * @example spid-activation
       */
      topic: string;
    };
    OpenedCaseResponse: {
      checklist: components['schemas']['ChecklistItemResponse'][];
      /**
       * @description The case code, for the citizen and the desk
       * @example K7MA-QX94
       */
      code: string;
      /**
       * @description Send it as X-Manage-Token to read or cancel the case; it is not stored and cannot be shown again
       * @example q3J0c2Y1dGV4dC1leGFtcGxlLW1hbmFnZS10b2tlbi0x
       */
      manageToken: string;
      /**
       * @description Prerequisite ids still missing
       * @example [
       *       "lepidaid-registration"
       *     ]
       */
      missing: string[];
      /**
       * @example [
       *       "Bring your own phone and email: credentials are personal and nobody may ask for your password"
       *     ]
       */
      nextSteps: string[];
      /**
       * @example open
       * @enum {string}
       */
      status: 'open' | 'scheduled' | 'in_progress' | 'resolved' | 'referred' | 'abandoned' | 'cancelled';
      /** @example cesena */
      tenant: string;
      /** @example spid-activation */
      topic: string;
    };
    PrerequisiteResponse: {
      /**
       * @description What `has` lists when opening a case
       * @example id-document
       */
      id: string;
      /** @example Documento d'identità italiano valido (carta d'identità, passaporto o patente) */
      label: string;
      /**
       * @description Asked of minors only
       * @enum {string}
       */
      onlyIf?: 'minor';
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
    ReportRowResponse: {
      /**
       * @example individual-facilitation
       * @enum {string}
       */
      activityType?: 'individual-facilitation' | 'in-person-training' | 'online-training';
      /**
       * @example 55-74
       * @enum {string}
       */
      ageBand?: 'under-30' | '30-54' | '55-74' | '75-plus';
      /** @example 12 */
      count: number;
      /**
       * @example female
       * @enum {string}
       */
      gender?: 'female' | 'male' | 'other' | 'not-stated';
      /**
       * @description YYYY-MM
       * @example 2027-04
       */
      month?: string;
      /**
       * @example digital-identity
       * @enum {string}
       */
      serviceArea?:
        | 'health-fse'
        | 'employment'
        | 'welfare-pensions'
        | 'digital-payments'
        | 'app-io'
        | 'anpr-registry'
        | 'education'
        | 'digital-identity'
        | 'other';
      /** @example cesena */
      tenant?: string;
      /** @example spid-activation */
      topic?: string;
    };
    TopicResponse: {
      /**
       * @description Minutes at the desk
       * @example 20
       */
      durationMinutes: number;
      /**
       * @description Ids of shared/data/assistance-topics.json
       * @example spid-activation
       */
      id: string;
      /** @example 18 */
      minAge?: number;
      /** @example Credentials are personal: nobody may request them for someone else. Never record passwords or PINs. */
      notes?: string;
      prerequisites: components['schemas']['PrerequisiteResponse'][];
      /**
       * @description The catalogue procedure to book for it
       * @example attivazione-spid-lepidaid
       */
      procedure?: string;
      title: components['schemas']['TopicTitleResponse'];
    };
    TopicTitleResponse: {
      /** @example SPID activation (LepidaID) with in-person identification */
      en: string;
      /** @example Attivazione SPID (LepidaID) con riconoscimento di persona */
      it: string;
    };
    TransitionDto: {
      /** @description Anonymised attributes for the monitoring, at resolution */
      facilitation?: components['schemas']['FacilitationDto'];
      /**
       * @description No personal data or credentials
       * @example Identità verificata, credenziali attivate dal cittadino
       */
      note?: string;
      /**
       * @description Required to resolve
       * @example spid-activated
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
      /**
       * @example resolved
       * @enum {string}
       */
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
  listCases: {
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
      /** @description Newest first, at most 500, without their history */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'][];
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
      /** @description Another municipality's cases */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality */
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
  openCase: {
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenedCaseResponse'];
        };
      };
      /** @description Not valid, an unknown topic or prerequisite, not a municipality, or a credential field (password, PIN, PUK, OTP) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The citizen is too young for this topic (`age-requirement`) */
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
  getCase: {
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
        content: {
          'application/json': components['schemas']['CaseResponse'];
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
      /** @description A staff token that is not valid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Staff: another municipality's case */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No case with this code and manage token (the same answer for an unknown code) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups from this address; retry after `Retry-After` seconds */
      429: {
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
  cancelCase: {
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
      /** @description The cancelled case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
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
      /** @description No case with this code and manage token */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The case is no longer open or scheduled (`invalid-transition`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups from this address; retry after `Retry-After` seconds */
      429: {
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
  transitionCase: {
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
      /** @description The case after the transition */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description Not valid, or an outcome / facilitation on a transition other than resolved or referred, or a credential field */
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
      /** @description Another municipality's case */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown case */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description This transition is not allowed from the current status (`invalid-transition`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Resolving needs an outcome (`outcome-required`) */
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
  getFacilitationReport: {
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
      /** @description The counts; with `Accept: text/csv` the same rows as CSV for Italian Excel (UTF-8 BOM, `;` separator, one column per dimension, then count) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FacilitationReportResponse'];
          'text/csv': string;
        };
      };
      /** @description Not valid: dates, a range over five years or `to` before `from`, or an unknown dimension */
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
      /** @description Operators, or another municipality's report */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality */
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
  listTopics: {
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
        content: {
          'application/json': components['schemas']['TopicResponse'][];
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
      /** @description Unknown municipality */
      404: {
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
}
type FlattenedDeepRequired<T> = {
  [K in keyof T]-?: FlattenedDeepRequired<
    T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]
  >;
};
type ReadonlyArray<T> = [Exclude<T, undefined>] extends [unknown[]]
  ? Readonly<Exclude<T, undefined>>
  : Readonly<Exclude<T, undefined>[]>;
export const pathsAssistanceV1CasesGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/assistance/v1/cases']['get']['parameters']['query']['status']
> = ['open', 'scheduled', 'in_progress', 'resolved', 'referred', 'abandoned', 'cancelled'];
export const caseResponseAllowedTransitionsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CaseResponse']['allowedTransitions']
> = ['open', 'scheduled', 'in_progress', 'resolved', 'referred', 'abandoned', 'cancelled'];
export const caseResponseChannelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CaseResponse']['channel']
> = ['online', 'desk', 'phone'];
export const caseResponseOutcomeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CaseResponse']['outcome']
> = [
  'spid-activated',
  'spid-recovered',
  'cie-requested',
  'cieid-activated',
  'pin-puk-reprinted',
  'domicile-registered',
  'app-io-activated',
  'health-record-activated',
  'payment-made',
  'pec-created',
  'information-given',
];
export const caseResponseStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CaseResponse']['status']
> = ['open', 'scheduled', 'in_progress', 'resolved', 'referred', 'abandoned', 'cancelled'];
export const caseTransitionResponseFromValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CaseTransitionResponse']['from']
> = ['open', 'scheduled', 'in_progress', 'resolved', 'referred', 'abandoned', 'cancelled'];
export const caseTransitionResponseToValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CaseTransitionResponse']['to']
> = ['open', 'scheduled', 'in_progress', 'resolved', 'referred', 'abandoned', 'cancelled'];
export const facilitationDtoActivityTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FacilitationDto']['activityType']
> = ['individual-facilitation', 'in-person-training', 'online-training'];
export const facilitationDtoAgeBandValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FacilitationDto']['ageBand']
> = ['under-30', '30-54', '55-74', '75-plus'];
export const facilitationDtoEducationValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FacilitationDto']['education']
> = ['primary', 'lower-secondary', 'upper-secondary', 'degree', 'not-stated'];
export const facilitationDtoEmploymentValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FacilitationDto']['employment']
> = ['employee', 'self-employed', 'unemployed-or-not-working', 'retired', 'student', 'not-stated'];
export const facilitationDtoGenderValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FacilitationDto']['gender']
> = ['female', 'male', 'other', 'not-stated'];
export const facilitationDtoServiceAreaValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FacilitationDto']['serviceArea']
> = [
  'health-fse',
  'employment',
  'welfare-pensions',
  'digital-payments',
  'app-io',
  'anpr-registry',
  'education',
  'digital-identity',
  'other',
];
export const facilitationReportResponseGroupByValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FacilitationReportResponse']['groupBy']
> = ['month', 'tenant', 'topic', 'serviceArea', 'ageBand', 'gender', 'activityType'];
export const openCaseDtoChannelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['OpenCaseDto']['channel']
> = ['online', 'desk', 'phone'];
export const openedCaseResponseStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['OpenedCaseResponse']['status']
> = ['open', 'scheduled', 'in_progress', 'resolved', 'referred', 'abandoned', 'cancelled'];
export const prerequisiteResponseOnlyIfValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PrerequisiteResponse']['onlyIf']
> = ['minor'];
export const reportRowResponseActivityTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportRowResponse']['activityType']
> = ['individual-facilitation', 'in-person-training', 'online-training'];
export const reportRowResponseAgeBandValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportRowResponse']['ageBand']
> = ['under-30', '30-54', '55-74', '75-plus'];
export const reportRowResponseGenderValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportRowResponse']['gender']
> = ['female', 'male', 'other', 'not-stated'];
export const reportRowResponseServiceAreaValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportRowResponse']['serviceArea']
> = [
  'health-fse',
  'employment',
  'welfare-pensions',
  'digital-payments',
  'app-io',
  'anpr-registry',
  'education',
  'digital-identity',
  'other',
];
export const transitionDtoOutcomeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TransitionDto']['outcome']
> = [
  'spid-activated',
  'spid-recovered',
  'cie-requested',
  'cieid-activated',
  'pin-puk-reprinted',
  'domicile-registered',
  'app-io-activated',
  'health-record-activated',
  'payment-made',
  'pec-created',
  'information-given',
];
export const transitionDtoToValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TransitionDto']['to']
> = ['open', 'scheduled', 'in_progress', 'resolved', 'referred', 'abandoned', 'cancelled'];
