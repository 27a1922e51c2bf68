module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'platform-persistence',
  rootDir: __dirname,
};
