/** The per-site offering form as typed, and its translation to the API body (pure: unit-tested). */
export interface SiteOfferingValues {
  enabled: boolean;
  counters: string;
  duration: string;
  notice: string;
  horizon: string;
  /** `site`: the municipalities the site serves; `chosen`: only those ticked. */
  served: 'site' | 'chosen';
  tenants: string[];
}

export type SiteOfferingField = 'counters' | 'duration' | 'notice' | 'horizon' | 'tenants';
export type SiteOfferingError = 'counters' | 'duration' | 'notice' | 'horizon' | 'tenants';

export interface SiteOfferingSettings {
  enabled: boolean;
  counters: number | null;
  durationMinutes: number | null;
  minNoticeMinutes: number;
  maxDaysAhead: number;
  tenants: string[] | null;
}

export interface SiteOfferingBody {
  enabled: boolean;
  counters?: number;
  durationMinutes?: number;
  minNoticeMinutes: number;
  maxDaysAhead: number;
  tenants?: string[];
}

export function offeringValues(s: SiteOfferingSettings): SiteOfferingValues {
  return {
    enabled: s.enabled,
    counters: s.counters === null ? '' : String(s.counters),
    duration: s.durationMinutes === null ? '' : String(s.durationMinutes),
    notice: String(s.minNoticeMinutes),
    horizon: String(s.maxDaysAhead),
    served: s.tenants === null ? 'site' : 'chosen',
    tenants: s.tenants ?? [],
  };
}

const int = (text: string, min: number, max: number): number | null => {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
};

/** The body to PUT, or the fields in error. Empty counters and duration mean "as the site" and "as the procedure". */
export function offeringBody(
  v: SiteOfferingValues,
  siteCounters: number,
):
  | { ok: true; body: SiteOfferingBody }
  | { ok: false; errors: Partial<Record<SiteOfferingField, SiteOfferingError>> } {
  const errors: Partial<Record<SiteOfferingField, SiteOfferingError>> = {};
  const counters = v.counters.trim() === '' ? undefined : int(v.counters, 1, siteCounters);
  if (counters === null) errors.counters = 'counters';
  const duration = v.duration.trim() === '' ? undefined : int(v.duration, 5, 480);
  if (duration === null) errors.duration = 'duration';
  const notice = int(v.notice, 0, 43200);
  if (notice === null) errors.notice = 'notice';
  const horizon = int(v.horizon, 1, 730);
  if (horizon === null) errors.horizon = 'horizon';
  if (v.served === 'chosen' && v.tenants.length === 0) errors.tenants = 'tenants';
  if (
    Object.keys(errors).length > 0 ||
    counters === null ||
    duration === null ||
    notice === null ||
    horizon === null
  )
    return { ok: false, errors };
  return {
    ok: true,
    body: {
      enabled: v.enabled,
      ...(counters !== undefined ? { counters } : {}),
      ...(duration !== undefined ? { durationMinutes: duration } : {}),
      minNoticeMinutes: notice,
      maxDaysAhead: horizon,
      ...(v.served === 'chosen' ? { tenants: [...v.tenants].sort() } : {}),
    },
  };
}
