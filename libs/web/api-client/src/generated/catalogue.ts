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
    get: operations['Taxonomy_categories'];
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
    get: operations['Taxonomy_lifeEvents'];
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
    get: operations['Services_search'];
    put?: never;
    /** Create a procedure card (draft) */
    post: operations['Services_create'];
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
    get: operations['Services_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a card; a published card emits catalogue.service.updated with the full card */
    patch: operations['Services_update'];
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
    get: operations['Services_jsonLd'];
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
    post: operations['Services_publish'];
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
    post: operations['Services_retire'];
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
    get: operations['Tenants_list'];
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
    get: operations['Tenants_get'];
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
    put: operations['Offerings_put'];
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
    CreateServiceDto: {
      bookable: boolean;
      category: string;
      durationMinutes: number;
      keywords?: string[];
      lifeEvents: string[];
      sections?: components['schemas']['ServiceSectionsDto'];
      /** @example carta-identita-elettronica */
      slug: string;
      summary: string;
      title: string;
      walkIn: boolean;
    };
    OfferingDto: {
      /** @description Overrides the card duration here */
      durationMinutes?: Record<string, never> | null;
      /** @description Whether the municipality offers the procedure */
      enabled: boolean;
      /** @example 2221 */
      feeCents: number;
      notes?: Record<string, never> | null;
      /** @example https://www.comune.cesena.fc.it/servizi */
      onlineUrl?: Record<string, never> | null;
    };
    ServiceSectionsDto: {
      contacts?: string;
      cost?: string;
      howTo?: string;
      howToAccess?: string;
      specialCases?: string;
      timeAndDeadlines?: string;
      whatYouGet?: string;
      whatYouNeed?: string[];
      whoFor?: string;
    };
    UpdateServiceDto: {
      bookable?: boolean;
      category?: string;
      durationMinutes?: number;
      keywords?: string[];
      lifeEvents?: string[];
      sections?: components['schemas']['ServiceSectionsDto'];
      summary?: string;
      title?: string;
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
  Taxonomy_categories: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ id, title: { it, en } }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Taxonomy_lifeEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ id, title: { it, en } }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Services_search: {
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
      /** @description { items: [{ slug, title, summary, category, bookable, tenants }], total, page, pageSize } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Services_create: {
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
      /** @description The new draft card */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Services_get: {
    parameters: {
      query?: {
        /** @description Municipality: durationMinutes is its override */
        tenant?: string;
      };
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown procedure or municipality */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Services_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
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
      /** @description The card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Services_jsonLd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
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
        content?: never;
      };
      /** @description Unknown procedure */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Services_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
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
  Services_retire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
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
  Tenants_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ id, name, kind, istatCode?, ... }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Tenants_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { id, name, kind, istatCode?, province?, population? } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown municipality */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Offerings_put: {
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
        content?: never;
      };
      /** @description Another municipality's offering */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown municipality or procedure */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
