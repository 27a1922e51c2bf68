module.exports = {
  ...require('../../../../jest.preset.cjs'),
  displayName: 'scheduling-queue-application',
  rootDir: __dirname,
};
