module.exports = {
  ...require('../../../../jest.preset.cjs'),
  displayName: 'scheduling-statistics-domain',
  rootDir: __dirname,
};
