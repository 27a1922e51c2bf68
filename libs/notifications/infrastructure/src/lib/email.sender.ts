import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import {
  FailureKind,
  SIMULATED_PERMANENT_FAILURE,
  SIMULATED_TEMPORARY_FAILURE,
} from '@facile/notifications/domain';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import { connectWithoutDelay } from './smtp-socket';
import { smtpTransportUrl } from './smtp-transport-url';

export interface OutgoingEmail {
  fromName: string;
  replyTo?: string;
  to: string;
  subject: string;
  text: string;
  calendar?: { content: string; method: 'REQUEST' | 'CANCEL' };
}

export class SendFailure extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
  ) {
    super(message);
    this.name = 'SendFailure';
  }
}

/** SMTP 4xx replies and network errors are worth retrying; 5xx replies are not. */
function classify(e: unknown): SendFailure {
  const err = e as { responseCode?: number; code?: string; message?: string };
  const permanent = typeof err.responseCode === 'number' && err.responseCode >= 500;
  return new SendFailure(err.message ?? String(e), permanent ? 'permanent' : 'temporary');
}

/**
 * E-mail over SMTP (nodemailer), with the test-mode recipients that simulate failures. The transport is pooled
 * (SMTP_POOL_CONNECTIONS open connections, each carrying message after message) unless the pool is 0.
 */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions) {
    // The URL parsed as createTransport would (a `url` key would make it drop the other options).
    this.transport = createTransport({
      ...parseConnectionUrl(smtpTransportUrl(options.smtpUrl, options.smtpPoolConnections)),
      getSocket: connectWithoutDelay,
    });
  }

  /** Returns the provider's message id; throws SendFailure. */
  async send(mail: OutgoingEmail): Promise<string> {
    if (mail.to === SIMULATED_TEMPORARY_FAILURE)
      throw new SendFailure('simulated temporary failure', 'temporary');
    if (mail.to === SIMULATED_PERMANENT_FAILURE)
      throw new SendFailure('simulated permanent failure', 'permanent');
    try {
      // Composed here, whole, and handed over as one buffer: nodemailer streaming it itself wrote every MIME
      // part and line to the socket as a write call of its own (20–60 a message; issue 20, 8 December).
      const message = new MailComposer({
        from: { name: mail.fromName, address: this.options.mailFrom },
        replyTo: mail.replyTo,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        icalEvent: mail.calendar
          ? { method: mail.calendar.method, filename: 'appuntamento.ics', content: mail.calendar.content }
          : undefined,
        attachments: mail.calendar
          ? [
              {
                filename: 'appuntamento.ics',
                content: mail.calendar.content,
                contentType: `text/calendar; charset=utf-8; method=${mail.calendar.method}`,
              },
            ]
          : undefined,
      }).compile();
      const raw = await message.build();
      await this.transport.sendMail({ envelope: message.getEnvelope(), raw });
      return message.messageId();
    } catch (e) {
      throw classify(e);
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
