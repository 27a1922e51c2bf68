module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'scheduling-application',
  rootDir: __dirname,
};
