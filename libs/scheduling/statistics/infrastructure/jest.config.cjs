module.exports = {
  ...require('../../../../jest.preset.cjs'),
  displayName: 'scheduling-statistics-infrastructure',
  rootDir: __dirname,
};
