module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'notifications-api',
  rootDir: __dirname,
};
