// One file per namespace (./en/<namespace>.ts), so that each flow's texts live apart.
import { common } from './en/common';
import { citizen } from './en/citizen';
import { services } from './en/services';
import { booking } from './en/booking';
import { sessions } from './en/sessions';
import { ticket } from './en/ticket';
import { assistance } from './en/assistance';
import { embed } from './en/embed';
import { desk } from './en/desk';
import { auth } from './en/auth';
import { agenda } from './en/agenda';
import { queue } from './en/queue';
import { cases } from './en/cases';
import { display } from './en/display';
import { kiosk } from './en/kiosk';
import { admin } from './en/admin';
import { union } from './en/union';

/** The citizen web's namespaces. */
export const enCitizen = { common, citizen, services, booking, sessions, ticket, assistance, embed };
/** The desk console's namespaces (the shared ones included). */
export const enDesk = { common, desk, auth, agenda, queue, cases, display, kiosk, admin, union };

/** English texts: the same keys as the Italian ones (each namespace file's type says so). */
export const en = { ...enCitizen, ...enDesk };
