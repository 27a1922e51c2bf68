import { useCallback, useEffect, useState } from 'react';
import type { Booking, Hold } from './booking-api';

/** The steps of the flow; 6 is the confirmation page. */
export const STEP_COUNT = 5;
export type Step = 1 | 2 | 3 | 4 | 5 | 6;

export interface ApplicantDraft {
  firstName: string;
  lastName: string;
  fiscalCode: string;
  email: string;
  phone: string;
  locale: 'it' | 'en';
}

/** Everything the citizen chose or typed, kept in sessionStorage so errors and reloads lose nothing. */
export interface BookingDraft {
  step: Step;
  tenant: string;
  service: string;
  /** A second procedure for the same visit (one operator). */
  extraService: string;
  site: string;
  /** YYYY-MM shown by the slot step. */
  month: string;
  /** The chosen slot start (ISO with offset) and the hold that keeps it. */
  start: string;
  hold: (Hold & { start: string; site: string; services: string }) | null;
  applicant: ApplicantDraft;
  privacy: boolean;
  /** The Idempotency-Key of the booking attempt under way: one per attempt, reused by every retry of it. */
  attemptKey: string;
  /** The answer that made the booking (with its manage token: only in this tab's storage). */
  booking: Booking | null;
  /** The assistance case the visit belongs to (`&pratica=` from the SPID/CIE checklist), if any. */
  caseCode: string;
  /** A note to the desk (step Dettagli), at most NOTE_MAX characters once trimmed. */
  note: string;
}

export const NOTE_MAX = 200;

/**
 * A password, PIN, PUK or OTP with its value: the API refuses such a note (credentials never enter the system).
 * The same rule as libs/platform/validation's looksLikeCredential (the web may not import it; keep them equal).
 */
const CREDENTIAL_WORD = String.raw`\b(?:pin|puk|otp|password|passwd|pwd|passcode|passphrase|parola\s+(?:chiave|d'ordine)|codice\s+segreto)\b`;
const CREDENTIAL_IN_TEXT = new RegExp(
  String.raw`${CREDENTIAL_WORD}(?:\s*[:=]\s*\S+|(?:\s+[^\s\d:=]+){0,3}?\s*[:=]?\s*(?:(?:è|e'|is|was|era|vale)\s+)?(?=[^\s,;]*\d)[^\s,;]{4,})`,
  'iu',
);

/** What is wrong with a note, as the API would say it, or null. */
export function noteProblem(note: string): 'tooLong' | 'credential' | null {
  const text = note.trim();
  if (text.length > NOTE_MAX) return 'tooLong';
  if (CREDENTIAL_IN_TEXT.test(text)) return 'credential';
  return null;
}

export const STORAGE_KEY = 'facile.booking.draft';

export const emptyDraft = (): BookingDraft => ({
  step: 1,
  tenant: '',
  service: '',
  extraService: '',
  site: '',
  month: '',
  start: '',
  hold: null,
  applicant: { firstName: '', lastName: '', fiscalCode: '', email: '', phone: '', locale: 'it' },
  privacy: false,
  caseCode: '',
  note: '',
  attemptKey: '',
  booking: null,
});

export const visitServices = (d: Pick<BookingDraft, 'service' | 'extraService'>) =>
  [d.service, d.extraService].filter(Boolean);

function read(): BookingDraft {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (raw) return { ...emptyDraft(), ...(JSON.parse(raw) as Partial<BookingDraft>) };
  } catch {
    // storage refused or corrupt: start again
  }
  return emptyDraft();
}

/** The draft and its updater; every change is written through to sessionStorage. */
export function useBookingDraft() {
  const [draft, setDraft] = useState<BookingDraft>(read);
  useEffect(() => {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
    } catch {
      // private mode with no storage: the flow still works in memory
    }
  }, [draft]);
  const update = useCallback(
    (change: Partial<BookingDraft> | ((d: BookingDraft) => Partial<BookingDraft>)) =>
      setDraft((d) => ({ ...d, ...(typeof change === 'function' ? change(d) : change) })),
    [],
  );
  const reset = useCallback((over: Partial<BookingDraft> = {}) => setDraft({ ...emptyDraft(), ...over }), []);
  return { draft, update, reset };
}

/** A fresh key for one booking attempt. */
export const newAttemptKey = () => `citizen-web-${crypto.randomUUID()}`;

/** YYYY-MM of a date in Europe/Rome. */
export function monthOf(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(date);
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
}

/** YYYY-MM-DD of a date in Europe/Rome. */
export function dayOf(date: Date | string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(date));
}

/** The month after (+1) or before (-1) YYYY-MM. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The days of a month to ask availability for: from today (or the 1st) to the month's last day. */
export function monthRange(month: string, today: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate();
  const first = `${month}-01`;
  return { from: today > first ? today : first, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** `#K7Q2-XM4P.<token>` → code and token (the link of ADR 19); null when it is not one. */
export function parseLinkFragment(fragment: string): { code: string; token: string } | null {
  const m = /^#?([A-Za-z0-9-]{1,40})\.([A-Za-z0-9_-]{16,64})$/.exec(fragment);
  return m?.[1] && m[2] ? { code: m[1], token: m[2] } : null;
}
