/** The OpenAPI tag of the network statistics (described in the scheduling document's tag list). */
export const STATISTICS_TAG = 'statistics';

/** Example values for the OpenAPI document, taken from the seed like the core's. */
export const EXAMPLE = {
  site: 'cesena-centro',
  tenant: 'cesena',
  otherTenant: 'montiano',
} as const;
