// Suites that run Kafka brokers of their own, one suite at a time, after everything else (npm test): the outage
// suites stop and start theirs (19092, 19492); the Kafka security suite runs a SASL_SSL broker with ACLs (19392).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'platform-outage',
  rootDir: __dirname,
  testMatch: ['**/outage/**/*.spec.ts', '**/kafka-security/**/*.spec.ts'],
  maxWorkers: 1,
  testTimeout: 180000,
};
