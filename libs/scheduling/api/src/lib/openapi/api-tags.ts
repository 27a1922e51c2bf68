/** The tags of the scheduling OpenAPI document, each with the one sentence a reader of the document sees. */
export const SCHEDULING_TAGS = {
  sites: 'sites',
  availability: 'availability',
  bookings: 'bookings',
  operators: 'operators',
  sharedCalendar: 'shared calendar',
  statistics: 'statistics',
  sessions: 'sessions',
  queue: 'queue',
} as const;

export const SCHEDULING_API_TAGS: { name: string; description: string }[] = [
  {
    name: SCHEDULING_TAGS.sites,
    description:
      "The network's desks (sedi) with their counters, weekly opening hours, closures and how each offers a procedure.",
  },
  {
    name: SCHEDULING_TAGS.availability,
    description:
      'Free appointment slots of one or more procedures for a municipality, and short holds that keep a slot while the citizen fills the form.',
  },
  {
    name: SCHEDULING_TAGS.bookings,
    description:
      'Appointments: booked by citizens without an account, read, moved or cancelled with their manage token, and checked in or closed by operators.',
  },
  {
    name: SCHEDULING_TAGS.operators,
    description:
      "A site's day for its staff: every municipality's appointments and the closures that affect them.",
  },
  {
    name: SCHEDULING_TAGS.sharedCalendar,
    description:
      'Rotations of shared resources (the Digitale Facile facilitators) between sites, as recurrence rules and their occurrences.',
  },
  {
    name: SCHEDULING_TAGS.statistics,
    description:
      'Network statistics for coordination: bookings, no-shows, walk-in waits, capacity and cross-municipality flows, as JSON or CSV.',
  },
  {
    name: SCHEDULING_TAGS.sessions,
    description:
      'Group sessions (courses, information meetings) with a limited number of seats and a waiting list.',
  },
  {
    name: SCHEDULING_TAGS.queue,
    description:
      "Walk-in queues: tickets per service group, the public board and its live stream, and the counters' calls.",
  },
];
