import { randomUUID } from 'node:crypto';

/** A CloudEvents 1.0 event as this platform carries it (binary mode on Kafka). */
export interface CloudEvent<T = unknown> {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly specversion: '1.0';
  readonly time: string;
  /** The municipality the event belongs to (`ce_tenant`). */
  readonly tenant: string;
  readonly traceparent?: string;
  /** The aggregate id: the Kafka key, so one aggregate's events keep their order. */
  readonly subject: string;
  readonly data: T;
}

export interface KafkaRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

export class InvalidCloudEventError extends Error {
  constructor(readonly reason: string) {
    super(`Invalid CloudEvent: ${reason}`);
    this.name = 'InvalidCloudEventError';
  }
}

export function newCloudEvent<T>(input: {
  type: string;
  source: string;
  tenant: string;
  subject: string;
  data: T;
  traceparent?: string;
  id?: string;
  time?: Date;
}): CloudEvent<T> {
  return {
    id: input.id ?? randomUUID(),
    type: input.type,
    source: input.source,
    specversion: '1.0',
    time: (input.time ?? new Date()).toISOString(),
    tenant: input.tenant,
    subject: input.subject,
    traceparent: input.traceparent,
    data: input.data,
  };
}

/** Binary content mode: attributes as `ce_*` headers, data as the JSON body, key = aggregate id. */
export function toKafkaRecord(event: CloudEvent): KafkaRecord {
  const headers: Record<string, string> = {
    ce_id: event.id,
    ce_type: event.type,
    ce_source: event.source,
    ce_specversion: event.specversion,
    ce_time: event.time,
    ce_tenant: event.tenant,
    ce_subject: event.subject,
    'content-type': 'application/json',
  };
  if (event.traceparent) headers['ce_traceparent'] = event.traceparent;
  return { key: event.subject, value: JSON.stringify(event.data), headers };
}

type HeaderValue = string | Buffer | null | undefined | (string | Buffer)[];

function header(headers: Record<string, HeaderValue>, name: string): string | undefined {
  const raw = headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : value.toString('utf8');
}

/** Reads a binary-mode CloudEvent; throws InvalidCloudEventError naming what is wrong. */
export function fromKafkaRecord(
  key: string | Buffer | null | undefined,
  value: unknown,
  headers: Record<string, HeaderValue>,
): CloudEvent<unknown> {
  const required = ['ce_id', 'ce_type', 'ce_source', 'ce_specversion', 'ce_time', 'ce_tenant'] as const;
  const attrs: Record<string, string> = {};
  for (const name of required) {
    const v = header(headers, name);
    if (!v) throw new InvalidCloudEventError(`missing header ${name}`);
    attrs[name] = v;
  }
  if (attrs['ce_specversion'] !== '1.0') throw new InvalidCloudEventError('ce_specversion must be 1.0');
  if (Number.isNaN(Date.parse(attrs['ce_time'])))
    throw new InvalidCloudEventError('ce_time is not a timestamp');
  let data: unknown = value;
  if (Buffer.isBuffer(value)) data = value.toString('utf8');
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      throw new InvalidCloudEventError('body is not JSON');
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InvalidCloudEventError('body is not a JSON object');
  }
  const subject = header(headers, 'ce_subject') ?? (key === null || key === undefined ? '' : key.toString());
  return {
    id: attrs['ce_id'],
    type: attrs['ce_type'],
    source: attrs['ce_source'],
    specversion: '1.0',
    time: attrs['ce_time'],
    tenant: attrs['ce_tenant'],
    traceparent: header(headers, 'ce_traceparent'),
    subject,
    data,
  };
}
