import type { LocalInterval, OpeningHours, Procedure } from '@facile/scheduling/domain';

export interface SiteView {
  id: string;
  tenant: string;
  name: string;
  kind: string;
  address: string | null;
  counters: number;
  servesAllTenants: boolean;
  timeZone: string;
  openingHours: OpeningHours;
}

export interface OfferingSettings {
  site: string;
  service: string;
  enabled: boolean;
  counters: number | null;
  durationMinutes: number | null;
  minNoticeMinutes: number;
  maxDaysAhead: number;
  tenants: string[] | null;
}

export interface SiteException {
  site: string;
  date: string;
  hours: LocalInterval[];
  reason: string | null;
}

/** A counter taken at a site (active booking or live hold), instants in epoch ms. */
export interface SiteOccupation {
  site: string;
  start: number;
  end: number;
  counter: number;
}

/** Port: the reads availability needs, each one query whatever the number of sites (no N+1). */
export abstract class SchedulingReader {
  abstract sites(): Promise<SiteView[]>;
  abstract procedures(slugs: string[]): Promise<Procedure[]>;
  abstract offerings(sites: string[], services: string[]): Promise<OfferingSettings[]>;
  abstract exceptions(sites: string[], from: string, to: string): Promise<SiteException[]>;
  /** Active bookings and unexpired holds overlapping [from, to), except the hold `exceptHold`. */
  abstract occupied(sites: string[], from: Date, to: Date, exceptHold?: string): Promise<SiteOccupation[]>;
}
