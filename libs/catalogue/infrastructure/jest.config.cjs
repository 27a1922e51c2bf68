module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'catalogue-infrastructure',
  rootDir: __dirname,
};
