module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'assistance-infrastructure',
  rootDir: __dirname,
};
