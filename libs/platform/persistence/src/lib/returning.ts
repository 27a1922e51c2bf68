/** TypeORM answers UPDATE … RETURNING with [rows, affected] (INSERT with the rows): the rows either way. */
export function returned<T>(result: unknown): T[] {
  const r = result as unknown[];
  return Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number'
    ? (r[0] as T[])
    : (r as T[]);
}
