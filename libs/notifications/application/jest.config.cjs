module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'notifications-application',
  rootDir: __dirname,
};
