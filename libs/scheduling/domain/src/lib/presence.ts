import { LocalInterval } from './opening-hours';
import { occurrences, Rotation } from './rotation';

/**
 * The procedures a rotating resource delivers when no list is given with its rotation: at a site where the
 * resource has rotations, these procedures are offered only on the rotations' dates and hours.
 */
export const RESOURCE_SERVICES: Readonly<Record<string, readonly string[]>> = {
  'digitale-facile-team': ['facilitazione-digitale-individuale'],
};

export const servicesOfRotation = (r: Pick<Rotation, 'resource' | 'services'>): readonly string[] =>
  r.services ?? RESOURCE_SERVICES[r.resource] ?? [];

/** The rotations of a site that deliver any of these procedures (those that decide when the visit can happen). */
export function rotationsServing(
  rotations: readonly Rotation[],
  site: string,
  services: readonly string[],
): Rotation[] {
  return rotations.filter((r) => r.site === site && servicesOfRotation(r).some((s) => services.includes(s)));
}

/** Per local date in [from, to], the local intervals the rotations put their resource at the site. */
export function presenceByDate(
  rotations: readonly Rotation[],
  from: string,
  to: string,
): Map<string, LocalInterval[]> {
  const byDate = new Map<string, LocalInterval[]>();
  for (const r of rotations) {
    // The rule's dates are local dates: expand them as dates, and take the hours as local wall times.
    for (const o of occurrences(r, from, to, 'UTC')) {
      const date = new Date(o.start).toISOString().slice(0, 10);
      byDate.set(
        date,
        [...(byDate.get(date) ?? []), [r.from, r.to] as LocalInterval].sort((a, b) =>
          a[0].localeCompare(b[0]),
        ),
      );
    }
  }
  return byDate;
}

/** The parts of `a` that are also in `b` (local `HH:MM` intervals of one day). */
export function intersectIntervals(
  a: readonly LocalInterval[],
  b: readonly LocalInterval[],
): LocalInterval[] {
  const out: LocalInterval[] = [];
  for (const [af, at] of a) {
    for (const [bf, bt] of b) {
      const from = af > bf ? af : bf;
      const to = at < bt ? at : bt;
      if (from < to) out.push([from, to]);
    }
  }
  return out.sort((x, y) => x[0].localeCompare(y[0]));
}
