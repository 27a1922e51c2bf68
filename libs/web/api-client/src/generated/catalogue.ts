// Generated from the catalogue service's OpenAPI document (libs/web/api-client/openapi/catalogue.json)
// by `npm run generate:api-client`. Do not edit by hand.
export interface paths {
  '/catalogue/v1/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 15 categories of the municipal-site model */
    get: operations['listCategories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/v1/life-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 19 life events */
    get: operations['listLifeEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/v1/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search published procedures (Italian full text, synonyms, typos) with filters and paging */
    get: operations['searchServices'];
    put?: never;
    /** Create a procedure card (draft) */
    post: operations['createService'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/v1/services/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The full card with every municipality offering; with ?tenant= the duration there */
    get: operations['getService'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a card; a published card emits catalogue.service.updated with the full card */
    patch: operations['updateService'];
    trace?: never;
  };
  '/catalogue/v1/services/{slug}.jsonld': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The card as CPSV-AP JSON-LD (PublicService) */
    get: operations['getServiceJsonLd'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/v1/services/{slug}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a card; emits catalogue.service.published with the full card */
    post: operations['publishService'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/v1/services/{slug}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a card; emits catalogue.service.retired with the full card */
    post: operations['retireService'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/v1/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Union and its municipalities (configuration, not code) */
    get: operations['listTenants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/v1/tenants/{tenant}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One municipality (or the Union) */
    get: operations['getTenant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/v1/tenants/{tenant}/offerings/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a municipality's offering of a procedure; emits catalogue.offering.changed with the full card */
    put: operations['setOffering'];
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
    ChannelResponse: {
      /** @enum {string} */
      '@type': 'Channel';
      'dct:description'?: components['schemas']['LangStringResponse'];
      /**
       * Format: uri
       * @description Online channels: where to do it
       */
      hasInput?: string;
      /** @example carta-identita-elettronica-booking */
      identifier: string;
      /**
       * Format: uri
       * @description Online channels: the municipality
       * @example https://sportellofacile.unionevallesavio.it/catalogue/v1/tenants/cesena
       */
      ownedBy?: string;
      /**
       * @example appointment
       * @enum {string}
       */
      type: 'appointment' | 'walk-in' | 'online';
    };
    ConceptResponse: {
      /**
       * Format: uri
       * @example https://sportellofacile.unionevallesavio.it/catalogue/v1/categories/anagrafe-stato-civile
       */
      '@id': string;
      /** @enum {string} */
      '@type': 'skos:Concept';
      /** @example Anagrafe e stato civile */
      'skos:prefLabel': string;
    };
    CostResponse: {
      /** @enum {string} */
      '@type': 'Cost';
      /**
       * Format: uri
       * @example http://publications.europa.eu/resource/authority/currency/EUR
       */
      currency: string;
      /** @example 22,21 EUR; duplicato 27,37 EUR */
      description: string;
      /** @example carta-identita-elettronica-cost-cesena */
      identifier: string;
      /**
       * Format: uri
       * @example https://sportellofacile.unionevallesavio.it/catalogue/v1/tenants/cesena
       */
      isDefinedBy: string;
      /**
       * @description Euro
       * @example 22.21
       */
      value: number;
    };
    CpsvPublicServiceResponse: {
      /**
       * @example {
       *       "@vocab": "http://data.europa.eu/m8g/",
       *       "cpsv": "http://purl.org/vocab/cpsv#"
       *     }
       */
      '@context': {
        [key: string]: string;
      };
      /**
       * Format: uri
       * @example https://sportellofacile.unionevallesavio.it/catalogue/v1/services/carta-identita-elettronica
       */
      '@id': string;
      /** @enum {string} */
      '@type': 'PublicService';
      description: components['schemas']['LangStringResponse'];
      hasChannel: components['schemas']['ChannelResponse'][];
      hasCompetentAuthority: components['schemas']['PublicOrganisationResponse'][];
      hasCost: components['schemas']['CostResponse'][];
      hasInput: components['schemas']['EvidenceResponse'][];
      /** @example carta-identita-elettronica */
      identifier: string;
      isClassifiedBy: components['schemas']['ConceptResponse'][];
      isGroupedBy: components['schemas']['LifeEventRefResponse'][];
      keyword: components['schemas']['LangStringResponse'][];
      name: components['schemas']['LangStringResponse'];
      /**
       * @description ISO 8601 duration at the desk
       * @example PT20M
       */
      processingTime: string;
      produces: components['schemas']['EvidenceResponse'][];
      status: components['schemas']['NodeRefResponse'];
    };
    CreateServiceDto: {
      /** @example true */
      bookable: boolean;
      /**
       * @description A category id of GET /catalogue/v1/categories
       * @example anagrafe-stato-civile
       */
      category: string;
      /** @example 20 */
      durationMinutes: number;
      /**
       * @example [
       *       "cie",
       *       "carta d'identità"
       *     ]
       */
      keywords?: string[];
      /**
       * @description Life event ids of GET /catalogue/v1/life-events
       * @example [
       *       "documenti-identita"
       *     ]
       */
      lifeEvents: string[];
      sections?: components['schemas']['ServiceSectionsDto'];
      /** @example carta-identita-elettronica */
      slug: string;
      /** @example Richiesta, rinnovo o duplicato della Carta d'identità elettronica (CIE). */
      summary: string;
      /** @example Rilascio Carta d'identità elettronica (CIE) */
      title: string;
      /** @example false */
      walkIn: boolean;
    };
    EvidenceResponse: {
      /** @enum {string} */
      '@type': 'Evidence' | 'Output';
      /** @example carta-identita-elettronica-input-1 */
      identifier: string;
      name: components['schemas']['LangStringResponse'];
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
    LangStringResponse: {
      /** @example it */
      '@language': string;
      /** @example Rilascio Carta d'identità elettronica (CIE) */
      '@value': string;
    };
    LifeEventRefResponse: {
      /**
       * Format: uri
       * @example https://sportellofacile.unionevallesavio.it/catalogue/v1/life-events/documenti-identita
       */
      '@id': string;
      /** @enum {string} */
      '@type': 'LifeEvent';
    };
    LocalizedTitleResponse: {
      /** @example Registry and civil status */
      en: string;
      /** @example Anagrafe e stato civile */
      it: string;
    };
    NodeRefResponse: {
      /**
       * Format: uri
       * @example http://data.europa.eu/m8g/status/completed
       */
      '@id': string;
    };
    OfferingDto: {
      /**
       * @description Overrides the card duration here
       * @example 25
       */
      durationMinutes?: number | null;
      /**
       * @description Whether the municipality offers the procedure
       * @example true
       */
      enabled: boolean;
      /**
       * @description Fee in euro cents
       * @example 2221
       */
      feeCents: number;
      /** @example 22,21 EUR; duplicato 27,37 EUR */
      notes?: string | null;
      /** @example https://www.comune.cesena.fc.it/servizi */
      onlineUrl?: string | null;
    };
    OfferingResponse: {
      /**
       * @description This municipality's duration in minutes, when it differs from the card's
       * @example null
       */
      durationMinutes: number | null;
      /** @example true */
      enabled: boolean;
      /**
       * @description Fee in euro cents
       * @example 2221
       */
      feeCents: number;
      /** @example 22,21 EUR; duplicato 27,37 EUR */
      notes: string | null;
      /**
       * @description Where to do it online, if the municipality offers that
       * @example null
       */
      onlineUrl: string | null;
      /** @example cesena */
      tenant: string;
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
    PublicOrganisationResponse: {
      /**
       * Format: uri
       * @example https://sportellofacile.unionevallesavio.it/catalogue/v1/tenants/cesena
       */
      '@id': string;
      /** @enum {string} */
      '@type': 'PublicOrganisation';
      /**
       * @description ISTAT code
       * @example 040007
       */
      identifier: string;
      /** @example Comune di Cesena */
      'skos:prefLabel': string;
    };
    ServiceCardResponse: {
      /** @example true */
      bookable: boolean;
      /** @example anagrafe-stato-civile */
      category: string;
      /**
       * @description Minutes at the desk; with ?tenant= that municipality's duration
       * @example 20
       */
      durationMinutes: number;
      /**
       * @example [
       *       "cie",
       *       "carta d'identità",
       *       "rinnovo"
       *     ]
       */
      keywords: string[];
      /**
       * @description Life event ids of GET /catalogue/v1/life-events
       * @example [
       *       "documenti-identita"
       *     ]
       */
      lifeEvents: string[];
      offerings: components['schemas']['OfferingResponse'][];
      sections: components['schemas']['ServiceSectionsDto'];
      /** @example carta-identita-elettronica */
      slug: string;
      /**
       * @example published
       * @enum {string}
       */
      status: 'draft' | 'published' | 'retired';
      /** @example Richiesta, rinnovo o duplicato della Carta d'identità elettronica (CIE), valida come documento di riconoscimento e per l'identità digitale. */
      summary: string;
      /** @example Rilascio Carta d'identità elettronica (CIE) */
      title: string;
      /**
       * @description Grows with every change
       * @example 1
       */
      version: number;
      /** @example false */
      walkIn: boolean;
    };
    ServiceSearchHitResponse: {
      /**
       * @description Can be booked at a desk
       * @example true
       */
      bookable: boolean;
      /**
       * @description A category id of GET /catalogue/v1/categories
       * @example anagrafe-stato-civile
       */
      category: string;
      /** @example carta-identita-elettronica */
      slug: string;
      /** @example Richiesta, rinnovo o duplicato della Carta d'identità elettronica (CIE), valida come documento di riconoscimento e per l'identità digitale. */
      summary: string;
      /**
       * @description Municipalities that offer it
       * @example [
       *       "bagno-di-romagna",
       *       "cesena",
       *       "mercato-saraceno",
       *       "montiano",
       *       "verghereto"
       *     ]
       */
      tenants: string[];
      /** @example Rilascio Carta d'identità elettronica (CIE) */
      title: string;
    };
    ServiceSearchPageResponse: {
      /** @description Ranked by relevance when `q` is given */
      items: components['schemas']['ServiceSearchHitResponse'][];
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
      /**
       * @description Matches over every page
       * @example 1
       */
      total: number;
    };
    ServiceSectionsDto: {
      /** @example Sportello FACILE dell'Unione Valle del Savio. */
      contacts?: string;
      /** @example 22,21 euro; 27,37 euro per il duplicato. */
      cost?: string;
      /** @example Prenota l'appuntamento allo sportello e presentati con la documentazione. */
      howTo?: string;
      /** @example Solo su appuntamento allo sportello anagrafe. */
      howToAccess?: string;
      /** @example In caso di urgenza documentata può essere rilasciata la carta cartacea. */
      specialCases?: string;
      /** @example La carta arriva entro 6 giorni lavorativi. */
      timeAndDeadlines?: string;
      /** @example La CIE, spedita dal Poligrafico dello Stato all'indirizzo indicato. */
      whatYouGet?: string;
      /**
       * @example [
       *       "Una fototessera recente su sfondo bianco",
       *       "Tessera sanitaria (codice fiscale)"
       *     ]
       */
      whatYouNeed?: string[];
      /** @example Cittadini residenti nel Comune, italiani e stranieri, di qualsiasi età. */
      whoFor?: string;
    };
    TaxonomyEntryResponse: {
      /** @example anagrafe-stato-civile */
      id: string;
      title: components['schemas']['LocalizedTitleResponse'];
    };
    TaxonomyListResponse: {
      items: components['schemas']['TaxonomyEntryResponse'][];
    };
    TenantListResponse: {
      items: components['schemas']['TenantResponse'][];
    };
    TenantResponse: {
      /**
       * @description The tenant id used in every path and body
       * @example cesena
       */
      id: string;
      /**
       * @description ISTAT code (municipalities only)
       * @example 040007
       */
      istatCode?: string;
      /**
       * @example municipality
       * @enum {string}
       */
      kind: 'union' | 'municipality';
      /** @example Comune di Cesena */
      name: string;
      /**
       * @description Resident population (municipalities only)
       * @example 96037
       */
      population?: number;
      /**
       * @description Province (municipalities only)
       * @example FC
       */
      province?: string;
    };
    UpdateServiceDto: {
      /** @example true */
      bookable?: boolean;
      /**
       * @description A category id of GET /catalogue/v1/categories
       * @example anagrafe-stato-civile
       */
      category?: string;
      /** @example 20 */
      durationMinutes?: number;
      /**
       * @example [
       *       "cie",
       *       "carta d'identità"
       *     ]
       */
      keywords?: string[];
      /**
       * @description Life event ids of GET /catalogue/v1/life-events
       * @example [
       *       "documenti-identita"
       *     ]
       */
      lifeEvents?: string[];
      sections?: components['schemas']['ServiceSectionsDto'];
      /** @example Richiesta, rinnovo o duplicato della Carta d'identità elettronica (CIE). */
      summary?: string;
      /** @example Rilascio Carta d'identità elettronica (CIE) */
      title?: string;
      /** @example false */
      walkIn?: boolean;
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
  listCategories: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['TaxonomyListResponse'];
        };
      };
      /** @description The request is malformed (a body that is not valid JSON) */
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
  listLifeEvents: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['TaxonomyListResponse'];
        };
      };
      /** @description The request is malformed (a body that is not valid JSON) */
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
  searchServices: {
    parameters: {
      query?: {
        q?: string;
        category?: string;
        lifeEvent?: string;
        tenant?: string;
        bookable?: boolean;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of matches */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceSearchPageResponse'];
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
      /** @description Unknown municipality in `tenant` */
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
  createService: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateServiceDto'];
      };
    };
    responses: {
      /** @description The new draft card, without offerings */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceCardResponse'];
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
      /** @description The token is valid but does not allow this (role, municipality or site) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A card with this slug exists (`duplicate-slug`) */
      409: {
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
  getService: {
    parameters: {
      query?: {
        /** @description Municipality: durationMinutes is its override */
        tenant?: string;
      };
      header?: never;
      path: {
        /** @description A procedure slug (shared/data/procedures.json) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The published or retired card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceCardResponse'];
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
      /** @description Unknown or draft procedure, or unknown municipality */
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
  updateService: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A procedure slug (shared/data/procedures.json) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServiceDto'];
      };
    };
    responses: {
      /** @description The card as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceCardResponse'];
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
      /** @description The token is valid but does not allow this (role, municipality or site) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown procedure */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Changed meanwhile by somebody else (`concurrent-change`): reload and retry */
      409: {
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
  getServiceJsonLd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A procedure slug (shared/data/procedures.json) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A cpsv:PublicService */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/ld+json': components['schemas']['CpsvPublicServiceResponse'];
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
      /** @description Unknown or draft procedure */
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
  publishService: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A procedure slug (shared/data/procedures.json) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The published card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceCardResponse'];
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
      /** @description The token is valid but does not allow this (role, municipality or site) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown procedure */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Already published (`invalid-transition`) or changed meanwhile (`concurrent-change`) */
      409: {
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
  retireService: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A procedure slug (shared/data/procedures.json) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The retired card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceCardResponse'];
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
      /** @description The token is valid but does not allow this (role, municipality or site) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown procedure */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Already retired (`invalid-transition`) or changed meanwhile (`concurrent-change`) */
      409: {
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
  listTenants: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['TenantListResponse'];
        };
      };
      /** @description The request is malformed (a body that is not valid JSON) */
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
  getTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A tenant id of GET /catalogue/v1/tenants */
        tenant: string;
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
          'application/json': components['schemas']['TenantResponse'];
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
  setOffering: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OfferingDto'];
      };
    };
    responses: {
      /** @description The card with its offerings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceCardResponse'];
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
      /** @description Another municipality's offering, or the Union's (offerings belong to municipalities) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality or procedure */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Changed meanwhile by somebody else (`concurrent-change`): reload and retry */
      409: {
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
export const channelResponseTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ChannelResponse']['type']
> = ['appointment', 'walk-in', 'online'];
export const serviceCardResponseStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ServiceCardResponse']['status']
> = ['draft', 'published', 'retired'];
export const tenantResponseKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TenantResponse']['kind']
> = ['union', 'municipality'];
