import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Kafka,
  logLevel,
  ResourcePatternTypes,
} from 'kafkajs';
import { Client } from 'pg';
import { Topics } from '@facile/contracts';
import { loadConfig, PlatformConfig } from '@facile/platform/config';
import { kafkaConnectionOf } from '@facile/platform/messaging';
import { MailSink, readTopic, waitFor } from '@facile/platform/testing';
import { book, freeSlots, waitSeeded } from '../support/fixtures';
import { root, RunningPlatform, SERVICES, startPlatform } from '../support/platform';

const PORT = 19392;
const BROKERS = `127.0.0.1:${PORT}`;
/** The mutual-TLS listener of the same broker (tools/kafka: port + 2). */
const MTLS_BROKERS = `127.0.0.1:${PORT + 2}`;
const DATA_DIR = path.join(root, 'tools/kafka/.data-secure');
const SSL_DIR = path.join(DATA_DIR, 'ssl');
const CA_FILE = path.join(SSL_DIR, 'ca.crt');
const secret = () => randomBytes(12).toString('hex');
const ADMIN_PASSWORD = secret();
const passwords = Object.fromEntries(SERVICES.map((s) => [s.name, secret()]));

const toolEnv: Record<string, string> = {
  KAFKA_SECURITY: 'sasl_ssl',
  KAFKA_DATA_DIR: DATA_DIR,
  KAFKA_BROKERS: BROKERS,
  KAFKA_CONTROLLER_PORT: String(PORT + 1),
  KAFKA_ADMIN_PASSWORD: ADMIN_PASSWORD,
  KAFKA_SCRAM_USERS: SERVICES.map((s) => `facile-${s.name}=${passwords[s.name]}`).join(','),
  KAFKA_TOPIC_PREFIX: '',
};
const kafkaTool = (command: string) =>
  promisify(execFile)(process.execPath, [path.join(root, 'tools/kafka/kafka.mjs'), command, '--quiet'], {
    cwd: root,
    env: { ...process.env, ...toolEnv },
    timeout: 170000,
  });

interface AclRule {
  resource: { type: 'topic' | 'group'; name: string; patternType: 'literal' | 'prefix' };
  operations: string[];
}
interface KafkaUserObject {
  kind: string;
  metadata: { name: string };
  spec: { authorization: { acls: AclRule[] } };
}

/** The KafkaUsers of the production manifests, exactly as Kubernetes would get them. */
const kafkaUsers = (): KafkaUserObject[] =>
  (
    JSON.parse(
      execFileSync(process.execPath, [path.join(root, 'tools/k8s/render.mjs'), 'prod', '--json'], {
        cwd: root,
        encoding: 'utf8',
      }),
    ) as KafkaUserObject[]
  ).filter((o) => o.kind === 'KafkaUser');

/** A service's connection as its config builds it (validated variables → kafkaConnectionOf). */
const connectionOf = (env: Record<string, string>) =>
  kafkaConnectionOf(loadConfig(PlatformConfig, { KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: CA_FILE, ...env }));
const clientOf = (env: Record<string, string>) =>
  new Kafka({
    clientId: 'kafka-security-test',
    ...connectionOf(env),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    retry: { retries: 0 },
  });
const scram = (user: string, password: string, brokers = BROKERS) =>
  clientOf({
    KAFKA_BROKERS: brokers,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: user,
    KAFKA_SASL_PASSWORD: password,
  });
const describeCluster = async (kafka: Kafka) => {
  const admin = kafka.admin({ retry: { retries: 0 } });
  try {
    await admin.connect();
    return await admin.describeCluster();
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
};

/**
 * Kafka as a cluster runs it: a second local broker (Apache Kafka from Maven Central, tools/kafka) with SASL_SSL
 * (SCRAM-SHA-512, a generated CA), a mutual-TLS listener and ACLs enforced. The four services run on it, each as
 * its own SCRAM user holding exactly the ACLs of its KafkaUser in k8s/base/kafka-users.yaml: if a manifest lacked a
 * right the platform needs, the flow below would stop. Wrong credentials and foreign topics are refused.
 */
describe('Kafka with TLS, SCRAM and the manifests’ ACLs', () => {
  let p: RunningPlatform;
  let db: Client;
  const sink = new MailSink();
  let admin: Kafka;

  beforeAll(async () => {
    await kafkaTool('reset');
    await kafkaTool('up'); // a new CA each time: clients read it afterwards
    admin = scram('admin', ADMIN_PASSWORD);
    // The ACLs of the manifests, as the Strimzi User Operator would create them.
    const acl = admin.admin();
    await acl.connect();
    try {
      const rules = kafkaUsers().flatMap((u) =>
        u.spec.authorization.acls.flatMap((a) =>
          a.operations.map((op) => ({
            resourceType: a.resource.type === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
            resourceName: a.resource.name,
            resourcePatternType:
              a.resource.patternType === 'literal'
                ? ResourcePatternTypes.LITERAL
                : ResourcePatternTypes.PREFIXED,
            principal: `User:${u.metadata.name}`,
            host: '*',
            operation: AclOperationTypes[op.toUpperCase() as keyof typeof AclOperationTypes],
            permissionType: AclPermissionTypes.ALLOW,
          })),
        ),
      );
      expect(rules.length).toBeGreaterThan(20);
      await acl.createAcls({ acl: rules });
    } finally {
      await acl.disconnect();
    }
    const smtp = await sink.start();
    p = await startPlatform(
      'platform_kafka_security',
      {
        KAFKA_BROKERS: BROKERS,
        KAFKA_TOPIC_PREFIX: '',
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: CA_FILE,
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        SMTP_URL: smtp,
        DELIVERY_BACKOFF_MS: '200',
      },
      {
        seed: true,
        kafka: admin,
        serviceEnv: Object.fromEntries(
          SERVICES.map((s) => [
            s.name,
            { KAFKA_SASL_USERNAME: `facile-${s.name}`, KAFKA_SASL_PASSWORD: passwords[s.name] },
          ]),
        ),
      },
    );
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
  }, 300000);

  afterAll(async () => {
    await db?.end();
    await p?.stop();
    await sink.stop();
    await kafkaTool('down');
  }, 120000);

  it('runs the four services on it, each with only its own ACLs: catalogue → scheduling, a booking → its e-mail', async () => {
    await waitSeeded(db, p); // catalogue.services.v1: written by catalogue, read by scheduling's group
    const [slot] = await freeSlots(p, 'carta-identita-elettronica', 'montiano', 1);
    const res = await book(p, slot, 1, {}, 'SEC');
    expect(res.status).toBe(201);
    const { code, id } = (await res.json()) as { code: string; id: string };
    // scheduling.bookings.v1: written by scheduling, read by notifications (and identity-assistance, scheduling)
    await waitFor(
      () => sink.messages.find((m) => m.subject === `Appuntamento confermato ${code}`),
      60000,
      200,
    );
    await waitFor(
      async () =>
        (
          await db.query(
            `SELECT 1 FROM notifications.outbox WHERE published_at IS NOT NULL AND payload->>'subjectRef' = $1`,
            [code],
          )
        ).rowCount,
      30000,
      200,
    );
    for (const s of SERVICES) {
      const ready = (await (await fetch(`${p.url(s.name)}/health/ready`)).json()) as {
        details: { kafka: { status: string } };
      };
      expect({ service: s.name, kafka: ready.details.kafka.status }).toEqual({
        service: s.name,
        kafka: 'up',
      });
    }
    const created = await db.query(
      `SELECT published_at FROM scheduling.outbox WHERE aggregateid = $1 AND type = 'scheduling.booking.created'`,
      [id],
    );
    expect(created.rows[0].published_at).not.toBeNull();
    // a poison event: every consumer of the topic may write it to the topic's DLQ (and to nothing else)
    const producer = admin.producer();
    await producer.connect();
    await producer.send({
      topic: Topics.schedulingBookings,
      messages: [{ key: 'poison-sec', value: 'not a cloud event' }],
    });
    await producer.disconnect();
    const parked = await waitFor(
      async () => {
        const dlq = (await readTopic(`${Topics.schedulingBookings}.dlq`, { timeoutMs: 3000 }, admin)).filter(
          (m) => m.key === 'poison-sec',
        );
        return new Set(dlq.map((m) => m.headers['dlq_consumer'])).size >= 3 ? dlq : null;
      },
      60000,
      500,
    );
    expect(new Set(parked.map((m) => m.headers['dlq_consumer'].split('.')[0]))).toEqual(
      new Set(['scheduling', 'assistance', 'notifications']),
    );
    // nothing was refused on the way
    for (const [name, lines] of p.logs)
      expect({ name, refused: lines.filter((l) => /AUTHORIZATION_FAILED|not authorized/i.test(l)) }).toEqual({
        name,
        refused: [],
      });
  });

  it('refuses a wrong password, a plaintext client and a service writing a topic that is not its own', async () => {
    await expect(describeCluster(scram('facile-scheduling', 'not-the-password'))).rejects.toThrow(
      /SASL SCRAM SHA512 authentication failed/,
    );
    await expect(
      describeCluster(
        new Kafka({
          clientId: 'plain',
          brokers: [BROKERS],
          logLevel: logLevel.NOTHING,
          connectionTimeout: 3000,
          retry: { retries: 0 },
        }),
      ),
    ).rejects.toThrow();
    const producer = scram('facile-scheduling', passwords['scheduling']).producer({ retry: { retries: 0 } });
    await producer.connect();
    try {
      await expect(
        producer.send({ topic: Topics.assistanceCases, messages: [{ value: 'x' }] }),
      ).rejects.toThrow(/authoriz/i);
    } finally {
      await producer.disconnect();
    }
  });

  it('takes a client certificate for mutual TLS (KAFKA_SSL_CERT_FILE, KAFKA_SSL_KEY_FILE) and refuses a client without one', async () => {
    const cluster = await describeCluster(
      clientOf({
        KAFKA_BROKERS: MTLS_BROKERS,
        KAFKA_SSL_CERT_FILE: path.join(SSL_DIR, 'client.crt'),
        KAFKA_SSL_KEY_FILE: path.join(SSL_DIR, 'client.key'),
      }),
    );
    expect(cluster.brokers).toHaveLength(1);
    await expect(describeCluster(clientOf({ KAFKA_BROKERS: MTLS_BROKERS }))).rejects.toThrow();
    expect(readFileSync(CA_FILE, 'utf8')).toMatch(/BEGIN CERTIFICATE/);
  });
});
