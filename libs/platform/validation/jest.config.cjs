module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'platform-validation',
  rootDir: __dirname,
};
