import { DateTime } from 'luxon';
import { RRule } from 'rrule';

/** A recurring presence of a resource (the Digitale Facile team) at a site, as an RFC 5545 RRULE. */
export interface Rotation {
  id: string;
  resource: string;
  site: string;
  rrule: string;
  /** Local `HH:MM`. */
  from: string;
  to: string;
  counters: number;
  /** The first local date the rule counts from (its DTSTART). */
  validFrom: string;
  /** Procedures the resource delivers there (default: RESOURCE_SERVICES of the resource). */
  services?: string[];
}

export interface RotationOccurrence {
  rotation: string;
  site: string;
  start: number;
  end: number;
}

const ALLOWED = /^(FREQ|INTERVAL|BYDAY|BYMONTHDAY|BYMONTH|BYSETPOS|COUNT|UNTIL|WKST)=/;

/** Problems with a rule (empty when valid): only date rules, no time parts, and it must parse. */
export function rruleProblems(rule: string): string[] {
  const parts = rule
    .replace(/^RRULE:/, '')
    .split(';')
    .filter(Boolean);
  if (parts.length === 0 || !parts.some((p) => p.startsWith('FREQ='))) return ['rrule needs a FREQ'];
  const bad = parts.filter((p) => !ALLOWED.test(p));
  if (bad.length) return [`rrule part not allowed: ${bad.join(', ')}`];
  if (!/^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)$/.test(parts.find((p) => p.startsWith('FREQ=')) ?? ''))
    return ['FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY'];
  try {
    new RRule({ ...RRule.parseString(parts.join(';')), dtstart: new Date(Date.UTC(2026, 0, 1)) }).all(
      (_, i) => i < 1,
    );
    return [];
  } catch (e) {
    return [`rrule does not parse: ${(e as Error).message}`];
  }
}

/** Occurrences of a rotation whose local date falls in [fromDate, toDate], as instants in the zone. */
export function occurrences(
  r: Rotation,
  fromDate: string,
  toDate: string,
  zone = 'Europe/Rome',
): RotationOccurrence[] {
  const [y, m, d] = r.validFrom.split('-').map(Number);
  const rule = new RRule({
    ...RRule.parseString(r.rrule.replace(/^RRULE:/, '')),
    dtstart: new Date(Date.UTC(y, m - 1, d)),
  });
  const start = new Date(`${fromDate}T00:00:00Z`);
  const end = new Date(`${toDate}T00:00:00Z`);
  return rule.between(start, end, true).map((day) => {
    const date = day.toISOString().slice(0, 10);
    return {
      rotation: r.id,
      site: r.site,
      start: DateTime.fromISO(`${date}T${r.from}`, { zone }).toMillis(),
      end: DateTime.fromISO(`${date}T${r.to}`, { zone }).toMillis(),
    };
  });
}

/** The first moment the candidate would put the resource in two places at once, or undefined. */
export function firstOverlap(
  candidate: Rotation,
  existing: Rotation[],
  fromDate: string,
  toDate: string,
): { with: string; at: number } | undefined {
  const mine = occurrences(candidate, fromDate, toDate);
  for (const other of existing.filter((e) => e.resource === candidate.resource && e.id !== candidate.id)) {
    const theirs = occurrences(other, fromDate, toDate);
    for (const a of mine) {
      const b = theirs.find((t) => t.start < a.end && t.end > a.start);
      if (b) return { with: other.id, at: Math.max(a.start, b.start) };
    }
  }
  return undefined;
}
