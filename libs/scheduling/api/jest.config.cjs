module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'scheduling-api',
  rootDir: __dirname,
};
