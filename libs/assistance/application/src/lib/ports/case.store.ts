import { CaseStatus, ChecklistItem, Facilitation, ReportDimension } from '@facile/assistance/domain';

export type Channel = 'online' | 'desk' | 'phone';

export interface CitizenData {
  firstName: string;
  lastName: string;
  fiscalCode?: string;
  email?: string;
  phone?: string;
  birthYear?: number;
}

export interface CaseTransition {
  from: CaseStatus;
  to: CaseStatus;
  by: string;
  at: Date;
  note: string | null;
}

export interface StoredCase {
  id: string;
  code: string;
  manageTokenHash: string;
  tenant: string;
  topic: string;
  channel: Channel;
  status: CaseStatus;
  outcome: string | null;
  bookingCode: string | null;
  noShows: number;
  checklist: ChecklistItem[];
  missing: string[];
  nextSteps: string[];
  /** Null once purged. */
  citizen: CitizenData | null;
  createdAt: Date;
  closedAt: Date | null;
  history: CaseTransition[];
}

export type NewCase = Omit<
  StoredCase,
  'status' | 'outcome' | 'bookingCode' | 'noShows' | 'createdAt' | 'closedAt' | 'history'
>;

/** What a use case decided for a case; the store records it with its transition row, facilitation and event. */
export interface CaseChange {
  to: CaseStatus;
  actor: string;
  outcome?: string;
  note?: string;
  facilitation?: Facilitation;
  /** undefined: unchanged; null: cleared. */
  bookingCode?: string | null;
  noShow?: boolean;
}

export interface CaseFilter {
  tenants: readonly string[] | 'all';
  status?: CaseStatus;
  topic?: string;
}

export interface ReportQuery {
  from: Date;
  /** Exclusive. */
  to: Date;
  tenants: readonly string[] | 'all';
  groupBy: readonly ReportDimension[];
}

export type ReportRow = Partial<Record<ReportDimension, string>> & { count: number };

/** Cases, their transitions and the separate anonymised facilitation records (PostgreSQL with the outbox). */
export abstract class CaseStore {
  abstract open(c: NewCase): Promise<StoredCase>;
  abstract findByCode(code: string): Promise<StoredCase | null>;
  /** Locks the case, asks `decide` (which may throw) and applies its change atomically; null when no such case. */
  abstract change(code: string, decide: (c: StoredCase) => CaseChange): Promise<StoredCase | null>;
  abstract list(filter: CaseFilter): Promise<StoredCase[]>;
  abstract report(q: ReportQuery): Promise<ReportRow[]>;
  /** Erases personal data of cases closed before the date; returns how many. */
  abstract purge(closedBefore: Date): Promise<number>;
}
