import { Principal } from '@facile/platform/auth';
import { Clock } from '@facile/scheduling/application';
import { SessionView } from '../ports/session.store';
import { InMemorySessionStore } from './in-memory-sessions';

export const NOW = new Date('2027-05-10T08:00:00Z');
export const clock: Clock = { now: () => NOW };

export const cesenaAdmin: Principal = { sub: 'a', roles: ['tenant-admin'], tenants: ['cesena'], sites: [] };
export const montianoAdmin: Principal = {
  sub: 'm',
  roles: ['tenant-admin'],
  tenants: ['montiano'],
  sites: [],
};
export const unionAdmin: Principal = { sub: 'u', roles: ['union-admin'], tenants: [], sites: [] };
export const operator: Principal = { sub: 'o', roles: ['operator'], tenants: [], sites: ['cesena-centro'] };

export const SITES = { 'cesena-centro': 'cesena', 'montiano-municipio': 'montiano' };

/** A store with one open session at Cesena, in a week, with `seats` seats. */
export async function storeWithSession(
  seats = 2,
): Promise<{ store: InMemorySessionStore; session: SessionView }> {
  const store = new InMemorySessionStore(SITES);
  const session = await store.create({
    id: 's1',
    tenant: 'cesena',
    site: 'cesena-centro',
    title: 'SPID in pratica',
    topic: null,
    language: 'it',
    start: new Date('2027-05-17T08:00:00Z'),
    end: new Date('2027-05-17T10:00:00Z'),
    seats,
  });
  return { store, session };
}
