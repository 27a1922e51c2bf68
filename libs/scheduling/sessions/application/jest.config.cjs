module.exports = {
  ...require('../../../../jest.preset.cjs'),
  displayName: 'scheduling-sessions-application',
  rootDir: __dirname,
};
