import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

const storage = new AsyncLocalStorage<{ traceparent: string }>();

/** W3C traceparent of the current request or event, carried to Kafka as `ce_traceparent`. */
export const currentTraceparent = (): string | undefined => storage.getStore()?.traceparent;

export const runWithTraceparent = <T>(traceparent: string | undefined, fn: () => T): T =>
  storage.run({ traceparent: traceparent ?? newTraceparent() }, fn);

export function newTraceparent(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;
export const isTraceparent = (v: unknown): v is string => typeof v === 'string' && TRACEPARENT.test(v);

/** The trace id part: our correlation id in logs. */
export const traceIdOf = (traceparent: string): string => traceparent.split('-')[1] ?? traceparent;

/**
 * The request's W3C traceparent: the caller's when valid, else a new one written back into the request headers,
 * so the logger's request id, the trace middleware and the outbox all see the same trace whichever runs first.
 */
export function traceparentOfRequest(req: {
  headers: Record<string, string | string[] | undefined>;
}): string {
  const given = req.headers['traceparent'];
  if (isTraceparent(given)) return given;
  const created = newTraceparent();
  req.headers['traceparent'] = created;
  return created;
}
