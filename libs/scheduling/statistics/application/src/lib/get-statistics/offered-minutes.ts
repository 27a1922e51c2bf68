import { LRUCache } from 'lru-cache';
import { HolidayCalendar, LocalInterval, openIntervalsOn, wallTimeToMillis } from '@facile/scheduling/domain';
import type { SiteView } from '@facile/scheduling/application';

const DAY_MS = 86_400_000;

/** The dates of [from, to], as YYYY-MM-DD. */
export function datesOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += DAY_MS) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

/** A site's open minutes on each day of a range, and their sum. */
export interface OfferedRange {
  minutes: Float64Array;
  total: number;
}

/**
 * Open minutes of each day of a range, per site: weekly hours, the site's exceptions in the range, national
 * holidays and the municipality's patron day (the calendar is configuration, fixed for the process). At region
 * scale a statistics request covers 700 sites × 90 days; computed day by day that was most of the request's CPU,
 * so each site's whole range is remembered, keyed by everything the answer depends on: the site's configuration
 * (an edit of its hours or zone makes a new key), the range and the site's exceptions in it. The configuration
 * is a number in the key (its text, hours included, is kept once): 700 lookups a request hashed 700 long keys.
 */
export class OfferedMinutes {
  private readonly ranges = new LRUCache<string, OfferedRange>({ max: 4000 });
  /** The configuration part of the key, per site object (the reference cache hands out the same objects). */
  private readonly configurations = new WeakMap<SiteView, number>();
  /** A number for each configuration text seen. */
  private readonly configurationIds = new Map<string, number>();

  constructor(private readonly calendar: () => HolidayCalendar) {}

  /** Open minutes of `site` on each of `dates` (consecutive days), in their order. */
  of(site: SiteView, dates: string[], exceptions: ReadonlyMap<string, LocalInterval[]>): OfferedRange {
    const key = `${this.configurationOf(site)}|${dates[0]}|${dates.length}|${
      exceptions.size === 0 ? '' : JSON.stringify([...exceptions])
    }`;
    let range = this.ranges.get(key);
    if (!range) {
      const minutes = new Float64Array(dates.length);
      let total = 0;
      const calendar = this.calendar();
      for (const [i, date] of dates.entries()) {
        for (const [open, close] of openIntervalsOn(site, date, exceptions, calendar)) {
          minutes[i] +=
            (wallTimeToMillis(date, close, site.timeZone) - wallTimeToMillis(date, open, site.timeZone)) /
            60_000;
        }
        total += minutes[i];
      }
      range = { minutes, total };
      this.ranges.set(key, range);
    }
    return range;
  }

  private configurationOf(site: SiteView): number {
    let id = this.configurations.get(site);
    if (id === undefined) {
      const text = JSON.stringify([site.id, site.tenant, site.timeZone, site.openingHours]);
      id = this.configurationIds.get(text);
      if (id === undefined) {
        id = this.configurationIds.size;
        this.configurationIds.set(text, id);
      }
      this.configurations.set(site, id);
    }
    return id;
  }
}
