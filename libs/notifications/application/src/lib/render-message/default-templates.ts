/** Message kinds this service sends, keyed by the source event type (the reminder has its own key). */
export const BOOKING_MESSAGE_TYPES = [
  'scheduling.booking.created',
  'scheduling.booking.cancelled',
  'scheduling.booking.rescheduled',
  'scheduling.booking.reminder',
  'scheduling.booking.affected-by-closure',
  'scheduling.booking.requested',
] as const;
export type MessageType = (typeof BOOKING_MESSAGE_TYPES)[number];
export const LOCALES = ['it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface MessageTemplate {
  subject: string;
  body: string;
}

/** Variables every booking template may use. */
export interface BookingMessageVariables {
  firstName: string;
  lastName: string;
  code: string;
  services: string;
  site: string;
  date: string;
  time: string;
  previousDate?: string;
  previousTime?: string;
  municipality: string;
  /** Why the site closes (a closure affecting the booking); a generic wording when the admin gave none. */
  closureReason?: string;
  /** Confirm-by-link mode (ADR 0019): the page of the citizen web that confirms the pending booking, and until when. */
  confirmLink?: string;
  confirmByDate?: string;
  confirmByTime?: string;
  /** The page of the citizen web that shows, moves or cancels the booking (token in the #fragment). */
  manageLink?: string;
}

/** E-mail templates shipped with the service (Handlebars); municipalities may override them. */
export const DEFAULT_EMAIL_TEMPLATES: Record<MessageType, Record<Locale, MessageTemplate>> = {
  'scheduling.booking.created': {
    it: {
      subject: 'Appuntamento confermato {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\nil suo appuntamento per {{services}} presso {{site}} è confermato per il {{date}} alle {{time}}.\nCodice prenotazione: {{code}}.\nIn allegato trova l'evento da aggiungere al calendario.\nPer vedere, spostare o annullare l'appuntamento apra questo link:\n{{manageLink}}\n\n{{municipality}}",
    },
    en: {
      subject: 'Appointment confirmed {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\nyour appointment for {{services}} at {{site}} is confirmed on {{date}} at {{time}}.\nBooking code: {{code}}.\nThe calendar event is attached.\nTo view, reschedule or cancel the appointment, open this link:\n{{manageLink}}\n\n{{municipality}}',
    },
  },
  'scheduling.booking.cancelled': {
    it: {
      subject: 'Appuntamento annullato {{code}}',
      body: 'Gentile {{firstName}} {{lastName}},\nil suo appuntamento {{code}} del {{date}} alle {{time}} presso {{site}} è stato annullato.\n\n{{municipality}}',
    },
    en: {
      subject: 'Appointment cancelled {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\nyour appointment {{code}} on {{date}} at {{time}} at {{site}} has been cancelled.\n\n{{municipality}}',
    },
  },
  'scheduling.booking.reminder': {
    it: {
      subject: 'Promemoria: appuntamento domani {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\nle ricordiamo l'appuntamento per {{services}} presso {{site}} il {{date}} alle {{time}}.\nCodice prenotazione: {{code}}.\nSe non può venire, sposti o annulli l'appuntamento da questo link:\n{{manageLink}}\n\n{{municipality}}",
    },
    en: {
      subject: 'Reminder: appointment tomorrow {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\nthis is a reminder of your appointment for {{services}} at {{site}} on {{date}} at {{time}}.\nBooking code: {{code}}.\nIf you cannot come, reschedule or cancel it from this link:\n{{manageLink}}\n\n{{municipality}}',
    },
  },
  'scheduling.booking.rescheduled': {
    it: {
      subject: 'Appuntamento spostato {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\nil suo appuntamento {{code}} (prima il {{previousDate}} alle {{previousTime}}) è ora fissato per il {{date}} alle {{time}} presso {{site}}.\nIn allegato l'evento aggiornato.\nPer vedere, spostare o annullare l'appuntamento apra questo link:\n{{manageLink}}\n\n{{municipality}}",
    },
    en: {
      subject: 'Appointment rescheduled {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\nyour appointment {{code}} (previously on {{previousDate}} at {{previousTime}}) is now on {{date}} at {{time}} at {{site}}.\nThe updated calendar event is attached.\nTo view, reschedule or cancel the appointment, open this link:\n{{manageLink}}\n\n{{municipality}}',
    },
  },
  'scheduling.booking.affected-by-closure': {
    it: {
      subject: 'Sede chiusa il giorno del suo appuntamento {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\nil {{date}} la sede {{site}} non sarà aperta all'ora del suo appuntamento {{code}} ({{time}}, {{services}}): {{closureReason}}.\nLa preghiamo di spostarlo o annullarlo da questo link:\n{{manageLink}}\nSe non lo fa, la contatteremo.\n\n{{municipality}}",
    },
    en: {
      subject: 'Site closed on the day of your appointment {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\non {{date}} {{site}} will not be open at the time of your appointment {{code}} ({{time}}, {{services}}): {{closureReason}}.\nPlease reschedule or cancel it from this link:\n{{manageLink}}\nOtherwise we will contact you.\n\n{{municipality}}',
    },
  },
  'scheduling.booking.requested': {
    it: {
      subject: 'Confermi la prenotazione {{code}}',
      body: "Gentile {{firstName}} {{lastName}},\nabbiamo ricevuto la richiesta di appuntamento per {{services}} presso {{site}} il {{date}} alle {{time}}.\nPer confermarla apra questo link entro le {{confirmByTime}} del {{confirmByDate}}:\n{{confirmLink}}\nSe non la conferma, l'orario torna libero per altri cittadini. Se non ha chiesto lei l'appuntamento, ignori questo messaggio.\nCodice prenotazione: {{code}}.\n\n{{municipality}}",
    },
    en: {
      subject: 'Please confirm your booking {{code}}',
      body: 'Dear {{firstName}} {{lastName}},\nwe received a request for an appointment for {{services}} at {{site}} on {{date}} at {{time}}.\nTo confirm it, open this link by {{confirmByTime}} on {{confirmByDate}}:\n{{confirmLink}}\nIf you do not confirm it, the time is given back to other citizens. If you did not ask for this appointment, please ignore this message.\nBooking code: {{code}}.\n\n{{municipality}}',
    },
  },
};

export const CHANNELS_WITH_TEMPLATES = ['email', 'appio'] as const;

/** Variables a booking template may use (anything else is refused at save time). */
export const BOOKING_TEMPLATE_VARIABLES: readonly (keyof BookingMessageVariables)[] = [
  'firstName',
  'lastName',
  'code',
  'services',
  'site',
  'date',
  'time',
  'previousDate',
  'previousTime',
  'municipality',
  'closureReason',
  'confirmLink',
  'confirmByDate',
  'confirmByTime',
  'manageLink',
];

/** What a preview is rendered with. */
export const SAMPLE_BOOKING_VARIABLES: BookingMessageVariables = {
  firstName: 'Maria',
  lastName: 'Rossi',
  code: 'K7Q2XM',
  services: 'carta-identita-elettronica',
  site: 'cesena-centro',
  date: '12/03/2027',
  time: '09:30',
  previousDate: '10/03/2027',
  previousTime: '11:00',
  municipality: 'Comune di Cesena',
  closureReason: 'assemblea sindacale',
  confirmLink: 'http://localhost:8080/prenotazioni/conferma#K7Q2XM.c2FtcGxlLWxpbmstdG9rZW4',
  confirmByDate: '01/03/2027',
  confirmByTime: '10:30',
  manageLink: 'http://localhost:8080/prenotazioni/gestisci#K7Q2XM.c2FtcGxlLW1hbmFnZS10b2tlbg',
};

export const isMessageType = (t: string): t is MessageType =>
  (BOOKING_MESSAGE_TYPES as readonly string[]).includes(t);
export const isLocale = (l: string): l is Locale => (LOCALES as readonly string[]).includes(l);

/** Short SMS texts (no subject), per message type and locale. */
export const DEFAULT_SMS_TEMPLATES: Record<MessageType, Record<Locale, string>> = {
  'scheduling.booking.created': {
    it: '{{municipality}}: appuntamento {{code}} confermato il {{date}} alle {{time}} presso {{site}}.',
    en: '{{municipality}}: appointment {{code}} confirmed on {{date}} at {{time}} at {{site}}.',
  },
  'scheduling.booking.cancelled': {
    it: '{{municipality}}: appuntamento {{code}} del {{date}} alle {{time}} annullato.',
    en: '{{municipality}}: appointment {{code}} on {{date}} at {{time}} cancelled.',
  },
  'scheduling.booking.rescheduled': {
    it: '{{municipality}}: appuntamento {{code}} spostato al {{date}} alle {{time}} presso {{site}}.',
    en: '{{municipality}}: appointment {{code}} moved to {{date}} at {{time}} at {{site}}.',
  },
  'scheduling.booking.reminder': {
    it: '{{municipality}}: domani alle {{time}} appuntamento {{code}} presso {{site}}.',
    en: '{{municipality}}: tomorrow at {{time}} appointment {{code}} at {{site}}.',
  },
  'scheduling.booking.affected-by-closure': {
    it: "{{municipality}}: il {{date}} {{site}} sarà chiusa all'ora dell'appuntamento {{code}} ({{time}}). Lo sposti o annulli col link della prenotazione.",
    en: '{{municipality}}: on {{date}} {{site}} is closed at the time of appointment {{code}} ({{time}}). Please reschedule or cancel it with your booking link.',
  },
  'scheduling.booking.requested': {
    it: "{{municipality}}: confermi entro le {{confirmByTime}} l'appuntamento del {{date}} alle {{time}}: {{confirmLink}}",
    en: '{{municipality}}: confirm by {{confirmByTime}} your appointment on {{date}} at {{time}}: {{confirmLink}}',
  },
};
