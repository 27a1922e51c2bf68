// The outage suites stop and start a broker of their own (127.0.0.1:19092, tools/kafka/.data-outage, see
// src/support/outage-broker.ts), never the shared one; they still run alone, after everything else (npm test),
// as does the Kafka security suite (its own SASL_SSL broker, 127.0.0.1:19392): jest.outage.config.cjs.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'platform-e2e',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', '/outage/', '/kafka-security/'],
  // every answer of a started platform is checked against its OpenAPI document (src/support/response-contract.ts)
  setupFilesAfterEnv: ['<rootDir>/src/support/response-contract.setup.ts'],
};
