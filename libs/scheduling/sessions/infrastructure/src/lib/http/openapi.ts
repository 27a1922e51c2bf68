/** The OpenAPI tag of group sessions (described in the scheduling document's tag list). */
export const SESSIONS_TAG = 'sessions';

/** Example values for the OpenAPI document, taken from the seed like the core's. */
export const EXAMPLE = {
  tenant: 'cesena',
  uuid: '3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90',
  code: 'K7MA-QX94',
  manageToken: 'q8Zx1Yb3VwKpR2mT5nLc0A',
} as const;
