// @vitest-environment node
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../../..');

describe('libs/web/api-client/src/generated', () => {
  it('is what openapi-typescript makes of the committed snapshots (npm run generate:api-client)', () => {
    const run = spawnSync(process.execPath, ['tools/generators/api-client.mjs', '--offline', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toContain('libs/web/api-client is current');
    expect(run.status).toBe(0);
  });
});
