// The outage suites stop and start the shared broker: they run alone, after everything else (npm test).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'platform-e2e',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', '/outage/'],
};
