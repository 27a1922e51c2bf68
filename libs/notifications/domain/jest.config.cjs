module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'notifications-domain',
  rootDir: __dirname,
};
