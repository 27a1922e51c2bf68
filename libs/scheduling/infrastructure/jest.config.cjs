module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'scheduling-infrastructure',
  rootDir: __dirname,
};
