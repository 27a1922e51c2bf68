module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'identity-assistance',
  rootDir: __dirname,
};
