import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { root } from './platform';

/**
 * A second Kafka broker, only for the outage suites: its own data dir and ports, so stopping it never
 * disturbs the shared broker on 9092 (or anybody else's tests on it).
 */
export const OUTAGE_BROKERS = '127.0.0.1:19092';
export const OUTAGE_ENV: Record<string, string> = {
  KAFKA_DATA_DIR: path.join(root, 'tools/kafka/.data-outage'),
  KAFKA_BROKERS: OUTAGE_BROKERS,
  KAFKA_CONTROLLER_PORT: '19093',
};

const run = promisify(execFile);

/** tools/kafka/kafka.mjs up|down for the broker that `env` describes (data dir, ports). */
export async function localBroker(command: 'up' | 'down', env: Record<string, string>): Promise<void> {
  await run(process.execPath, [path.join(root, 'tools/kafka/kafka.mjs'), command, '--quiet'], {
    cwd: root,
    env: { ...process.env, ...env },
    timeout: 170000,
  });
}

export const outageBroker = (command: 'up' | 'down'): Promise<void> => localBroker(command, OUTAGE_ENV);

/** The degradation suite's own broker (127.0.0.1:19492), so it can run beside the broker-outage suite. */
export const DEGRADATION_BROKERS = '127.0.0.1:19492';
export const DEGRADATION_ENV: Record<string, string> = {
  KAFKA_DATA_DIR: path.join(root, 'tools/kafka/.data-degradation'),
  KAFKA_BROKERS: DEGRADATION_BROKERS,
  KAFKA_CONTROLLER_PORT: '19493',
};
export const degradationBroker = (command: 'up' | 'down'): Promise<void> =>
  localBroker(command, DEGRADATION_ENV);
