module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'platform-outage',
  rootDir: __dirname,
  testMatch: ['**/outage/**/*.spec.ts'],
  maxWorkers: 1,
  testTimeout: 180000,
};
