import { CompiledTemplates } from './compiled-templates';
import { DEFAULT_EMAIL_TEMPLATES, Locale, MessageTemplate, MessageType } from './default-templates';

export interface RenderedMessage {
  subject: string;
  body: string;
}

/** Italian unless the citizen asked for English. */
export function localeOf(requested: string | undefined): Locale {
  return requested === 'en' ? 'en' : 'it';
}

/** Room for every default template and a generous number of municipalities' overrides. */
const TEMPLATE_CACHE_SIZE = 1000;

/** One per process: each template source is compiled once, not once per message. */
const compiled = new CompiledTemplates(TEMPLATE_CACHE_SIZE);

/** Renders a template with strict variables: a missing variable is an error, never an empty hole. */
export function renderTemplate(template: MessageTemplate, variables: object): RenderedMessage {
  return {
    subject: compiled.of(template.subject)(variables).trim(),
    body: compiled.of(template.body)(variables),
  };
}

/** Renders the default e-mail of a message type in the citizen's locale. */
export function renderDefaultEmail(type: MessageType, locale: Locale, variables: object): RenderedMessage {
  return renderTemplate(DEFAULT_EMAIL_TEMPLATES[type][locale], variables);
}
