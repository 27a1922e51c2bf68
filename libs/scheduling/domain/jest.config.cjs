module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'scheduling-domain',
  rootDir: __dirname,
};
