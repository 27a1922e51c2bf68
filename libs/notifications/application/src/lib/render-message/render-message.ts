import Handlebars from 'handlebars';
import { DEFAULT_EMAIL_TEMPLATES, Locale, MessageTemplate, MessageType } from './default-templates';

export interface RenderedMessage {
  subject: string;
  body: string;
}

/** Italian unless the citizen asked for English. */
export function localeOf(requested: string | undefined): Locale {
  return requested === 'en' ? 'en' : 'it';
}

/** Renders a template with strict variables: a missing variable is an error, never an empty hole. */
export function renderTemplate(template: MessageTemplate, variables: object): RenderedMessage {
  const options = { strict: true, noEscape: true };
  return {
    subject: Handlebars.compile(template.subject, options)(variables).trim(),
    body: Handlebars.compile(template.body, options)(variables),
  };
}

/** Renders the default e-mail of a message type in the citizen's locale. */
export function renderDefaultEmail(type: MessageType, locale: Locale, variables: object): RenderedMessage {
  return renderTemplate(DEFAULT_EMAIL_TEMPLATES[type][locale], variables);
}
