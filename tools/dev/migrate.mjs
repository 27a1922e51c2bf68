#!/usr/bin/env node
// `npm run migrate`: apply every service's committed migrations and seed its reference data, without
// starting anything (the same steps `npm start` runs, and what the Kubernetes migration Jobs run).
import { spawnSync } from 'node:child_process';
import { mainOf, root, services } from './services.mjs';

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/facile',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
for (const s of services) {
  for (const step of ['migrate', 'seed']) {
    const r = spawnSync(process.execPath, [mainOf(s.name), step], { cwd: root, stdio: 'inherit', env });
    if (r.status !== 0) {
      process.stderr.write(`✖ ${s.name} ${step} failed\n`);
      process.exit(r.status ?? 1);
    }
    process.stdout.write(`✔ ${s.name} ${step}\n`);
  }
}
