module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'catalogue-application',
  rootDir: __dirname,
};
