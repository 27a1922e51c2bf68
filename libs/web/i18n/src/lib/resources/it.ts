// One file per namespace (./it/<namespace>.ts), so that each flow's texts live apart.
import { common } from './it/common';
import { citizen } from './it/citizen';
import { services } from './it/services';
import { booking } from './it/booking';
import { sessions } from './it/sessions';
import { ticket } from './it/ticket';
import { assistance } from './it/assistance';
import { embed } from './it/embed';
import { desk } from './it/desk';
import { auth } from './it/auth';
import { agenda } from './it/agenda';
import { queue } from './it/queue';
import { cases } from './it/cases';
import { display } from './it/display';
import { kiosk } from './it/kiosk';
import { admin } from './it/admin';
import { union } from './it/union';

/** The citizen web's namespaces. */
export const itCitizen = { common, citizen, services, booking, sessions, ticket, assistance, embed };
/** The desk console's namespaces (the shared ones included). */
export const itDesk = { common, desk, auth, agenda, queue, cases, display, kiosk, admin, union };

/**
 * Italian texts, the default and the reference: every English namespace file is typed by its Italian one, so
 * the type-check refuses a missing or extra key. Proper names (the Union, the service) are the same in every
 * language.
 */
export const it = { ...itCitizen, ...itDesk };
export type Resources = typeof it;
