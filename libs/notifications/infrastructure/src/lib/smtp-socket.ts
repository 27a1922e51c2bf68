import { connect, Socket } from 'node:net';

/** What nodemailer tells its getSocket hook of the server: the parsed SMTP_URL. */
export interface SmtpSocketTarget {
  host?: string;
  port?: number | string;
  secure?: boolean;
  connectionTimeout?: number;
}

/** nodemailer's own defaults (SMTPConnection): localhost, 465 with implicit TLS, else 587; two minutes. */
const DEFAULT_HOST = 'localhost';
const CONNECTION_TIMEOUT_MS = 120_000;

/**
 * nodemailer's `getSocket` hook: the TCP connection to the SMTP server, opened with Nagle's algorithm off.
 * nodemailer opens its own with it on, and writes a message in several small pieces — its body's parts, then
 * the terminating dot — so the last piece waited for the server to acknowledge the one before, which the server
 * delays (40 ms on Linux) while it has nothing to answer yet: a pooled connection carried about 18 messages a
 * second and the e-mails fell behind the bookings (issue 20, docs/benchmarks.md, 8 December). Everything else
 * stays nodemailer's: it reads the greeting, and it wraps this socket in TLS for `smtps:` or after STARTTLS.
 */
export function connectWithoutDelay(
  target: SmtpSocketTarget,
  callback: (err: Error | null, socketOptions?: { connection: Socket }) => void,
): void {
  const host = target.host || DEFAULT_HOST;
  const port = Number(target.port) || (target.secure ? 465 : 587);
  const socket = connect({ host, port });
  socket.setNoDelay(true);
  let settled = false;
  const fail = (e: Error) => {
    socket.destroy();
    if (!settled) callback(e);
    settled = true;
  };
  socket.once('error', fail);
  socket.setTimeout(target.connectionTimeout ?? CONNECTION_TIMEOUT_MS, () =>
    fail(new Error(`Connection timeout to ${host}:${port}`)),
  );
  socket.once('connect', () => {
    if (settled) return;
    settled = true;
    socket.off('error', fail);
    socket.setTimeout(0);
    // nodemailer adds its own error handler as it takes the socket; until then an error must not go unheard.
    socket.on('error', () => undefined);
    callback(null, { connection: socket });
  });
}
