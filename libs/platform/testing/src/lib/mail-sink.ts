import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the sink has taken in but not yet answered (see hold). */
interface Held {
  arrived: Promise<void>;
  release: () => void;
}

/** A real SMTP server on a free port that keeps every message it receives, parsed (notifications' SMTP_URL). */
export class MailSink {
  readonly messages: ParsedMail[] = [];
  private server?: SMTPServer;
  private readonly held = new Map<string, { arrive: () => void; released: Promise<void> }>();

  /**
   * Makes the next message to `address` a slow one: its data is taken in (`arrived`), but the server does not
   * answer it — nor keep it — until `release()`, as a provider slow to accept a message would.
   */
  hold(address: string): Held {
    let arrive!: () => void;
    let release!: () => void;
    const arrived = new Promise<void>((r) => (arrive = r));
    const released = new Promise<void>((r) => (release = r));
    this.held.set(address, { arrive, released });
    return { arrived, release };
  }

  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const slow = session.envelope.rcptTo.find((r) => this.held.has(r.address))?.address;
        const held = slow === undefined ? undefined : this.held.get(slow);
        if (slow !== undefined) this.held.delete(slow);
        simpleParser(stream)
          .then(async (mail) => {
            if (held) {
              held.arrive();
              await held.released;
            }
            this.messages.push(mail);
            callback();
          })
          .catch((e: Error) => callback(e));
      },
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    const port = (this.server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${port}`;
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => {
      const to = Array.isArray(m.to) ? m.to : m.to ? [m.to] : [];
      return to.some((a) => a.value.some((v) => v.address === address));
    });
  }

  /** Every recipient address of every message, in order of arrival. */
  recipients(): string[] {
    return this.messages.flatMap((m) =>
      (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address ?? '')),
    );
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
