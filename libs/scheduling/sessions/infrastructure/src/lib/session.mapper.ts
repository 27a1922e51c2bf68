import { RegistrationStateV1 } from '@facile/contracts';
import { SessionView, StoredRegistration } from '@facile/scheduling/sessions-application';
import { iso } from '@facile/scheduling/domain';
import { RegistrationStatus } from '@facile/scheduling/sessions-domain';

export interface SessionRow {
  id: string;
  tenant_id: string;
  site_id: string;
  title: string;
  topic: string | null;
  language: string | null;
  start_at: Date;
  end_at: Date;
  seats: number;
  registered: number;
  waitlisted: number;
  status: 'open' | 'cancelled';
}

export interface RegistrationRow {
  r_id: string;
  r_code: string;
  r_session_id: string;
  r_status: RegistrationStatus;
  r_position: number | null;
  r_manage_token_hash: string;
  r_case_code: string | null;
  r_first_name: string;
  r_last_name: string;
  r_fiscal_code: string | null;
  r_email: string | null;
  r_phone: string | null;
  r_locale: 'it' | 'en' | null;
  r_created_at: Date;
  r_promoted_at: Date | null;
}

export const SESSION_COLUMNS = `s.id, s.tenant_id, s.site_id, s.title, s.topic, s.language, s.start_at, s.end_at, s.seats, s.registered, s.waitlisted, s.status`;
export const REGISTRATION_COLUMNS = `r.id AS r_id, r.code AS r_code, r.session_id AS r_session_id, r.status AS r_status, r.position AS r_position,
  r.manage_token_hash AS r_manage_token_hash, r.case_code AS r_case_code, r.first_name AS r_first_name, r.last_name AS r_last_name,
  r.fiscal_code AS r_fiscal_code, r.email AS r_email, r.phone AS r_phone, r.locale AS r_locale, r.created_at AS r_created_at, r.promoted_at AS r_promoted_at`;

export function toSession(r: SessionRow): SessionView {
  return {
    id: r.id,
    tenant: r.tenant_id,
    site: r.site_id,
    title: r.title,
    topic: r.topic,
    language: r.language,
    start: new Date(r.start_at),
    end: new Date(r.end_at),
    seats: Number(r.seats),
    registered: Number(r.registered),
    waitlisted: Number(r.waitlisted),
    status: r.status,
  };
}

export function toRegistration(r: RegistrationRow, session: SessionView): StoredRegistration {
  return {
    id: r.r_id,
    code: r.r_code,
    sessionId: r.r_session_id,
    status: r.r_status,
    position: r.r_position === null ? null : Number(r.r_position),
    manageTokenHash: r.r_manage_token_hash,
    caseCode: r.r_case_code,
    citizen: {
      firstName: r.r_first_name,
      lastName: r.r_last_name,
      fiscalCode: r.r_fiscal_code,
      email: r.r_email,
      phone: r.r_phone,
      locale: r.r_locale,
    },
    createdAt: new Date(r.r_created_at),
    session,
  };
}

const ZONE = 'Europe/Rome';

/** The event payload: the registration as it is now, with the session's counts after the change. */
export function toRegistrationState(
  r: StoredRegistration,
  extra: { reason?: string; promotedAt?: Date } = {},
): RegistrationStateV1 {
  const s = r.session;
  const c = r.citizen;
  return {
    registrationId: r.id,
    code: r.code,
    sessionId: s.id,
    tenant: s.tenant,
    site: s.site,
    title: s.title,
    start: iso(s.start.getTime(), ZONE),
    end: iso(s.end.getTime(), ZONE),
    status: r.status,
    ...(r.position !== null ? { position: r.position } : {}),
    ...(r.caseCode ? { caseCode: r.caseCode } : {}),
    ...(extra.reason ? { reason: extra.reason } : {}),
    seats: s.seats,
    registeredCount: s.registered,
    waitlistedCount: s.waitlisted,
    registeredAt: r.createdAt.toISOString(),
    ...(extra.promotedAt ? { promotedAt: extra.promotedAt.toISOString() } : {}),
    citizen: {
      firstName: c.firstName,
      lastName: c.lastName,
      ...(c.fiscalCode ? { fiscalCode: c.fiscalCode } : {}),
      ...(c.email ? { email: c.email } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.locale ? { locale: c.locale } : {}),
    },
  };
}
