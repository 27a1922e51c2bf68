import { MessageTemplate } from '../render-message/default-templates';

export interface TemplateKey {
  tenant: string;
  eventType: string;
  channel: string;
  locale: string;
}

/** A municipality's template overrides. */
export abstract class TemplateStore {
  abstract find(key: TemplateKey): Promise<MessageTemplate | null>;
  abstract save(key: TemplateKey, template: MessageTemplate): Promise<void>;
  /** False when there was no override. */
  abstract remove(key: TemplateKey): Promise<boolean>;
}
