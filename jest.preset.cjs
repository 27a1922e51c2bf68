const path = require('node:path');
const { swcConfig, root, paths } = require('./tools/build/swc-config.cjs');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(paths)) {
  moduleNameMapper[`^${alias.replace(/[/]/g, '\\/')}$`] = path.join(root, target);
}

/** Shared Jest settings: SWC transform (same as the build), aliases from tsconfig.base.json. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcConfig({ withPaths: false }), swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testTimeout: 60000,
  setupFiles: ['reflect-metadata'],
  reporters: ['default', [path.join(__dirname, 'tools/test/results-reporter.cjs'), { name: 'jest' }]],
};
