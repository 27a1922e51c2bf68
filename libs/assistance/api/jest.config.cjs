module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'assistance-api',
  rootDir: __dirname,
};
