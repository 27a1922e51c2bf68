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
    get: operations['getAgenda'];
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
    get: operations['getAvailability'];
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
    post: operations['createBooking'];
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
    get: operations['getBooking'];
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
    get: operations['getBookingCalendar'];
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
    post: operations['cancelBooking'];
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
    post: operations['checkInBooking'];
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
    post: operations['completeBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/bookings/{code}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a pending booking (pending → booked); opening the link again changes nothing */
    post: operations['confirmBooking'];
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
    post: operations['markBookingNoShow'];
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
    post: operations['rescheduleBooking'];
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
    post: operations['createHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/holds/{holdId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Give a held slot back (the citizen chose another one, or left); the hold id is its only key */
    delete: operations['releaseHold'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/holds/{holdId}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keep a held slot longer while the form is filled, up to a maximum lifetime from when it was held */
    post: operations['extendHold'];
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
    put: operations['setQueueGroup'];
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
    get: operations['listRotationOccurrences'];
    put?: never;
    /** Add a rotation (RRULE); 409 when the resource would be at two sites at once */
    post: operations['createRotation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/rotations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One rotation of the shared calendar, with its RRULE */
    get: operations['getRotation'];
    /** Change a rotation (days, hours, site); 409 when the resource would be at two sites at once */
    put: operations['changeRotation'];
    post?: never;
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
    get: operations['listSessions'];
    put?: never;
    /** Schedule a session (admins of the site's municipality, union admins) */
    post: operations['createSession'];
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
    get: operations['getSession'];
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
    post: operations['cancelSession'];
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
    /** Who holds a seat and who waits, in order (admins of the session's municipality, union admins) */
    get: operations['listSessionRegistrations'];
    put?: never;
    /** Register: a seat while one is left, else the waiting list; 409 for a second registration of one person */
    post: operations['registerForSession'];
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
    get: operations['getRegistration'];
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
    post: operations['cancelRegistration'];
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
    get: operations['listSites'];
    put?: never;
    /** Add a site (an admin of its municipality, or a union admin); 409 when the id exists */
    post: operations['createSite'];
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
    get: operations['getSite'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a site; fields left out keep their value (409 when fewer counters than bookings use) */
    patch: operations['updateSite'];
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/closures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The site's closures and other hours from today on */
    get: operations['listClosures'];
    put?: never;
    /** Close a date (or set other hours); lists the bookings affected */
    post: operations['addClosure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/closures/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bookings a closure would affect, before it is saved (nothing is written, nobody is told) */
    post: operations['previewClosure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/closures/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove the exception of a date: the weekly hours apply again */
    delete: operations['removeClosure'];
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
    /** How the site offers a procedure (the defaults when never set) */
    get: operations['getSiteOffering'];
    /** How the site offers a procedure; fields left out keep their value */
    put: operations['setSiteOffering'];
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
    put: operations['setOpeningHours'];
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
    get: operations['getQueueBoard'];
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
    post: operations['callNextTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scheduling/v1/sites/{id}/queue/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the ticket kiosk offers: published walk-in procedures served at the site, per municipality */
    get: operations['listWalkInServices'];
    put?: never;
    post?: never;
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
    get: operations['streamQueue'];
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
    post: operations['recallTicket'];
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
    post: operations['takeTicket'];
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
    get: operations['getTicket'];
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
    post: operations['cancelTicket'];
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
    get: operations['getStatistics'];
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
    /** @description A site's day across every municipality */
    Agenda: {
      bookings: components['schemas']['AgendaBooking'][];
      /** @description The closure that day, if any */
      closure: components['schemas']['AgendaClosure'] | null;
      /**
       * Format: date
       * @example 2027-04-06
       */
      date: string;
      /** @example cesena-centro */
      site: string;
    };
    AgendaBooking: {
      /**
       * @description Active and outside the day's closure hours: to call or redirect
       * @example false
       */
      affectedByClosure: boolean;
      /** @example null */
      caseCode: string | null;
      citizen: components['schemas']['AgendaCitizen'];
      /** @example K7MA-QX94 */
      code: string;
      /** @example 2 */
      counter: number;
      /**
       * Format: date-time
       * @example 2027-04-06T09:20:00+02:00
       */
      end: string;
      /**
       * @description The citizen's note to the desk
       * @example Vengo con mia madre, che usa la sedia a rotelle
       */
      note: string | null;
      /**
       * @description Titles of the procedures, in the order of services (what the desk reads)
       * @example [
       *       "Rilascio Carta d'identità elettronica (CIE)"
       *     ]
       */
      serviceTitles: string[];
      /**
       * @example [
       *       "carta-identita-elettronica"
       *     ]
       */
      services: string[];
      /**
       * Format: date-time
       * @example 2027-04-06T09:00:00+02:00
       */
      start: string;
      /**
       * @example booked
       * @enum {string}
       */
      status: 'pending' | 'booked' | 'checked-in' | 'completed' | 'no-show' | 'cancelled' | 'expired';
      /** @example montiano */
      tenant: string;
    };
    AgendaCitizen: {
      /** @example Maria */
      firstName: string;
      /** @example Rossi */
      lastName: string;
    };
    AgendaClosure: {
      /**
       * @description The hours open that day; empty = closed all day
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ]
       *     ]
       */
      hours: string[][];
      /** @example assemblea sindacale */
      reason: string | null;
    };
    Availability: {
      /** @description By start, then site */
      slots: components['schemas']['Slot'][];
    };
    /** @description An appointment as the citizen sees it (never the codice fiscale) */
    Booking: {
      /**
       * @description The assistance case it belongs to
       * @example AB12-CD34
       */
      caseCode?: string;
      /**
       * @description The code the citizen quotes
       * @example K7MA-QX94
       */
      code: string;
      /**
       * Format: date-time
       * @example 2027-04-06T09:20:00+02:00
       */
      end: string;
      /**
       * Format: uuid
       * @example 3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90
       */
      id: string;
      /**
       * @description Only in the answer that made the booking: send it as X-Manage-Token to read, move or cancel
       * @example q8Zx1Yb3VwKpR2mT5nLc0A
       */
      manageToken?: string;
      /**
       * @description The citizen's note to the desk
       * @example Vengo con mia madre, che usa la sedia a rotelle
       */
      note?: string;
      /**
       * @description iCalendar SEQUENCE: one more with each change
       * @example 0
       */
      sequence: number;
      /**
       * @description The first procedure of the visit
       * @example carta-identita-elettronica
       */
      service: string;
      /**
       * @description Titles of the procedures, in order
       * @example [
       *       "Rilascio Carta d'identità elettronica (CIE)"
       *     ]
       */
      serviceTitles?: string[];
      /**
       * @example [
       *       "carta-identita-elettronica"
       *     ]
       */
      services: string[];
      /** @example cesena-centro */
      site: string;
      /** @example Piazza del Popolo 8 (Foro Annonario, primo piano), 47521 Cesena */
      siteAddress?: string;
      /** @example Sportello FACILE Cesena */
      siteName?: string;
      /**
       * Format: date-time
       * @description With the Europe/Rome offset
       * @example 2027-04-06T09:00:00+02:00
       */
      start: string;
      /**
       * @example booked
       * @enum {string}
       */
      status: 'pending' | 'booked' | 'checked-in' | 'completed' | 'no-show' | 'cancelled' | 'expired';
      /**
       * @description The citizen's municipality
       * @example cesena
       */
      tenant: string;
    };
    CallNextDto: {
      /**
       * @description The counter number at the site (1..counters)
       * @example 1
       */
      counter: number;
      /**
       * @description What became of the ticket this counter called before (default served)
       * @example served
       * @enum {string}
       */
      previous?: 'served' | 'no-answer';
    };
    /** @description The ticket a counter has just called */
    CalledTicket: {
      /**
       * @description The appointment the ticket was taken for
       * @example K7MA-QX94
       */
      bookingCode?: string;
      /**
       * Format: date-time
       * @example 2027-04-06T07:12:00.000Z
       */
      calledAt: string;
      /**
       * @description How many times it has been called
       * @example 1
       */
      calls: number;
      /** @example 2 */
      counter: number;
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:00.000Z
       */
      issuedAt: string;
      /** @example A007 */
      number: string;
      /** @description The ticket this counter called before, as it ended */
      previous?: components['schemas']['TicketOutcome'];
      /** @example carta-identita-elettronica */
      service: string;
      /** @example cesena */
      tenant: string;
      /** @example 720 */
      waitSeconds: number;
    };
    ChangeRotationDto: {
      /**
       * @description Counters the resource takes (default 1)
       * @example 1
       */
      counters?: number;
      /** @example 14:30 */
      from: string;
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
       * Format: date
       * @description DTSTART of the rule (default today)
       * @example 2027-01-01
       */
      validFrom?: string;
    };
    CitizenDto: {
      /**
       * Format: email
       * @description An email or a phone is required
       * @example maria.rossi@example.org
       */
      email?: string;
      /** @example Maria */
      firstName: string;
      /** @example RSSMRA85T10A562S */
      fiscalCode: string;
      /** @example Rossi */
      lastName: string;
      /**
       * @description Language of the messages (default it)
       * @example it
       * @enum {string}
       */
      locale?: 'it' | 'en';
      /** @example +39 333 1234567 */
      phone?: string;
    };
    /** @description A date closed (or with other hours) at a site, and the active bookings it affects */
    Closure: {
      /** @description Active bookings outside the new hours: each citizen is told through an event */
      affectedBookings: components['schemas']['Booking'][];
      /**
       * Format: date
       * @example 2027-05-03
       */
      date: string;
      /**
       * @description The hours open that day; empty = closed all day
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ]
       *     ]
       */
      hours: string[][];
      /** @example assemblea sindacale */
      reason: string | null;
      /** @example cesena-centro */
      site: string;
    };
    ClosureDto: {
      /** @example 2027-05-03 */
      date: string;
      /**
       * @description Other hours that day; omitted = closed all day
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ]
       *     ]
       */
      hours?: string[][];
      /** @example assemblea sindacale */
      reason?: string;
    };
    CreateBookingDto: {
      /**
       * @description The assistance case the appointment belongs to
       * @example AB12-CD34
       */
      caseCode?: string;
      citizen: components['schemas']['CitizenDto'];
      /**
       * Format: uuid
       * @description The hold that kept the slot
       * @example 3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90
       */
      holdId?: string;
      /**
       * @description A note to the desk (trimmed, at most 200 characters). Never a password, PIN, PUK or OTP: a note that looks like one is refused
       * @example Vengo con mia madre, che usa la sedia a rotelle
       */
      note?: string;
      /**
       * @description One procedure (or use services)
       * @example carta-identita-elettronica
       */
      service?: string;
      /** @description Several procedures in one visit (instead of service), e.g. ["carta-identita-elettronica", "dichiarazione-residenza"] */
      services?: string[];
      /** @example cesena-centro */
      site: string;
      /**
       * Format: date-time
       * @description A slot start from the availability
       * @example 2027-04-06T09:00:00+02:00
       */
      start: string;
      /**
       * @description The citizen's municipality
       * @example cesena
       */
      tenant: string;
    };
    CreateHoldDto: {
      /**
       * @description One procedure (or use services)
       * @example carta-identita-elettronica
       */
      service?: string;
      /** @description Several procedures in one visit (instead of service), e.g. ["carta-identita-elettronica", "dichiarazione-residenza"] */
      services?: string[];
      /** @example cesena-centro */
      site: string;
      /**
       * Format: date-time
       * @description A slot start from the availability
       * @example 2027-04-06T09:00:00+02:00
       */
      start: string;
      /**
       * @description The citizen's municipality
       * @example cesena
       */
      tenant: string;
    };
    CreateRotationDto: {
      /**
       * @description Counters the resource takes (default 1)
       * @example 1
       */
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
       * Format: date
       * @description DTSTART of the rule (default today)
       * @example 2027-01-01
       */
      validFrom?: string;
    };
    CreateSessionDto: {
      /**
       * Format: date-time
       * @example 2027-04-08T16:30:00+02:00
       */
      end: string;
      /** @example it */
      language?: string;
      /** @example 12 */
      seats: number;
      /** @example cesena-montefiore */
      site: string;
      /**
       * Format: date-time
       * @example 2027-04-08T15:00:00+02:00
       */
      start: string;
      /** @example Usare lo SPID */
      title: string;
      /** @example spid */
      topic?: string;
    };
    CreateSiteDto: {
      /** @example Via Ponte Pietra 10, 47521 Cesena */
      address?: string;
      /** @example 2 */
      counters: number;
      /** @example cesena-ponte-pietra */
      id: string;
      /** @example hub */
      kind: string;
      /** @example Hub di quartiere di Ponte Pietra */
      name: string;
      openingHours?: components['schemas']['OpeningHoursDto'];
      /**
       * @description Serves every municipality (default: only its own)
       * @example false
       */
      servesAllTenants?: boolean;
      /** @example cesena */
      tenant: string;
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
    /** @description A slot kept for a few minutes: book it with holdId before expiresAt */
    Hold: {
      /**
       * Format: date-time
       * @example 2027-04-01T10:10:00+02:00
       */
      expiresAt: string;
      /**
       * Format: uuid
       * @example 3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90
       */
      holdId: string;
    };
    IssueTicketDto: {
      /** @example carta-identita-elettronica */
      service: string;
      /**
       * @description The citizen's municipality
       * @example cesena
       */
      tenant: string;
    };
    /** @description Appointments of one municipality's citizens at another's sites */
    MunicipalityFlow: {
      /**
       * @description Bookings not cancelled
       * @example 14
       */
      appointments: number;
      /** @example montiano */
      citizenTenant: string;
      /** @example 12 */
      completed: number;
      /** @example cesena */
      siteTenant: string;
    };
    OfferingDto: {
      /**
       * @description At most the counters of the site
       * @example 3
       */
      counters?: number;
      /** @example 20 */
      durationMinutes?: number;
      /** @example true */
      enabled: boolean;
      /** @example 60 */
      maxDaysAhead?: number;
      /** @example 60 */
      minNoticeMinutes?: number;
      /**
       * @description Municipalities served
       * @example [
       *       "cesena",
       *       "montiano"
       *     ]
       */
      tenants?: string[];
    };
    OpeningHoursDto: {
      fri?: string[][];
      /**
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ]
       *     ]
       */
      mon?: string[][];
      sat?: string[][];
      sun?: string[][];
      thu?: string[][];
      /**
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ],
       *       [
       *         "14:30",
       *         "17:30"
       *       ]
       *     ]
       */
      tue?: string[][];
      wed?: string[][];
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
    /** @description The public board of a site's queue today */
    QueueBoard: {
      /**
       * Format: date
       * @description The local day of the tickets
       * @example 2027-04-06
       */
      date: string;
      /**
       * @description Called and missed: may be recalled
       * @example [
       *       "A004"
       *     ]
       */
      missed: string[];
      /** @example 2 */
      openCounters: number;
      /** @description Now serving, per counter */
      serving: components['schemas']['QueueServing'][];
      /** @example cesena-centro */
      site: string;
      /** @example 3 */
      totalWaiting: number;
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:00.000Z
       */
      updatedAt: string;
      /** @description Per service group */
      waiting: components['schemas']['QueueGroupWaiting'][];
    };
    QueueGroup: {
      /** @example B */
      letter: string;
      /** @example attivazione-spid-lepidaid */
      service: string;
    };
    QueueGroupDto: {
      /** @example B */
      letter: string;
    };
    QueueGroupServiceWaiting: {
      /** @example carta-identita-elettronica */
      service: string;
      /** @example 3 */
      waiting: number;
    };
    QueueGroupWaiting: {
      /**
       * @description Moving average of the latest services of the group
       * @example 7.5
       */
      averageServiceMinutes: number;
      /** @example 12 */
      estimatedWaitMinutes: number;
      /** @example A */
      letter: string;
      services: components['schemas']['QueueGroupServiceWaiting'][];
      /** @example 3 */
      waiting: number;
    };
    QueueServing: {
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:00.000Z
       */
      calledAt: string;
      /** @example 2 */
      counter: number;
      /** @example A006 */
      number: string;
      /** @example carta-identita-elettronica */
      service: string;
    };
    RegisterDto: {
      /**
       * @description The assistance case it belongs to
       * @example AB12-CD34
       */
      caseCode?: string;
      citizen: components['schemas']['RegistrantDto'];
    };
    Registrant: {
      /** @example maria.rossi@example.org */
      email?: string;
      /** @example Maria */
      firstName: string;
      /** @example Rossi */
      lastName: string;
      /** @example +39 333 1234567 */
      phone?: string;
    };
    RegistrantDto: {
      /**
       * Format: email
       * @example maria.rossi@example.org
       */
      email?: string;
      /** @example Maria */
      firstName: string;
      /**
       * @description Codice fiscale; without one, the e-mail identifies the person
       * @example RSSMRA85T10A562S
       */
      fiscalCode?: string;
      /** @example Rossi */
      lastName: string;
      /**
       * @example it
       * @enum {string}
       */
      locale?: 'it' | 'en';
      /** @example +39 333 1234567 */
      phone?: string;
    };
    /** @description A seat, or a place on the waiting list, in a group session */
    Registration: {
      citizen: components['schemas']['Registrant'];
      /** @example K7MA-QX94 */
      code: string;
      /**
       * @description Only in the answer to the registration: send it as X-Manage-Token
       * @example q8Zx1Yb3VwKpR2mT5nLc0A
       */
      manageToken?: string;
      /**
       * @description Place on the waiting list (while waitlisted)
       * @example 2
       */
      position?: number;
      session: components['schemas']['Session'];
      /**
       * @example registered
       * @enum {string}
       */
      status: 'registered' | 'waitlisted' | 'cancelled';
    };
    RescheduleDto: {
      /**
       * @description Another site (default: the same)
       * @example cesena-borello
       */
      site?: string;
      /**
       * Format: date-time
       * @example 2027-04-07T09:00:00+02:00
       */
      start: string;
    };
    /** @description A recurring presence of a resource at a site */
    Rotation: {
      /** @example 1 */
      counters: number;
      /**
       * @description Local start time
       * @example 14:30
       */
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
      /**
       * @description Procedures delivered on the rotation's dates and hours
       * @example [
       *       "facilitazione-digitale-individuale"
       *     ]
       */
      services: string[];
      /** @example montiano-municipio */
      site: string;
      /**
       * @description Local end time
       * @example 17:30
       */
      to: string;
      /**
       * Format: date
       * @description DTSTART of the rule
       * @example 2027-01-01
       */
      validFrom: string;
    };
    RotationOccurrence: {
      /**
       * Format: date-time
       * @example 2027-04-09T17:30:00+02:00
       */
      end: string;
      /** @example digitale-facile-team */
      resource: string;
      /** @example digitale-facile-montiano */
      rotation: string;
      /**
       * @example [
       *       "facilitazione-digitale-individuale"
       *     ]
       */
      services: string[];
      /** @example montiano-municipio */
      site: string;
      /**
       * Format: date-time
       * @example 2027-04-09T14:30:00+02:00
       */
      start: string;
    };
    RotationOccurrences: {
      /** @description By start */
      occurrences: components['schemas']['RotationOccurrence'][];
    };
    /** @description A group session with the seats left */
    Session: {
      /**
       * Format: date-time
       * @example 2027-04-08T16:30:00+02:00
       */
      end: string;
      /**
       * Format: uuid
       * @example 3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90
       */
      id: string;
      /** @example it */
      language?: string;
      /** @example 12 */
      seats: number;
      /**
       * @description 0 when cancelled
       * @example 11
       */
      seatsLeft: number;
      /** @example cesena-montefiore */
      site: string;
      /**
       * Format: date-time
       * @example 2027-04-08T15:00:00+02:00
       */
      start: string;
      /**
       * @example open
       * @enum {string}
       */
      status: 'open' | 'cancelled';
      /** @example cesena */
      tenant: string;
      /** @example Usare lo SPID */
      title: string;
      /** @example spid */
      topic?: string;
      /** @example 0 */
      waitlisted: number;
    };
    SessionList: {
      items: components['schemas']['Session'][];
    };
    /** @description Who holds a seat or waits (for the admins) */
    SessionRegistrationEntry: {
      /** @example K7MA-QX94 */
      code: string;
      /** @example maria.rossi@example.org */
      email?: string;
      /** @example Maria */
      firstName: string;
      /** @example Rossi */
      lastName: string;
      /** @example +39 333 1234567 */
      phone?: string;
      /**
       * @description Place on the waiting list
       * @example 1
       */
      position?: number;
      /**
       * Format: date-time
       * @example 2027-03-01T10:00:00.000Z
       */
      registeredAt: string;
      /**
       * @example waitlisted
       * @enum {string}
       */
      status: 'registered' | 'waitlisted';
    };
    /** @description A session's seats taken and its waiting list */
    SessionRegistrations: {
      /** @description By arrival */
      registered: components['schemas']['SessionRegistrationEntry'][];
      session: components['schemas']['Session'];
      /** @description By position */
      waitingList: components['schemas']['SessionRegistrationEntry'][];
    };
    /** @description A desk of the network */
    Site: {
      /** @example Piazza del Popolo 8 (Foro Annonario, primo piano), 47521 Cesena */
      address: string | null;
      /** @example 8 */
      counters: number;
      /** @example cesena-centro */
      id: string;
      /**
       * @description main-desk, hub, municipal-desk, facilitation-point…
       * @example main-desk
       */
      kind: string;
      /** @example Sportello FACILE Cesena */
      name: string;
      openingHours: components['schemas']['WeeklyHours'];
      /**
       * @description Serves the citizens of every municipality, not only its own
       * @example true
       */
      servesAllTenants: boolean;
      /**
       * @description The municipality the site belongs to
       * @example cesena
       */
      tenant: string;
      /**
       * @description IANA time zone of the opening hours
       * @example Europe/Rome
       */
      timeZone: string;
    };
    /** @description A date closed, or with other hours, at a site */
    SiteException: {
      /**
       * Format: date
       * @example 2027-05-03
       */
      date: string;
      /**
       * @description The hours open that day; empty = closed all day
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ]
       *     ]
       */
      hours: string[][];
      /** @example assemblea sindacale */
      reason: string | null;
      /** @example cesena-centro */
      site: string;
    };
    SiteExceptionListResponse: {
      items: components['schemas']['SiteException'][];
    };
    SiteList: {
      items: components['schemas']['Site'][];
    };
    /** @description How a site offers one procedure (null: the procedure or site default) */
    SiteOffering: {
      /**
       * @description Counters that serve it (null: all of the site)
       * @example 3
       */
      counters: number | null;
      /**
       * @description Minutes per appointment (null: the procedure's)
       * @example 20
       */
      durationMinutes: number | null;
      /** @example true */
      enabled: boolean;
      /** @example 60 */
      maxDaysAhead: number;
      /** @example 60 */
      minNoticeMinutes: number;
      /** @example carta-identita-elettronica */
      service: string;
      /** @example cesena-centro */
      site: string;
      /**
       * @description Municipalities served (null: as the site)
       * @example [
       *       "cesena",
       *       "montiano"
       *     ]
       */
      tenants: string[] | null;
    };
    /** @description A free appointment slot */
    Slot: {
      /**
       * @description Counters still free
       * @example 3
       */
      available: number;
      /**
       * Format: date-time
       * @example 2027-04-06T09:20:00+02:00
       */
      end: string;
      /** @example cesena-centro */
      site: string;
      /**
       * Format: date-time
       * @description With the Europe/Rome offset
       * @example 2027-04-06T09:00:00+02:00
       */
      start: string;
    };
    Statistics: {
      crossMunicipality: components['schemas']['MunicipalityFlow'][];
      /**
       * Format: date
       * @example 2027-01-01
       */
      from: string;
      /**
       * @example site
       * @enum {string}
       */
      groupBy: 'site' | 'tenant' | 'service' | 'day' | 'week' | 'month';
      rows: components['schemas']['StatisticsRow'][];
      /** @example null */
      site: string | null;
      /** @example null */
      tenant: string | null;
      /**
       * Format: date
       * @example 2027-12-31
       */
      to: string;
      total: components['schemas']['StatisticsRow'];
    };
    StatisticsBookings: {
      /** @example 9 */
      cancelled: number;
      /** @example 98 */
      completed: number;
      /** @example 120 */
      made: number;
      /**
       * @description Median minutes between booking and appointment
       * @example 4320
       */
      medianLeadTimeMinutes: number | null;
      /**
       * @description noShows / (completed + noShows)
       * @example 0.0577
       */
      noShowRate: number | null;
      /** @example 6 */
      noShows: number;
    };
    StatisticsCapacity: {
      /**
       * @description Counter minutes open by the calendar (null when grouped by tenant or service)
       * @example 16320
       */
      offeredMinutes: number | null;
      /**
       * @description usedMinutes / offeredMinutes
       * @example 0.1471
       */
      use: number | null;
      /**
       * @description Counter minutes booked and kept
       * @example 2400
       */
      usedMinutes: number;
    };
    StatisticsGroupSessions: {
      /** @example 30 */
      registered: number;
      /**
       * @description registered / seats
       * @example 0.8333
       */
      seatFill: number | null;
      /**
       * @description Seats offered (null: no sessions)
       * @example 36
       */
      seats: number | null;
      /** @example 4 */
      waitingList: number;
    };
    StatisticsRow: {
      bookings: components['schemas']['StatisticsBookings'];
      capacity: components['schemas']['StatisticsCapacity'];
      groupSessions: components['schemas']['StatisticsGroupSessions'];
      /**
       * @description The site, tenant or service id, the date, 2027-W14 or 2027-04; `total` for the total
       * @example cesena-centro
       */
      key: string;
      walkIns: components['schemas']['StatisticsWalkIns'];
    };
    StatisticsWalkIns: {
      /** @example 64 */
      issued: number;
      /**
       * @description Median minutes from ticket to call
       * @example 8
       */
      medianWaitMinutes: number | null;
      /**
       * @description 90th percentile of the same
       * @example 21
       */
      p90WaitMinutes: number | null;
      /** @example 60 */
      served: number;
    };
    /** @description A walk-in ticket just taken */
    Ticket: {
      /** @example 10 */
      estimatedWaitMinutes: number;
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:00.000Z
       */
      issuedAt: string;
      /**
       * @description Send it as X-Manage-Token to follow or leave the line
       * @example q8Zx1Yb3VwKpR2mT5nLc0A
       */
      manageToken: string;
      /**
       * @description Group letter and number, restarting each local day
       * @example A001
       */
      number: string;
      /** @example carta-identita-elettronica */
      service: string;
      /** @example cesena-centro */
      site: string;
      /** @example cesena */
      tenant: string;
    };
    TicketOutcome: {
      /** @example A006 */
      number: string;
      /**
       * @example served
       * @enum {string}
       */
      status: 'waiting' | 'called' | 'served' | 'missed' | 'cancelled';
    };
    /** @description A ticket after a change */
    TicketState: {
      /** @example A007 */
      number: string;
      /**
       * @example cancelled
       * @enum {string}
       */
      status: 'waiting' | 'called' | 'served' | 'missed' | 'cancelled';
    };
    /** @description Today's ticket as its holder follows it */
    TicketStatus: {
      /**
       * @description People of the same group to be called before (while waiting)
       * @example 3
       */
      ahead: number;
      /**
       * @description The counter to go to (once called)
       * @example 2
       */
      counter?: number;
      /** @example 15 */
      estimatedWaitMinutes: number;
      /**
       * Format: date-time
       * @example 2027-04-06T07:00:00.000Z
       */
      issuedAt: string;
      /** @example A007 */
      number: string;
      /** @example carta-identita-elettronica */
      service: string;
      /** @example cesena-centro */
      site: string;
      /**
       * @example waiting
       * @enum {string}
       */
      status: 'waiting' | 'called' | 'served' | 'missed' | 'cancelled';
    };
    UpdateSiteDto: {
      /** @example Piazza del Popolo 8 (Foro Annonario, primo piano), 47521 Cesena */
      address?: string;
      /**
       * @description Not fewer than the active bookings use (409)
       * @example 8
       */
      counters?: number;
      /** @example main-desk */
      kind?: string;
      /** @example Sportello FACILE Cesena */
      name?: string;
      openingHours?: components['schemas']['OpeningHoursDto'];
      /** @example true */
      servesAllTenants?: boolean;
    };
    /** @description A procedure a walk-in ticket can be taken for at the site */
    WalkInService: {
      /** @example carta-identita-elettronica */
      service: string;
      /**
       * @description The municipalities a ticket can be taken for (send one as tenant)
       * @example [
       *       "cesena"
       *     ]
       */
      tenants: string[];
      /** @example Carta d'identità elettronica */
      title: string;
    };
    /** @description What a site's ticket kiosk offers */
    WalkInServiceList: {
      items: components['schemas']['WalkInService'][];
      /** @example cesena-centro */
      site: string;
    };
    /** @description Per weekday the local opening intervals; a weekday left out is closed */
    WeeklyHours: {
      /**
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ]
       *     ]
       */
      fri?: string[][];
      /**
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ]
       *     ]
       */
      mon?: string[][];
      /**
       * @example [
       *       [
       *         "08:30",
       *         "12:30"
       *       ]
       *     ]
       */
      sat?: string[][];
      /** @example [] */
      sun?: string[][];
      /**
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ],
       *       [
       *         "14:30",
       *         "17:30"
       *       ]
       *     ]
       */
      thu?: string[][];
      /**
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ],
       *       [
       *         "14:30",
       *         "17:30"
       *       ]
       *     ]
       */
      tue?: string[][];
      /**
       * @example [
       *       [
       *         "08:30",
       *         "13:00"
       *       ],
       *       [
       *         "14:30",
       *         "17:30"
       *       ]
       *     ]
       */
      wed?: string[][];
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
  getAgenda: {
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
        content: {
          'application/json': components['schemas']['Agenda'];
        };
      };
      /** @description Bad site id or date */
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
      /** @description Not staff of that site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site */
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
  getAvailability: {
    parameters: {
      query: {
        /** @description One procedure, or several for one visit: a,b */
        service: string;
        /** @description The citizen's municipality */
        tenant: string;
        /** @description Omitted: every site that serves it */
        site?: string;
        from: string;
        /** @description Inclusive; at most 62 days from from */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Start and end with the Europe/Rome offset */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Availability'];
        };
      };
      /** @description Bad slugs or dates, to before from, or more than 62 days */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown procedure, municipality or site */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not bookable for that municipality, or the site does not serve it */
      422: {
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
  createBooking: {
    parameters: {
      query?: never;
      header: {
        'idempotency-key': string;
        /** @description Same key and body: the same booking again (1 to 200 characters) */
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
      /** @description The booking with its manageToken (not repeated when an Idempotency-Key replays it) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid request: codice fiscale, email, start, service or services, Idempotency-Key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown procedure, municipality or site */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The slot is full, or the person already has an active booking of this procedure */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No email nor phone, not a slot of the site, a hold that does not match, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many bookings from this address, e-mail or phone; retry after Retry-After seconds */
      429: {
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
  getBooking: {
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
        content: {
          'application/json': components['schemas']['Booking'];
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
      /** @description No booking with this code for this token (the two look the same) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups by code from this client; retry after Retry-After seconds */
      429: {
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
  getBookingCalendar: {
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
      /** @description A VCALENDAR with one VEVENT (stable UID, SEQUENCE; METHOD:CANCEL once cancelled), as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
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
      /** @description No booking with this code for this token (the two look the same) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups by code from this client; retry after Retry-After seconds */
      429: {
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
  cancelBooking: {
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
        content: {
          'application/json': components['schemas']['Booking'];
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
      /** @description No booking with this code for this token (the two look the same) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Only a booked appointment can be cancelled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups by code from this client; retry after Retry-After seconds */
      429: {
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
  checkInBooking: {
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
        content: {
          'application/json': components['schemas']['Booking'];
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
      /** @description Not staff of the booking's site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such booking */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The booking is not in a state that allows this (invalid transition) */
      409: {
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
  completeBooking: {
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
        content: {
          'application/json': components['schemas']['Booking'];
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
      /** @description Not staff of the booking's site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such booking */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The booking is not in a state that allows this (invalid transition) */
      409: {
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
  confirmBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description The token of the confirmation link sent to the citizen (the part after the code in its #fragment) */
        'X-Manage-Token': string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The booking, status booked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description The code is not well formed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown code, or a token that is not this booking’s confirmation token */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too late (confirmation-expired: the slot was released) or not pending */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts from this client; retry after `Retry-After` seconds */
      429: {
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
  markBookingNoShow: {
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
        content: {
          'application/json': components['schemas']['Booking'];
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
      /** @description Not staff of the booking's site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such booking */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The booking is not in a state that allows this (invalid transition) */
      409: {
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
  rescheduleBooking: {
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
      /** @description The booking at its new slot (sequence one more) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
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
      /** @description No booking with this code for this token, or an unknown site */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The new slot is full, or the booking is no longer booked */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not a slot of that site */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups by code from this client; retry after Retry-After seconds */
      429: {
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
  createHold: {
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Hold'];
        };
      };
      /** @description Invalid request (service or services, exactly one) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown procedure, municipality or site */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The slot is full */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not a slot of that site: closed, in the past, beyond the horizon, or not bookable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many holds from this address, or too many open at once */
      429: {
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
  releaseHold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        holdId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released: the counter is free at once */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not a hold id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such hold (released, used by a booking, or expired) */
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
  extendHold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        holdId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new expiry */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Hold'];
        };
      };
      /** @description Not a hold id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such hold */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The hold has expired: hold the slot again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The hold is at its maximum lifetime */
      422: {
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
  setQueueGroup: {
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
        content: {
          'application/json': components['schemas']['QueueGroup'];
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
      /** @description Only union admins group services */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such procedure */
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
  listRotationOccurrences: {
    parameters: {
      query: {
        from: string;
        /** @description Inclusive; at most 62 days from from */
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
        content: {
          'application/json': components['schemas']['RotationOccurrences'];
        };
      };
      /** @description Bad dates, to before from, or more than 62 days */
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
  createRotation: {
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
        content: {
          'application/json': components['schemas']['Rotation'];
        };
      };
      /** @description A bad RRULE, times or start date */
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The id exists, or the resource would be at another site at the same time */
      409: {
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
  getRotation: {
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
          'application/json': components['schemas']['Rotation'];
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
      /** @description No such rotation */
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
  changeRotation: {
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
        'application/json': components['schemas']['ChangeRotationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Rotation'];
        };
      };
      /** @description A bad RRULE, times or start date */
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
      /** @description Not an admin of the old and new site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such rotation or site */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource would be at another site at the same time */
      409: {
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
  listSessions: {
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
        content: {
          'application/json': components['schemas']['SessionList'];
        };
      };
      /** @description Bad dates, to before from, or more than a year */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality or site */
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
  createSession: {
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
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Invalid session (end not after start, seats 1 to 1000) */
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The session would start in the past */
      422: {
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
  getSession: {
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
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Not a session id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such session */
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
  cancelSession: {
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
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Not a session id */
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such session */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The session is already cancelled */
      409: {
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
  listSessionRegistrations: {
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
          'application/json': components['schemas']['SessionRegistrations'];
        };
      };
      /** @description Not a session id */
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such session */
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
  registerForSession: {
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
      /** @description registered, or waitlisted with its position; with the manageToken */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Registration'];
        };
      };
      /** @description Invalid citizen (a fiscalCode or an email is required) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such session */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The person is already registered, or the session is cancelled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The session has already started */
      422: {
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
  getRegistration: {
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
        content: {
          'application/json': components['schemas']['Registration'];
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
      /** @description No registration with this code for this token (the two look the same) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups by code from this client; retry after Retry-After seconds */
      429: {
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
  cancelRegistration: {
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
        content: {
          'application/json': components['schemas']['Registration'];
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
      /** @description No registration with this code for this token (the two look the same) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The registration is already cancelled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups by code from this client; retry after Retry-After seconds */
      429: {
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
  listSites: {
    parameters: {
      query?: {
        /** @description Sites that serve this municipality */
        tenant?: string;
        /** @description With tenant: sites that serve this procedure for it */
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
        content: {
          'application/json': components['schemas']['SiteList'];
        };
      };
      /** @description A bad tenant or service, or service without tenant */
      400: {
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
      /** @description The procedure cannot be booked for that municipality */
      422: {
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
  createSite: {
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
        content: {
          'application/json': components['schemas']['Site'];
        };
      };
      /** @description Invalid site (or tenant not a municipality, or bad opening hours) */
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
      /** @description Not an admin of that municipality nor a union admin */
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
      /** @description A site with this id exists */
      409: {
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
  getSite: {
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
          'application/json': components['schemas']['Site'];
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
      /** @description No such site */
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
  updateSite: {
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
        content: {
          'application/json': components['schemas']['Site'];
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Fewer counters than the active bookings use */
      409: {
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
  listClosures: {
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
          'application/json': components['schemas']['SiteExceptionListResponse'];
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site */
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
  addClosure: {
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
        content: {
          'application/json': components['schemas']['Closure'];
        };
      };
      /** @description Not a real date, or bad hours */
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site */
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
  previewClosure: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Closure'];
        };
      };
      /** @description Not a real date, or bad hours */
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site */
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
  removeClosure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The exception removed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SiteException'];
        };
      };
      /** @description Not a real date */
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site, or no exception that day */
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
  getSiteOffering: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        service: string;
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
          'application/json': components['schemas']['SiteOffering'];
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site or procedure */
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
  setSiteOffering: {
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
        content: {
          'application/json': components['schemas']['SiteOffering'];
        };
      };
      /** @description Invalid settings (more counters than the site has, a tenant not a municipality) */
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site or procedure */
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
  setOpeningHours: {
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
        content: {
          'application/json': components['schemas']['Site'];
        };
      };
      /** @description Bad intervals (format, end before start, overlaps) */
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
      /** @description Not an admin of the site's municipality nor a union admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site */
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
  getQueueBoard: {
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
          'application/json': components['schemas']['QueueBoard'];
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
      /** @description No such site */
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
  callNextTicket: {
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
        content: {
          'application/json': components['schemas']['CalledTicket'];
        };
      };
      /** @description Invalid counter (1 to the counters of the site) */
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
      /** @description Not staff of that site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Nobody is waiting (queue-empty) */
      409: {
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
  listWalkInServices: {
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
          'application/json': components['schemas']['WalkInServiceList'];
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
      /** @description No such site */
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
  streamQueue: {
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
      /** @description An endless text/event-stream: `event: board` with a QueueBoard as JSON in `data`, and a `: keep-alive` comment every 15 s */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
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
      /** @description No such site */
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
  recallTicket: {
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
        content: {
          'application/json': components['schemas']['TicketState'];
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
      /** @description Not staff of that site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such site, or no such ticket today */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The ticket is not missed */
      409: {
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
  takeTicket: {
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
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
      /** @description Unknown site, procedure or municipality */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not offered for that municipality, or not served at that site */
      422: {
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
  getTicket: {
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
        content: {
          'application/json': components['schemas']['TicketStatus'];
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
      /** @description No such site, or no ticket with this number today for this token */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups by number from this client; retry after Retry-After seconds */
      429: {
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
  cancelTicket: {
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
        content: {
          'application/json': components['schemas']['TicketState'];
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
      /** @description No such site, or no ticket with this number today for this token */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The ticket has been called or served already, or cancelled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many lookups by number from this client; retry after Retry-After seconds */
      429: {
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
  getStatistics: {
    parameters: {
      query: {
        from: string;
        /** @description Inclusive; at most two years after from */
        to: string;
        groupBy?: 'site' | 'tenant' | 'service' | 'day' | 'week' | 'month';
        /** @description A municipality: its citizens' appointments anywhere and everyone's at its sites */
        tenant?: string;
        site?: string;
        /** @description Which table the CSV holds: `groups` (one line per groupBy key) or `flows` (cross-municipality flows); JSON always has both */
        view?: 'groups' | 'flows';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; with Accept: text/csv CSV for Italian Excel (UTF-8 BOM, `;` separator, decimal comma): a header naming groupBy and the columns, one line per row, then the total, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Statistics'];
          'text/csv': string;
        };
      };
      /** @description Bad dates (at most two years) or groupBy */
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
      /** @description Outside what the caller may report on (its sites or municipalities) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown municipality or site */
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
export const pathsSchedulingV1StatisticsGetParametersQueryGroupByValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/scheduling/v1/statistics']['get']['parameters']['query']['groupBy']
> = ['site', 'tenant', 'service', 'day', 'week', 'month'];
export const pathsSchedulingV1StatisticsGetParametersQueryViewValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/scheduling/v1/statistics']['get']['parameters']['query']['view']
> = ['groups', 'flows'];
export const agendaBookingStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['AgendaBooking']['status']
> = ['pending', 'booked', 'checked-in', 'completed', 'no-show', 'cancelled', 'expired'];
export const bookingStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Booking']['status']
> = ['pending', 'booked', 'checked-in', 'completed', 'no-show', 'cancelled', 'expired'];
export const callNextDtoPreviousValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CallNextDto']['previous']
> = ['served', 'no-answer'];
export const citizenDtoLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CitizenDto']['locale']
> = ['it', 'en'];
export const registrantDtoLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegistrantDto']['locale']
> = ['it', 'en'];
export const registrationStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Registration']['status']
> = ['registered', 'waitlisted', 'cancelled'];
export const sessionStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Session']['status']
> = ['open', 'cancelled'];
export const sessionRegistrationEntryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['SessionRegistrationEntry']['status']
> = ['registered', 'waitlisted'];
export const statisticsGroupByValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Statistics']['groupBy']
> = ['site', 'tenant', 'service', 'day', 'week', 'month'];
export const ticketOutcomeStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TicketOutcome']['status']
> = ['waiting', 'called', 'served', 'missed', 'cancelled'];
export const ticketStateStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TicketState']['status']
> = ['waiting', 'called', 'served', 'missed', 'cancelled'];
export const ticketStatusStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TicketStatus']['status']
> = ['waiting', 'called', 'served', 'missed', 'cancelled'];
