import { Locale, MessageTemplate } from './default-templates';

export const CASE_SESSION_MESSAGE_TYPES = [
  'assistance.case.opened',
  'assistance.case.closed',
  'scheduling.registration.promoted',
  'scheduling.registration.cancelled',
] as const;
export type CaseSessionMessageType = (typeof CASE_SESSION_MESSAGE_TYPES)[number];

/**
 * Default e-mails for assistance cases (variables: firstName, lastName, code, topic, checklist, nextSteps, outcome,
 * municipality) and group sessions (firstName, lastName, code, title, site, date, time, municipality).
 */
export const CASE_SESSION_EMAIL_TEMPLATES: Record<CaseSessionMessageType, Record<Locale, MessageTemplate>> = {
  'assistance.case.opened': {
    it: {
      subject: 'Pratica di assistenza {{code}} aperta',
      body: 'Gentile {{firstName}} {{lastName}},\nabbiamo aperto la pratica {{code}} ({{topic}}).\nCosa portare:\n{{checklist}}\nProssimi passi:\n{{nextSteps}}\n\n{{municipality}}',
    },
    en: {
      subject: 'Assistance case {{code}} opened',
      body: 'Dear {{firstName}} {{lastName}},\nwe opened case {{code}} ({{topic}}).\nWhat to bring:\n{{checklist}}\nNext steps:\n{{nextSteps}}\n\n{{municipality}}',
    },
  },
  'assistance.case.closed': {
    it: {
      subject: 'Pratica di assistenza {{code}} chiusa',
      body: 'Gentile {{firstName}} {{lastName}},\nla pratica {{code}} ({{topic}}) è stata chiusa. Esito: {{outcome}}.\n\n{{municipality}}',
    },
    en: {
      subject: 'Assistance case {{code}} closed',
      body: 'Dear {{firstName}} {{lastName}},\ncase {{code}} ({{topic}}) has been closed. Outcome: {{outcome}}.\n\n{{municipality}}',
    },
  },
  'scheduling.registration.promoted': {
    it: {
      subject: 'Posto confermato: {{title}}',
      body: 'Gentile {{firstName}} {{lastName}},\nsi è liberato un posto: la sua iscrizione {{code}} a "{{title}}" del {{date}} alle {{time}} presso {{site}} è confermata.\n\n{{municipality}}',
    },
    en: {
      subject: 'Seat confirmed: {{title}}',
      body: 'Dear {{firstName}} {{lastName}},\na seat became free: your registration {{code}} for "{{title}}" on {{date}} at {{time}} at {{site}} is confirmed.\n\n{{municipality}}',
    },
  },
  'scheduling.registration.cancelled': {
    it: {
      subject: 'Iscrizione annullata: {{title}}',
      body: 'Gentile {{firstName}} {{lastName}},\nla sua iscrizione {{code}} a "{{title}}" del {{date}} alle {{time}} è annullata.{{#if reason}} Motivo: {{reason}}.{{/if}}\n\n{{municipality}}',
    },
    en: {
      subject: 'Registration cancelled: {{title}}',
      body: 'Dear {{firstName}} {{lastName}},\nyour registration {{code}} for "{{title}}" on {{date}} at {{time}} is cancelled.{{#if reason}} Reason: {{reason}}.{{/if}}\n\n{{municipality}}',
    },
  },
};
