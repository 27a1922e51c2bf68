/** Example values for the OpenAPI document, taken from the seed (shared/data) so a reader can try them as they are. */
export const EXAMPLE = {
  site: 'cesena-centro',
  siteName: 'Sportello FACILE Cesena',
  siteAddress: 'Piazza del Popolo 8 (Foro Annonario, primo piano), 47521 Cesena',
  tenant: 'cesena',
  otherTenant: 'montiano',
  service: 'carta-identita-elettronica',
  serviceTitle: "Rilascio Carta d'identità elettronica (CIE)",
  otherService: 'dichiarazione-residenza',
  date: '2027-04-06',
  start: '2027-04-06T09:00:00+02:00',
  end: '2027-04-06T09:20:00+02:00',
  instant: '2027-04-06T07:00:00.000Z',
  uuid: '3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90',
  code: 'K7MA-QX94',
  manageToken: 'q8Zx1Yb3VwKpR2mT5nLc0A',
  ticket: 'A007',
  weeklyHours: {
    mon: [['08:30', '13:00']],
    tue: [
      ['08:30', '13:00'],
      ['14:30', '17:30'],
    ],
  },
} as const;

const HHMM = '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';

/** A day's opening: local `["HH:MM", "HH:MM"]` intervals, the gaps between them are breaks. */
export const INTERVALS_SCHEMA = {
  type: 'array',
  items: {
    type: 'array',
    items: { type: 'string', pattern: HHMM, example: '08:30' },
    minItems: 2,
    maxItems: 2,
  },
  example: [
    ['08:30', '13:00'],
    ['14:30', '17:30'],
  ],
} as const;
