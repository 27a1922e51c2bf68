import { APP_IO_MARKDOWN } from '@facile/notifications/domain';
import { CASE_SESSION_EMAIL_TEMPLATES, CaseSessionMessageType } from './case-session-templates';
import { Locale, MessageTemplate, MessageType } from './default-templates';

/** Room kept for the opt-out footer appended to every App IO message, out of the 10,000 markdown characters. */
export const APP_IO_FOOTER_RESERVE = 500;
export const APP_IO_TEMPLATE_MARKDOWN_MAX = APP_IO_MARKDOWN.max - APP_IO_FOOTER_RESERVE;

/** App IO templates (Handlebars producing markdown) shipped with the service; municipalities may override them. */
export const DEFAULT_APPIO_TEMPLATES: Record<MessageType, Record<Locale, MessageTemplate>> = {
  'scheduling.booking.created': {
    it: {
      subject: 'Appuntamento confermato {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\n\nil suo appuntamento per **{{services}}** presso **{{site}}** è confermato per il **{{date}} alle {{time}}**.\n\nCodice prenotazione: **{{code}}**.\n\n[Veda, sposti o annulli l'appuntamento]({{manageLink}}).\n\n{{municipality}}",
    },
    en: {
      subject: 'Appointment confirmed {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\n\nyour appointment for **{{services}}** at **{{site}}** is confirmed on **{{date}} at {{time}}**.\n\nBooking code: **{{code}}**.\n\n[View, reschedule or cancel the appointment]({{manageLink}}).\n\n{{municipality}}',
    },
  },
  'scheduling.booking.cancelled': {
    it: {
      subject: 'Appuntamento annullato {{code}}',
      body: 'Gentile {{firstName}} {{lastName}},\n\nil suo appuntamento **{{code}}** del **{{date}} alle {{time}}** presso {{site}} è stato annullato.\n\n{{municipality}}',
    },
    en: {
      subject: 'Appointment cancelled {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\n\nyour appointment **{{code}}** on **{{date}} at {{time}}** at {{site}} has been cancelled.\n\n{{municipality}}',
    },
  },
  'scheduling.booking.rescheduled': {
    it: {
      subject: 'Appuntamento spostato {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\n\nil suo appuntamento **{{code}}** (prima il {{previousDate}} alle {{previousTime}}) è ora fissato per il **{{date}} alle {{time}}** presso **{{site}}**.\n\n[Veda, sposti o annulli l'appuntamento]({{manageLink}}).\n\n{{municipality}}",
    },
    en: {
      subject: 'Appointment rescheduled {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\n\nyour appointment **{{code}}** (previously on {{previousDate}} at {{previousTime}}) is now on **{{date}} at {{time}}** at **{{site}}**.\n\n[View, reschedule or cancel the appointment]({{manageLink}}).\n\n{{municipality}}',
    },
  },
  'scheduling.booking.reminder': {
    it: {
      subject: 'Promemoria: appuntamento domani {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\n\nle ricordiamo l'appuntamento per **{{services}}** presso **{{site}}** il **{{date}} alle {{time}}**.\n\nCodice prenotazione: **{{code}}**.\n\n[Veda, sposti o annulli l'appuntamento]({{manageLink}}).\n\n{{municipality}}",
    },
    en: {
      subject: 'Reminder: appointment tomorrow {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\n\nthis is a reminder of your appointment for **{{services}}** at **{{site}}** on **{{date}} at {{time}}**.\n\nBooking code: **{{code}}**.\n\n[View, reschedule or cancel the appointment]({{manageLink}}).\n\n{{municipality}}',
    },
  },
  'scheduling.booking.affected-by-closure': {
    it: {
      subject: 'Sede chiusa il giorno del suo appuntamento {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\n\nil **{{date}}** la sede **{{site}}** non sarà aperta all'ora del suo appuntamento **{{code}}** ({{time}}, {{services}}): {{closureReason}}.\n\nLa preghiamo di [spostarlo o annullarlo]({{manageLink}}); se non lo fa, la contatteremo.\n\n{{municipality}}",
    },
    en: {
      subject: 'Site closed on the day of your appointment {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\n\non **{{date}}** **{{site}}** will not be open at the time of your appointment **{{code}}** ({{time}}, {{services}}): {{closureReason}}.\n\nPlease [reschedule or cancel it]({{manageLink}}); otherwise we will contact you.\n\n{{municipality}}',
    },
  },
  'scheduling.booking.requested': {
    it: {
      subject: 'Confermi la prenotazione {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\n\nabbiamo ricevuto la richiesta di appuntamento per **{{services}}** presso **{{site}}** il **{{date}} alle {{time}}**.\n\n[Confermi la prenotazione]({{confirmLink}}) entro le **{{confirmByTime}} del {{confirmByDate}}**: altrimenti l'orario torna libero per altri cittadini. Se non ha chiesto lei l'appuntamento, ignori questo messaggio.\n\nCodice prenotazione: **{{code}}**.\n\n{{municipality}}",
    },
    en: {
      subject: 'Please confirm your booking {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\n\nwe received a request for an appointment for **{{services}}** at **{{site}}** on **{{date}} at {{time}}**.\n\n[Confirm the booking]({{confirmLink}}) by **{{confirmByTime}} on {{confirmByDate}}**: otherwise the time is given back to other citizens. If you did not ask for this appointment, please ignore this message.\n\nBooking code: **{{code}}**.\n\n{{municipality}}',
    },
  },
};

/** Plain text as markdown: every line break kept (a trailing double space is a hard break). */
const asMarkdown = (text: string) => text.replace(/\n/g, '  \n');

/** App IO versions of the case and session messages: the e-mail texts with their line breaks kept. */
export const CASE_SESSION_APPIO_TEMPLATES = Object.fromEntries(
  Object.entries(CASE_SESSION_EMAIL_TEMPLATES).map(([type, byLocale]) => [
    type,
    Object.fromEntries(
      Object.entries(byLocale).map(([locale, t]) => [
        locale,
        { subject: t.subject, body: asMarkdown(t.body) },
      ]),
    ),
  ]),
) as Record<CaseSessionMessageType, Record<Locale, MessageTemplate>>;
