// Local Nx plugin: a `test-unit` and a `test-integration` target for every project, inferred from the spec files it has.
//
// - Jest projects (a jest.config.cjs): `*.int.spec.ts` files talk to PostgreSQL, Kafka, Redis or Keycloak and are
//   integration tests; every other `*.spec.ts` is a unit test of pure logic (mocks allowed, ADR 7) and needs no broker.
//   The e2e project (apps/platform-e2e) drives a whole platform: all of it is integration.
// - Vitest projects (the web apps and libs, a vite.config.mts with a `vitest run` test target) are unit tests.
// A target is only added where the project has files for it, so no run ever passes with no test.
// `test` (every spec of the project) stays as the @nx/jest plugin and the project files define it.
const { readdirSync, existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const INTEGRATION = /\.int\.spec\.ts$/;
const SPEC = /\.spec\.tsx?$/;
const WHOLE_PLATFORM = new Set(['apps/platform-e2e']);

function specFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...specFiles(full));
    else if (SPEC.test(entry.name)) out.push(full);
  }
  return out;
}

function jestTargets(projectRoot, files) {
  const config = `${projectRoot}/jest.config.cjs`;
  const jest = (extra) => ({
    executor: 'nx:run-commands',
    cache: false,
    options: { command: `jest -c ${config} --ci ${extra}`.trim(), cwd: '{workspaceRoot}' },
  });
  const targets = {};
  const whole = WHOLE_PLATFORM.has(projectRoot);
  const unit = whole ? [] : files.filter((f) => !INTEGRATION.test(f));
  const integration = whole ? files : files.filter((f) => INTEGRATION.test(f));
  if (unit.length > 0) targets['test-unit'] = jest(`--testPathIgnorePatterns '\\.int\\.spec\\.ts$'`);
  if (integration.length > 0) {
    targets['test-integration'] = jest(whole ? '' : `--testPathPatterns '\\.int\\.spec\\.ts$'`);
  }
  return targets;
}

module.exports.createNodesV2 = [
  '**/{jest.config.cjs,vite.config.mts}',
  async (configFiles, _options, context) =>
    configFiles.map((file) => {
      const projectRoot = path.dirname(file);
      const absolute = path.join(context.workspaceRoot, projectRoot);
      if (!existsSync(path.join(absolute, 'project.json'))) return [file, {}];
      const files = specFiles(absolute);
      let targets = {};
      if (file.endsWith('jest.config.cjs')) {
        targets = jestTargets(projectRoot, files);
      } else {
        const project = JSON.parse(readFileSync(path.join(absolute, 'project.json'), 'utf8'));
        const runsVitest = /\bvitest run\b/.test(project.targets?.test?.options?.command ?? '');
        if (runsVitest && files.length > 0) {
          // The project's own `test` target is already the unit suite: run it, not a copy of its command.
          targets['test-unit'] = { executor: 'nx:noop', cache: false, dependsOn: ['test'] };
        }
      }
      return [file, { projects: { [projectRoot]: { targets } } }];
    }),
];
