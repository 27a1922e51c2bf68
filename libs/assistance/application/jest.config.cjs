module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'assistance-application',
  rootDir: __dirname,
};
