#!/usr/bin/env node
// The development mail sink: an SMTP server that delivers nowhere (127.0.0.1:1025, SMTP_SINK_PORT; no auth,
// no TLS) and keeps what it receives in memory (the newest 5000), with a small HTTP API to read it back
// (127.0.0.1:1080, SMTP_SINK_HTTP_PORT):
//
//   GET    /messages          every message, oldest first (?to=address and ?subject=text narrow the list)
//   GET    /messages/:id      one message
//   DELETE /messages          forget them all (DELETE /messages/:id forgets one)
//   GET    /                  an HTML page listing the subjects
//
// A message: {id, receivedAt, envelope: {from, to}, from, to, cc, subject, date, messageId, text, html,
// attachments: [{filename, contentType, size, encoding, content}]}; `content` is UTF-8 text for text/calendar
// (and application/ics: the booking invitations) and base64 for anything else, as `encoding` says.
//
// Run as a script, it says so and exits 0 when a port is already taken: whatever listens there is reused.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export const MAX_MESSAGES = 5000;
const MAX_SIZE = 30 * 1024 * 1024;

const addressesOf = (field) =>
  (Array.isArray(field) ? field : field ? [field] : [])
    .flatMap((f) => f.value ?? [])
    .flatMap(function flat(a) {
      return a.group ? a.group.flatMap(flat) : a.address ? [a.address] : [];
    });

function attachmentOf(a) {
  const contentType = (a.contentType ?? 'application/octet-stream').toLowerCase();
  const text = contentType === 'text/calendar' || contentType === 'application/ics';
  return {
    filename: a.filename ?? null,
    contentType,
    size: a.size ?? a.content?.length ?? 0,
    encoding: text ? 'utf8' : 'base64',
    content: a.content ? a.content.toString(text ? 'utf8' : 'base64') : '',
  };
}

function messageOf(parsed, session) {
  const envelope = {
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
    to: session.envelope.rcptTo.map((r) => r.address),
  };
  const to = addressesOf(parsed.to);
  return {
    id: randomUUID(),
    receivedAt: new Date().toISOString(),
    envelope,
    from: addressesOf(parsed.from)[0] ?? envelope.from,
    to: to.length ? to : envelope.to,
    cc: addressesOf(parsed.cc),
    subject: parsed.subject ?? '',
    date: (parsed.date ?? new Date()).toISOString(),
    messageId: parsed.messageId ?? null,
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
    attachments: (parsed.attachments ?? []).map(attachmentOf),
  };
}

const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

function page(messages) {
  const rows = [...messages]
    .reverse()
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.receivedAt.replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(m.to.join(', '))}</td>` +
        `<td><a href="/messages/${m.id}">${escapeHtml(m.subject || '(no subject)')}</a></td><td>${m.attachments.length || ''}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Mail sink (${messages.length})</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left}</style>
</head><body><h1>Development mail sink</h1>
<p>${messages.length} message${messages.length === 1 ? '' : 's'} (newest first). JSON at <a href="/messages">/messages</a>; <code>DELETE /messages</code> clears them.</p>
<table><thead><tr><th>Received</th><th>To</th><th>Subject</th><th>Attachments</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

function send(res, status, body, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

// The platform's problem types (libs/platform/http PROBLEM_TYPE_BASE, docs/problems.md): absolute URIs.
const PROBLEM_TYPE_BASE = 'https://sportellofacile.unionevallesavio.it/problems/';

const problem = (res, status, title, detail) =>
  send(
    res,
    status,
    {
      type: `${PROBLEM_TYPE_BASE}${status === 404 ? 'not-found' : 'method-not-allowed'}`,
      title,
      status,
      detail,
    },
    'application/problem+json',
  );

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (e) => reject(e);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address().port);
    });
  });
}

/**
 * Starts the SMTP sink and its HTTP API; resolves, once both listen, to
 * {close(), smtpPort, httpPort, messages(), clear()}. Port 0 picks free ports (see smtpPort/httpPort).
 * Rejects with the listen error (code EADDRINUSE, with `port`) when a port is taken, having closed the other.
 */
export async function startMailSink({
  smtpPort,
  httpPort,
  host = '127.0.0.1',
  max = MAX_MESSAGES,
  log = () => {},
} = {}) {
  const messages = [];
  const store = (m) => {
    messages.push(m);
    if (messages.length > max) messages.splice(0, messages.length - max);
  };

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    secure: false,
    disableReverseLookup: true,
    logger: false,
    banner: 'development mail sink: nothing is delivered',
    size: MAX_SIZE,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      simpleParser(stream, { skipImageLinks: true })
        .then((parsed) => {
          if (stream.sizeExceeded) {
            const err = new Error('Message exceeds the size limit');
            err.responseCode = 552;
            callback(err);
            return;
          }
          const m = messageOf(parsed, session);
          store(m);
          log({ msg: 'mail received', id: m.id, to: m.to.length, attachments: m.attachments.length });
          callback(null, `Queued as ${m.id}`);
        })
        .catch((e) => {
          stream.resume();
          const err = new Error(`Cannot parse the message: ${e.message}`);
          err.responseCode = 451;
          callback(err);
        });
    },
  });
  // Listen errors reach the caller through listen(); later ones (a client's broken socket, say) are only logged.
  smtp.on('error', (e) => {
    if (smtp.server.listening) log({ level: 'warn', msg: 'smtp error', error: e.message });
  });

  const api = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sink');
    const parts = url.pathname.split('/').filter(Boolean);
    if (url.pathname === '/' && (req.method === 'GET' || req.method === 'HEAD'))
      return send(res, 200, page(messages), 'text/html');
    if (parts[0] !== 'messages' || parts.length > 2)
      return problem(res, 404, 'Not found', `Nothing at ${url.pathname}`);
    const id = parts[1] ? decodeURIComponent(parts[1]) : undefined;
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (id) {
        const m = messages.find((x) => x.id === id);
        return m ? send(res, 200, m) : problem(res, 404, 'Not found', `No message ${id}`);
      }
      const to = url.searchParams.get('to')?.toLowerCase();
      const subject = url.searchParams.get('subject')?.toLowerCase();
      return send(
        res,
        200,
        messages.filter(
          (m) =>
            (!to || [...m.to, ...m.cc, ...m.envelope.to].some((a) => a.toLowerCase() === to)) &&
            (!subject || m.subject.toLowerCase().includes(subject)),
        ),
      );
    }
    if (req.method === 'DELETE') {
      if (id) {
        const i = messages.findIndex((x) => x.id === id);
        if (i === -1) return problem(res, 404, 'Not found', `No message ${id}`);
        messages.splice(i, 1);
      } else messages.length = 0;
      res.writeHead(204).end();
      return;
    }
    res.setHeader('allow', 'GET, HEAD, DELETE');
    return problem(res, 405, 'Method not allowed', `${req.method} is not served at ${url.pathname}`);
  });

  const closeSmtp = () => new Promise((r) => smtp.close(() => r()));
  const closeApi = () =>
    new Promise((r) => {
      if (!api.listening) return r();
      api.close(() => r());
      api.closeAllConnections();
    });

  const boundSmtp = await listen(smtp.server, smtpPort ?? Number(process.env.SMTP_SINK_PORT ?? 1025), host);
  let boundHttp;
  try {
    boundHttp = await listen(api, httpPort ?? Number(process.env.SMTP_SINK_HTTP_PORT ?? 1080), host);
  } catch (e) {
    await closeSmtp();
    throw e;
  }

  return {
    smtpPort: boundSmtp,
    httpPort: boundHttp,
    messages: () => [...messages],
    clear: () => {
      messages.length = 0;
    },
    close: () => Promise.all([closeSmtp(), closeApi()]).then(() => undefined),
  };
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  const line = (o) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...o })}\n`);
  try {
    const sink = await startMailSink({ log: line });
    line({
      msg: `mail sink: SMTP on 127.0.0.1:${sink.smtpPort}, messages at http://127.0.0.1:${sink.httpPort}/`,
    });
    const stop = () => {
      sink.close().then(() => process.exit(0));
      setTimeout(() => process.exit(0), 3000).unref();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    if (e.code === 'EADDRINUSE') {
      line({ msg: `mail sink: port ${e.port} is already in use; reusing whatever listens there` });
      process.exit(0);
    }
    line({ level: 'error', msg: `mail sink: ${e.message}` });
    process.exit(1);
  }
}
