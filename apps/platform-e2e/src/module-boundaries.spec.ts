import { spawnSync } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './support/platform';

const probes = {
  crossContext: [
    'libs/catalogue/application/src/lib',
    "import { isNewer } from '@facile/scheduling/domain';\nexport const probe = isNewer;\n",
  ],
  infraInDomain: [
    'libs/scheduling/domain/src/lib',
    "import { OutboxWriter } from '@facile/platform/messaging';\nimport { Injectable } from '@nestjs/common';\nexport const probe = [OutboxWriter, Injectable];\n",
  ],
  apiToInfra: [
    'libs/catalogue/api/src/lib',
    "import { ServiceRecord } from '@facile/catalogue/infrastructure';\nexport const probe = ServiceRecord;\n",
  ],
  sliceToSlice: [
    'libs/scheduling/sessions/application/src/lib',
    "import { StatisticsCache } from '@facile/scheduling/statistics-application';\nexport const probe = StatisticsCache;\n",
  ],
  sliceToCorePort: [
    'libs/scheduling/statistics/application/src/lib',
    "import { Clock } from '@facile/scheduling/application';\nexport const probe = Clock;\n",
  ],
  allowed: [
    'libs/catalogue/application/src/lib',
    "import { transition } from '@facile/catalogue/domain';\nexport const probe = transition;\n",
  ],
  webToBackend: [
    'libs/web/ui/src/lib',
    "import { problemType } from '@facile/platform/http';\nexport const probe = problemType;\n",
  ],
  webToServerFramework: [
    'libs/web/api-client/src/lib',
    "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
  ],
  uiToDataAccess: [
    'libs/web/ui/src/lib',
    "import { useTenants } from '@facile/web/api-client';\nexport const probe = useTenants;\n",
  ],
  webAllowed: [
    'libs/web/api-client/src/lib',
    "import type { CloudEvent } from '@facile/contracts';\nimport { createI18n } from '@facile/web/i18n';\nexport type Probe = CloudEvent<unknown>;\nexport const probe = createI18n;\n",
  ],
} as const;

/** The layering of architecture.md is enforced by lint (the real ESLint CLI and config): these must be refused. */
describe('module boundaries', () => {
  const messages: Record<string, string[]> = {};

  beforeAll(() => {
    const files = Object.entries(probes).map(([name, [dir, source]]) => {
      const file = path.join(root, dir, `boundary-probe-${name}-${process.pid}.ts`);
      writeFileSync(file, source);
      return [name, file] as const;
    });
    try {
      const r = spawnSync(
        path.join(root, 'node_modules/.bin/eslint'),
        ['--format', 'json', ...files.map(([, f]) => f)],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, NX_DAEMON: 'false' },
        },
      );
      const results = JSON.parse(r.stdout) as {
        filePath: string;
        messages: { ruleId: string; message: string }[];
      }[];
      for (const [name, file] of files) {
        messages[name] = (results.find((x) => x.filePath === file)?.messages ?? []).map(
          (m) => `${m.ruleId}: ${m.message}`,
        );
      }
    } finally {
      for (const [, file] of files) unlinkSync(file);
    }
  }, 120000);

  const has = (name: string, rule: string) => messages[name].some((m) => m.startsWith(rule));

  it('refuses an import of another context', () => {
    expect(has('crossContext', '@nx/enforce-module-boundaries')).toBe(true);
  });

  it('refuses infrastructure and frameworks in a domain library', () => {
    expect(has('infraInDomain', '@nx/enforce-module-boundaries')).toBe(true);
    expect(has('infraInDomain', 'no-restricted-imports')).toBe(true);
  });

  it('refuses an api library reaching into infrastructure', () => {
    expect(has('apiToInfra', '@nx/enforce-module-boundaries')).toBe(true);
  });

  it("refuses a scheduling slice reaching into another slice (ADR 0028), and accepts the core's ports", () => {
    expect(has('sliceToSlice', '@nx/enforce-module-boundaries')).toBe(true);
    expect(messages['sliceToCorePort'].filter((m) => m.startsWith('@nx/enforce-module-boundaries'))).toEqual(
      [],
    );
  });

  it('refuses a web front end importing a backend library or a server framework', () => {
    expect(has('webToBackend', '@nx/enforce-module-boundaries')).toBe(true);
    expect(has('webToServerFramework', '@nx/enforce-module-boundaries')).toBe(true);
  });

  it('refuses a web ui library reaching into data access (screens get their data from the apps)', () => {
    expect(has('uiToDataAccess', '@nx/enforce-module-boundaries')).toBe(true);
  });

  it('accepts a web library using the contracts and another web library', () => {
    expect(messages['webAllowed'].filter((m) => m.startsWith('@nx/enforce-module-boundaries'))).toEqual([]);
  });

  it('accepts the allowed direction (application → domain of the same context)', () => {
    expect(messages['allowed'].filter((m) => m.startsWith('@nx/enforce-module-boundaries'))).toEqual([]);
  });
});
