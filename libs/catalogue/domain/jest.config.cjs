module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'catalogue-domain',
  rootDir: __dirname,
};
