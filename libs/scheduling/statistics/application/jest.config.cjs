module.exports = {
  ...require('../../../../jest.preset.cjs'),
  displayName: 'scheduling-statistics-application',
  rootDir: __dirname,
};
