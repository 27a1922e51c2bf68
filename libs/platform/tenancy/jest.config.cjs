module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'platform-tenancy',
  rootDir: __dirname,
};
