module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'notifications-infrastructure',
  rootDir: __dirname,
};
