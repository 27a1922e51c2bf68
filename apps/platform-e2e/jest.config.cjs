// The outage suites stop and start a broker of their own (127.0.0.1:19092, tools/kafka/.data-outage, see
// src/support/outage-broker.ts), never the shared one; they still run alone, after everything else (npm test).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'platform-e2e',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', '/outage/'],
  // every answer of a started platform is checked against its OpenAPI document (src/support/response-contract.ts)
  setupFilesAfterEnv: ['<rootDir>/src/support/response-contract.setup.ts'],
};
