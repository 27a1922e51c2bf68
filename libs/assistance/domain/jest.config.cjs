module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'assistance-domain',
  rootDir: __dirname,
};
