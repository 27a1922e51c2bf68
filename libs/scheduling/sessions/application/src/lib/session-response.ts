import { iso } from '@facile/scheduling/domain';
import type { SessionView, StoredRegistration } from './ports/session.store';

const ZONE = 'Europe/Rome';

export interface SessionResponse {
  id: string;
  tenant: string;
  site: string;
  title: string;
  topic?: string;
  language?: string;
  start: string;
  end: string;
  seats: number;
  seatsLeft: number;
  waitlisted: number;
  status: 'open' | 'cancelled';
}

export function toSessionResponse(s: SessionView): SessionResponse {
  return {
    id: s.id,
    tenant: s.tenant,
    site: s.site,
    title: s.title,
    ...(s.topic ? { topic: s.topic } : {}),
    ...(s.language ? { language: s.language } : {}),
    start: iso(s.start.getTime(), ZONE),
    end: iso(s.end.getTime(), ZONE),
    seats: s.seats,
    seatsLeft: s.status === 'open' ? s.seats - s.registered : 0,
    waitlisted: s.waitlisted,
    status: s.status,
  };
}

export interface RegistrationResponse {
  code: string;
  status: StoredRegistration['status'];
  position?: number;
  session: SessionResponse;
  citizen: { firstName: string; lastName: string; email?: string; phone?: string };
  manageToken?: string;
}

export function toRegistrationResponse(r: StoredRegistration, manageToken?: string): RegistrationResponse {
  return {
    code: r.code,
    status: r.status,
    ...(r.position !== null ? { position: r.position } : {}),
    session: toSessionResponse(r.session),
    citizen: {
      firstName: r.citizen.firstName,
      lastName: r.citizen.lastName,
      ...(r.citizen.email ? { email: r.citizen.email } : {}),
      ...(r.citizen.phone ? { phone: r.citizen.phone } : {}),
    },
    ...(manageToken ? { manageToken } : {}),
  };
}
