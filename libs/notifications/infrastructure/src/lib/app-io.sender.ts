import { Inject, Injectable } from '@nestjs/common';
import { appIoContentProblem, isTemporaryHttpStatus } from '@facile/notifications/domain';
import { SendFailure } from './email.sender';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

/** The message is not sent and never will be, for a reason that is not a failure (citizen not on IO, sender not allowed). */
export class SendSuppressed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SendSuppressed';
  }
}

export interface AppIoMessage {
  tenant: string;
  fiscalCode: string;
  subject: string;
  markdown: string;
  /** The appointment's start: IO shows it on the message and offers to add it to the calendar. */
  dueDate?: Date;
}

const TIMEOUT_MS = 10_000;

/**
 * App IO through its API (v1): `POST /api/v1/profiles` with `{fiscal_code}` in the body first — never the deprecated
 * `GET /profiles/{fiscal_code}`, which puts the codice fiscale in URLs and so in every proxy's access log — (404: the
 * citizen is not on IO; `sender_allowed: false`: the citizen blocked this service; both suppress the message), then
 * `POST /api/v1/messages` with `{fiscal_code, content: {subject, markdown, due_date?}}` (`due_date`, ISO 8601: the
 * appointment's start); `Ocp-Apim-Subscription-Key` is the municipality's own service key. The answer's `id` is the
 * provider id. Timeouts, 408, 429 and 5xx are temporary; other 4xx permanent.
 */
@Injectable()
export class AppIoSender {
  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions) {}

  /** IO messages go out only for municipalities that have a service key. */
  enabledFor(tenant: string): boolean {
    return (this.options.appIo.keys[tenant] ?? '').length > 0;
  }

  async send(m: AppIoMessage): Promise<string> {
    const key = this.options.appIo.keys[m.tenant];
    if (!key) throw new SendFailure(`no App IO service key for ${m.tenant}`, 'permanent');
    const problem = appIoContentProblem(m.subject, m.markdown);
    if (problem) throw new SendFailure(problem, 'permanent');
    const profile = await this.call('/api/v1/profiles', key, { fiscal_code: m.fiscalCode });
    if (profile.status === 404) throw new SendSuppressed('citizen not on App IO');
    await this.fail(profile, 'profile check');
    const { sender_allowed } = (await profile.json().catch(() => ({}))) as { sender_allowed?: unknown };
    if (sender_allowed === false)
      throw new SendSuppressed('citizen does not allow messages from this service on App IO');
    const sent = await this.call('/api/v1/messages', key, {
      fiscal_code: m.fiscalCode,
      content: {
        subject: m.subject,
        markdown: m.markdown,
        ...(m.dueDate ? { due_date: m.dueDate.toISOString() } : {}),
      },
    });
    await this.fail(sent, 'message');
    const body = (await sent.json().catch(() => ({}))) as { id?: unknown };
    return typeof body.id === 'string' ? body.id : '';
  }

  /** Every IO call is a POST with a JSON body: personal data never travels in a URL. */
  private async call(path: string, key: string, body: object): Promise<Response> {
    try {
      return await fetch(`${this.options.appIo.url.replace(/\/+$/, '')}${path}`, {
        method: 'POST',
        headers: {
          'Ocp-Apim-Subscription-Key': key,
          accept: 'application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (e) {
      throw new SendFailure(`App IO unreachable: ${(e as Error).message}`, 'temporary');
    }
  }

  private async fail(res: Response, what: string): Promise<void> {
    if (res.ok) return;
    const detail = (await res.text().catch(() => '')).slice(0, 200);
    throw new SendFailure(
      `App IO ${what} answered ${res.status} ${detail}`.trim(),
      isTemporaryHttpStatus(res.status) ? 'temporary' : 'permanent',
    );
  }
}
