module.exports = {
  ...require('../../../../jest.preset.cjs'),
  displayName: 'scheduling-queue-infrastructure',
  rootDir: __dirname,
};
