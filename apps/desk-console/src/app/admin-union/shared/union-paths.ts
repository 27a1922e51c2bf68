/** The Union admin's pages, under the console's /sportello/ base. */
export const UNION_PATHS = {
  catalogue: '/admin/unione/catalogo',
  newProcedure: '/admin/unione/catalogo/nuova',
  procedure: (slug: string) => `/admin/unione/catalogo/${encodeURIComponent(slug)}`,
  calendar: '/admin/unione/calendario',
  statistics: '/admin/unione/statistiche',
  facilitation: '/admin/unione/facilitazione',
} as const;

/** Lower-case letters, digits and single dashes: the ids the services accept for slugs and rotations. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
