module.exports = {
  ...require('../../../../jest.preset.cjs'),
  displayName: 'scheduling-queue-domain',
  rootDir: __dirname,
};
