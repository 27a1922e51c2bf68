import {
  IsEmail,
  IsInt,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import {
  DEVELOPMENT_LINK_SECRET,
  PlatformConfig,
  RefusedInProduction,
  Secret,
} from '@facile/platform/config';

/** Published with the code, so never a production secret. */
const DEVELOPMENT_OPT_OUT_SECRET = 'development-only-opt-out-secret-0123456789';

/** `{"cesena": "<key>", ...}`: a JSON object of municipality id → non-empty key (the value never appears in errors). */
@ValidatorConstraint({ name: 'ioServiceKeys' })
class IoServiceKeysFormat implements ValidatorConstraintInterface {
  validate(raw: unknown): boolean {
    try {
      parseIoServiceKeys(String(raw));
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'IO_SERVICE_KEYS must be a JSON object of municipality id → service key, e.g. {"cesena":"..."}';
  }
}

export class NotificationsConfig extends PlatformConfig {
  @IsInt() @Min(1) @Max(65535) override PORT: number = 3004;
  /** SMTP server (a development mail sink on 1025 by default). */
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// URL' }) SMTP_URL: string =
    'smtp://127.0.0.1:1025';
  /** SMTP connections kept open and reused for message after message; 0 = a new connection per e-mail. */
  @IsInt() @Min(0) @Max(100) SMTP_POOL_CONNECTIONS: number = 10;
  /** Sender address; the display name is the municipality's. */
  @IsEmail({ require_tld: false }) MAIL_FROM: string = 'noreply@unionevallesavio.it';
  /** Reply-to per municipality: `cesena=urp@comune.cesena.fc.it,montiano=...` (others reply to MAIL_FROM). */
  @IsString() MAIL_REPLY_TO: string = '';
  /** How often the delivery worker looks for due messages. */
  @IsInt() @Min(10) @Max(60000) DELIVERY_POLL_MS: number = 200;
  /** Template overrides kept in memory this long; own changes show at once, another replica's within it (ADR 30). */
  @IsInt() @Min(0) @Max(60000) REFERENCE_CACHE_MS: number = 2000;
  @IsInt() @Min(1) @Max(20) DELIVERY_MAX_ATTEMPTS: number = 6;
  /** First retry delay; doubled at each attempt. */
  @IsInt() @Min(1) @Max(3600000) DELIVERY_BACKOFF_MS: number = 30000;
  /** How long a delivery may stay `sending`; after that a crash is assumed and it is failed, never re-sent. */
  @IsInt() @Min(1000) @Max(3600000) DELIVERY_SENDING_LEASE_MS: number = 120000;
  /** Signs the opt-out links. */
  @Secret()
  @IsString()
  @MinLength(32)
  @RefusedInProduction(DEVELOPMENT_OPT_OUT_SECRET)
  OPT_OUT_SECRET: string = DEVELOPMENT_OPT_OUT_SECRET;
  /** Page of the opt-out link; it posts the token to POST /notifications/v1/opt-out. */
  @Matches(/^https?:\/\/.+/) OPT_OUT_URL: string = 'http://localhost:8080/notifications/v1/opt-out';
  /** Generic HTTP SMS provider (POST {to, text, sender} → {id}); empty = no SMS. */
  @Matches(/^(https?:\/\/.+)?$/, { message: 'SMS_PROVIDER_URL must be an http(s) URL or empty' })
  SMS_PROVIDER_URL: string = '';
  @Secret() @IsString() SMS_PROVIDER_KEY: string = '';
  /** SMS quiet hours, Europe/Rome local hours (equal values: none). */
  @IsInt() @Min(0) @Max(23) SMS_QUIET_START_HOUR: number = 21;
  @IsInt() @Min(0) @Max(23) SMS_QUIET_END_HOUR: number = 8;
  /** App IO API base (POST /api/v1/profiles and POST /api/v1/messages are appended). */
  @Matches(/^https?:\/\/.+/, { message: 'IO_API_URL must be an http(s) URL' })
  IO_API_URL: string = 'https://api.io.pagopa.it';
  /** One App IO service key per municipality, as JSON `{"cesena": "..."}`; a municipality without a key gets no IO messages. */
  @Secret() @IsString() @Validate(IoServiceKeysFormat) IO_SERVICE_KEYS: string = '';
  /** The slow sweep that sends reminders whose BullMQ job was lost with Redis: how often, and how late a reminder must be. */
  @IsInt() @Min(100) @Max(3600000) REMINDER_SWEEP_MS: number = 60000;
  @IsInt() @Min(0) @Max(86400000) REMINDER_SWEEP_GRACE_MS: number = 60000;
  /** Shared with scheduling: the tokens of the links in messages are HMACs of it (ADR 0019); the default is refused in production. */
  @Secret() @IsString() @MinLength(32) @RefusedInProduction(DEVELOPMENT_LINK_SECRET) LINK_SECRET: string =
    DEVELOPMENT_LINK_SECRET;
  /** The citizen web: links in messages open its pages (`/prenotazioni/conferma#…`, `/prenotazioni/gestisci#…`). */
  @Matches(/^https?:\/\/[^\s#?]+$/, {
    message: 'CITIZEN_WEB_URL must be an http(s) URL without query or fragment',
  })
  CITIZEN_WEB_URL: string = 'http://localhost:8080';
}

/** `{"cesena":"k1"}` → {cesena: 'k1'}; empty → {}; anything else throws. */
export function parseIoServiceKeys(raw: string): Record<string, string> {
  if (raw.trim() === '') return {};
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('not an object');
  for (const [tenant, key] of Object.entries(parsed))
    if (!/^[a-z0-9-]+$/.test(tenant) || typeof key !== 'string' || key.length === 0)
      throw new Error('bad entry');
  return parsed as Record<string, string>;
}

/** `a=x@y,b=z@w` → {a: 'x@y', b: 'z@w'} */
export function parseReplyTo(raw: string): Record<string, string> {
  return Object.fromEntries(
    raw
      .split(',')
      .map((pair) => pair.split('=').map((s) => s.trim()))
      .filter((kv): kv is [string, string] => kv.length === 2 && kv[0].length > 0 && kv[1].length > 0),
  );
}
