// Generated from the scheduling service's OpenAPI document (libs/web/api-client/openapi/scheduling.json)
// by `npm run generate:api-client`. Do not edit by hand.
export interface paths {
  '/scheduling/v1/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A site's day across every municipality (its operators, its municipality's admins, union admins) */
    get: operations['Agenda_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Free slots of one or more procedures (a,b) for a municipality, at one or every site */
    get: operations['Availability_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Book a slot; 409 when it is full or the person already has one */
    post: operations['Bookings_book'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/bookings/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The booking (with its manage token) */
    get: operations['Bookings_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/bookings/{code}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** iCalendar file (RFC 5545) */
    get: operations['Bookings_calendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/bookings/{code}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel; the slot is free again */
    post: operations['Bookings_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/bookings/{code}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The citizen arrived (booked → checked-in) */
    post: operations['Bookings_checkIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/bookings/{code}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Served (checked-in → completed) */
    post: operations['Bookings_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/bookings/{code}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Did not come (booked → no-show) */
    post: operations['Bookings_noShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/bookings/{code}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move to another slot atomically; 409 and no change when it is full */
    post: operations['Bookings_reschedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/holds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keep a slot for a few minutes while the citizen fills the form */
    post: operations['Availability_hold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/queue-groups/{service}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** A service's group letter on walk-in tickets (A when not set) */
    put: operations['QueueGroups_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/rotations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Occurrences of the shared calendar between two dates */
    get: operations['Rotations_list'];
    put?: never;
    /** Add a rotation (RRULE); 409 when the resource would be at two sites at once */
    post: operations['Rotations_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Group sessions with the seats left (tenant: at sites serving that municipality) */
    get: operations['Sessions_list'];
    put?: never;
    /** Schedule a session (admins of the site's municipality, union admins) */
    post: operations['Sessions_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One session with the seats left */
    get: operations['Sessions_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sessions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a session; everyone registered or waiting is told */
    post: operations['Sessions_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sessions/{id}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register: a seat while one is left, else the waiting list; 409 for a second registration of one person */
    post: operations['Sessions_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sessions/{id}/registrations/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The registration (status, waiting position) */
    get: operations['Sessions_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sessions/{id}/registrations/{code}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel; a freed seat goes to the first person waiting */
    post: operations['Sessions_cancelRegistration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sites of the network; with tenant (and service), those that serve it */
    get: operations['Sites_list'];
    put?: never;
    /** Add a site (an admin of its municipality, or a union admin); 409 when the id exists */
    post: operations['Sites_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One site with its counters and weekly hours */
    get: operations['Sites_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a site; fields left out keep their value (409 when fewer counters than bookings use) */
    patch: operations['Sites_update'];
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/closures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a date (or set other hours); lists the bookings affected */
    post: operations['Sites_addClosure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/offerings/{service}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** How the site offers a procedure; fields left out keep their value */
    put: operations['Sites_putOffering'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/opening-hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace the weekly opening hours (the site municipality admin or a union admin) */
    put: operations['Sites_setHours'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The board: now serving per counter, waiting counts and estimated waits per group */
    get: operations['Queue_board'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/queue/next': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Call the next person at a counter (409 queue-empty when nobody waits); staff of that site only */
    post: operations['Queue_next'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/queue/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-sent events: the board now, then again on every change (from any replica) */
    get: operations['Queue_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/queue/tickets/{number}/recall': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put a missed ticket back in line at its original place */
    post: operations['Queue_recall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a walk-in ticket (A001, A002 … per service group, restarting each local day) */
    post: operations['Queue_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/tickets/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Today's ticket: status, people ahead, estimated wait, the counter when called */
    get: operations['Queue_ticket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/tickets/{number}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Leave the line (waiting or missed tickets) */
    post: operations['Queue_cancelTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Network statistics over [from, to] by site, tenant (citizens’ municipality), service, day, week or month: bookings, no-shows, walk-in waits, lead times, capacity offered vs used, group sessions, cross-municipality flows. CSV with Accept: text/csv */
    get: operations['Statistics_get'];
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
    CallNextDto: {
      /**
       * @description The counter number at the site (1..counters)
       * @example 1
       */
      counter: number;
      /**
       * @description What became of the ticket this counter called before (default served)
       * @enum {string}
       */
      previous?: 'served' | 'no-answer';
    };
    CitizenDto: {
      email?: string;
      firstName: string;
      /** @example RSSMRA85T10A562S */
      fiscalCode: string;
      lastName: string;
      /** @enum {string} */
      locale?: 'it' | 'en';
      phone?: string;
    };
    ClosureDto: {
      /** @example 2027-05-03 */
      date: string;
      /** @description Other hours that day; omitted = closed all day */
      hours?: string[][];
      reason?: string;
    };
    CreateBookingDto: {
      caseCode?: string;
      citizen: components['schemas']['CitizenDto'];
      holdId?: string;
      /** @description One procedure (or use services) */
      service?: string;
      /** @description Several procedures in one visit */
      services?: string[];
      site: string;
      /** @example 2027-04-06T09:00:00+02:00 */
      start: string;
      tenant: string;
    };
    CreateHoldDto: {
      /** @description One procedure (or use services) */
      service?: string;
      /** @description Several procedures in one visit */
      services?: string[];
      site: string;
      /** @example 2027-04-06T09:00:00+02:00 */
      start: string;
      tenant: string;
    };
    CreateRotationDto: {
      counters?: number;
      /** @example 14:30 */
      from: string;
      /** @example digitale-facile-montiano */
      id: string;
      /** @example digitale-facile-team */
      resource: string;
      /**
       * @description RFC 5545 RRULE (date parts only)
       * @example FREQ=WEEKLY;INTERVAL=2;BYDAY=FR
       */
      rrule: string;
      /** @description Procedures delivered on the rotation's dates and hours (default: the resource's, e.g. facilitazione-digitale-individuale for digitale-facile-team) */
      services?: string[];
      /** @example montiano-municipio */
      site: string;
      /** @example 17:30 */
      to: string;
      /**
       * @description DTSTART of the rule (default today)
       * @example 2027-01-01
       */
      validFrom?: string;
    };
    CreateSessionDto: {
      /** @example 2027-04-08T16:30:00+02:00 */
      end: string;
      /** @example it */
      language?: string;
      seats: number;
      /** @example cesena-montefiore */
      site: string;
      /** @example 2027-04-08T15:00:00+02:00 */
      start: string;
      title: string;
      topic?: string;
    };
    CreateSiteDto: {
      address?: string;
      counters: number;
      /** @example cesena-ponte-pietra */
      id: string;
      /** @example hub */
      kind: string;
      name: string;
      openingHours?: components['schemas']['OpeningHoursDto'];
      /** @description Serves every municipality (default: only its own) */
      servesAllTenants?: boolean;
      /** @example cesena */
      tenant: string;
    };
    IssueTicketDto: {
      /** @example carta-identita-elettronica */
      service: string;
      /** @example cesena */
      tenant: string;
    };
    OfferingDto: {
      counters?: number;
      durationMinutes?: number;
      enabled: boolean;
      maxDaysAhead?: number;
      minNoticeMinutes?: number;
      tenants?: string[];
    };
    OpeningHoursDto: {
      fri?: string[][];
      mon?: string[][];
      sat?: string[][];
      sun?: string[][];
      thu?: string[][];
      tue?: string[][];
      wed?: string[][];
    };
    QueueGroupDto: {
      /** @example B */
      letter: string;
    };
    RegisterDto: {
      caseCode?: string;
      citizen: components['schemas']['RegistrantDto'];
    };
    RegistrantDto: {
      email?: string;
      firstName: string;
      /** @description Codice fiscale; without one, the e-mail identifies the person */
      fiscalCode?: string;
      lastName: string;
      /** @enum {string} */
      locale?: 'it' | 'en';
      phone?: string;
    };
    RescheduleDto: {
      site?: string;
      start: string;
    };
    UpdateSiteDto: {
      address?: string;
      counters?: number;
      kind?: string;
      name?: string;
      openingHours?: components['schemas']['OpeningHoursDto'];
      servesAllTenants?: boolean;
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
  Agenda_get: {
    parameters: {
      query: {
        site: string;
        date: string;
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
  Availability_get: {
    parameters: {
      query: {
        /** @description One procedure, or several for one visit: a,b */
        service: string;
        tenant: string;
        /** @description Omitted: every site that serves it */
        site?: string;
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description {slots: [{site, start, end, available}]} with Europe/Rome offsets */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Bookings_book: {
    parameters: {
      query?: never;
      header: {
        'idempotency-key': string;
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBookingDto'];
      };
    };
    responses: {
      /** @description {id, code, manageToken, status, service, tenant, site, start, end} */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Bookings_read: {
    parameters: {
      query?: never;
      header: {
        /** @description The token returned when the booking was made */
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
  Bookings_calendar: {
    parameters: {
      query?: never;
      header: {
        /** @description The token returned when the booking was made */
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
  Bookings_cancel: {
    parameters: {
      query?: never;
      header: {
        /** @description The token returned when the booking was made */
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
  Bookings_checkIn: {
    parameters: {
      query?: never;
      header?: never;
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
  Bookings_complete: {
    parameters: {
      query?: never;
      header?: never;
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
  Bookings_noShow: {
    parameters: {
      query?: never;
      header?: never;
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
  Bookings_reschedule: {
    parameters: {
      query?: never;
      header: {
        /** @description The token returned when the booking was made */
        'X-Manage-Token': string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RescheduleDto'];
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
  Availability_hold: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateHoldDto'];
      };
    };
    responses: {
      /** @description {holdId, expiresAt} */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  QueueGroups_set: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        service: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QueueGroupDto'];
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
  Rotations_list: {
    parameters: {
      query: {
        from: string;
        to: string;
        site?: string;
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
  Rotations_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRotationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Sessions_list: {
    parameters: {
      query?: {
        tenant?: string;
        site?: string;
        from?: string;
        to?: string;
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
  Sessions_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSessionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Sessions_get: {
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
        content?: never;
      };
    };
  };
  Sessions_cancel: {
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
        content?: never;
      };
    };
  };
  Sessions_register: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterDto'];
      };
    };
    responses: {
      /** @description {code, manageToken, status: registered|waitlisted, position?} */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Sessions_read: {
    parameters: {
      query?: never;
      header: {
        /** @description The token returned at registration */
        'X-Manage-Token': string;
      };
      path: {
        id: string;
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
  Sessions_cancelRegistration: {
    parameters: {
      query?: never;
      header: {
        /** @description The token returned at registration */
        'X-Manage-Token': string;
      };
      path: {
        id: string;
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
  Sites_list: {
    parameters: {
      query?: {
        tenant?: string;
        service?: string;
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
  Sites_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSiteDto'];
      };
    };
    responses: {
      /** @description The site */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Sites_get: {
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
        content?: never;
      };
    };
  };
  Sites_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSiteDto'];
      };
    };
    responses: {
      /** @description The site */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Sites_addClosure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClosureDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Sites_putOffering: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        service: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OfferingDto'];
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
  Sites_setHours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpeningHoursDto'];
      };
    };
    responses: {
      /** @description The site */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Queue_board: {
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
        content?: never;
      };
    };
  };
  Queue_next: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CallNextDto'];
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
  Queue_stream: {
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
        content?: never;
      };
    };
  };
  Queue_recall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        number: string;
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
  Queue_issue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueTicketDto'];
      };
    };
    responses: {
      /** @description {number, estimatedWaitMinutes, manageToken} */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Queue_ticket: {
    parameters: {
      query?: never;
      header: {
        /** @description The token returned with the ticket */
        'X-Manage-Token': string;
      };
      path: {
        id: string;
        number: string;
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
  Queue_cancelTicket: {
    parameters: {
      query?: never;
      header: {
        /** @description The token returned with the ticket */
        'X-Manage-Token': string;
      };
      path: {
        id: string;
        number: string;
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
  Statistics_get: {
    parameters: {
      query: {
        from: string;
        /** @description Inclusive; at most two years after from */
        to: string;
        groupBy?: 'site' | 'tenant' | 'service' | 'day' | 'week' | 'month';
        /** @description A municipality: its citizens' appointments anywhere and everyone's at its sites */
        tenant?: string;
        site?: string;
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
