export interface NotificationsOptions {
  /** e.g. smtp://127.0.0.1:1025 */
  smtpUrl: string;
  /** SMTP connections kept open and reused (nodemailer's pool); 0 = a new connection per e-mail. */
  smtpPoolConnections: number;
  /** Sender address; the display name is the municipality's name. */
  mailFrom: string;
  /** Reply-to per municipality (tenant id → address); absent = mailFrom. */
  replyTo: Record<string, string>;
  pollMs: number;
  /** Template overrides kept in memory this long (ms; 0 = read by every event). */
  referenceCacheMs: number;
  maxAttempts: number;
  /** A row `sending` longer than this was interrupted by a crash: failed, never re-sent. */
  sendingLeaseMs: number;
  backoffMs: number;
  /** Generic HTTP SMS provider; SMS are off when url is empty. */
  /** Secret of the opt-out tokens and the page the link opens (`?token=` is appended). */
  optOut: { secret: string; baseUrl: string };
  sms: { url: string; key: string; quietHours: { start: number; end: number } };
  /** App IO: API base URL and one service key per municipality (no key: no IO messages for that municipality). */
  appIo: { url: string; keys: Record<string, string> };
  /** Links to the citizen web in messages: LINK_SECRET (shared with scheduling) and the web's base URL (ADR 0019). */
  links: { secret: string; citizenWebUrl: string };
  /** Reminders: BullMQ delayed jobs under the platform's Redis key prefix, and the slow sweep that backs them up. */
  reminders: { redisKeyPrefix: string; sweepMs: number; sweepGraceMs: number };
}

export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');
