import { Injectable } from '@nestjs/common';
import { canAdministerTenant, Principal } from '@facile/platform/auth';
import { BusinessRuleError, ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { appIoContentProblem } from '@facile/notifications/domain';
import { TemplateKey, TemplateStore } from '../ports/template-store';
import {
  BOOKING_TEMPLATE_VARIABLES,
  CHANNELS_WITH_TEMPLATES,
  DEFAULT_EMAIL_TEMPLATES,
  isLocale,
  isMessageType,
  MessageTemplate,
  SAMPLE_BOOKING_VARIABLES,
} from '../render-message/default-templates';
import { RenderedMessage, renderTemplate } from '../render-message/render-message';
import { checkTemplate } from '../render-message/template-check';
import { APP_IO_TEMPLATE_MARKDOWN_MAX, DEFAULT_APPIO_TEMPLATES } from '../render-message/app-io-templates';

export interface TemplateView extends MessageTemplate {
  eventType: string;
  channel: string;
  locale: string;
  /** `override` when the municipality changed it, `default` otherwise. */
  source: 'default' | 'override';
  /** The template shipped with the service, shown beside the override. */
  defaultSubject: string;
  defaultBody: string;
  /** The variables the template may use (anything else is refused). */
  variables: string[];
}

/** Per-municipality template overrides: read, save (checked), revert, preview. */
@Injectable()
export class ManageTemplatesUseCase {
  constructor(
    private readonly store: TemplateStore,
    private readonly tenants: TenantRegistry,
  ) {}

  async get(key: TemplateKey, principal: Principal): Promise<TemplateView> {
    const fallback = this.authorize(key, principal);
    const override = await this.store.find(key);
    const { subject, body } = override ?? fallback;
    return {
      eventType: key.eventType,
      channel: key.channel,
      locale: key.locale,
      subject,
      body,
      source: override ? 'override' : 'default',
      defaultSubject: fallback.subject,
      defaultBody: fallback.body,
      variables: [...BOOKING_TEMPLATE_VARIABLES],
    };
  }

  async put(key: TemplateKey, template: MessageTemplate, principal: Principal): Promise<TemplateView> {
    this.authorize(key, principal);
    this.check(key, template);
    await this.store.save(key, { subject: template.subject, body: template.body });
    return this.get(key, principal);
  }

  async remove(key: TemplateKey, principal: Principal): Promise<void> {
    this.authorize(key, principal);
    await this.store.remove(key);
  }

  /** Renders the given template, or the one in force, with sample data. */
  async preview(key: TemplateKey, principal: Principal, draft?: MessageTemplate): Promise<RenderedMessage> {
    if (draft) this.check(key, draft);
    const current = draft ?? (await this.get(key, principal));
    this.authorize(key, principal);
    const municipality = this.tenants.get(key.tenant).name;
    return renderTemplate(current, { ...SAMPLE_BOOKING_VARIABLES, municipality });
  }

  /**
   * Refuses a template that does not compile or uses unknown variables; for App IO also one whose rendering (with
   * sample data) breaks the IO limits: subject 10–120 characters, markdown 80–10,000 less room for the opt-out footer.
   */
  private check(key: TemplateKey, template: MessageTemplate): void {
    for (const field of ['subject', 'body'] as const) {
      const problem = checkTemplate(template[field], BOOKING_TEMPLATE_VARIABLES);
      if (problem) throw new BusinessRuleError(`${field} ${problem}`, 'invalid-template');
    }
    if (key.channel !== 'appio') return;
    const sample = renderTemplate(template, {
      ...SAMPLE_BOOKING_VARIABLES,
      municipality: this.tenants.get(key.tenant).name,
    });
    const problem = appIoContentProblem(sample.subject, sample.body, APP_IO_TEMPLATE_MARKDOWN_MAX);
    if (problem) throw new BusinessRuleError(`${problem} with sample data`, 'invalid-template');
  }

  /** Returns the default template of the key; 404 for an unknown tenant, type, channel or locale; 403 for another municipality. */
  private authorize(key: TemplateKey, principal: Principal): MessageTemplate {
    this.tenants.get(key.tenant);
    if (!isMessageType(key.eventType))
      throw new NotFoundError(`No messages for event type '${key.eventType}'`);
    if (!(CHANNELS_WITH_TEMPLATES as readonly string[]).includes(key.channel))
      throw new NotFoundError(`No templates for channel '${key.channel}'`);
    if (!isLocale(key.locale)) throw new NotFoundError(`No templates for locale '${key.locale}'`);
    if (!canAdministerTenant(principal, key.tenant))
      throw new ForbiddenError(`You do not administer '${key.tenant}'`);
    return (key.channel === 'appio' ? DEFAULT_APPIO_TEMPLATES : DEFAULT_EMAIL_TEMPLATES)[key.eventType][
      key.locale
    ];
  }
}
