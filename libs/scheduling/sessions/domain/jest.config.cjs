module.exports = {
  ...require('../../../../jest.preset.cjs'),
  displayName: 'scheduling-sessions-domain',
  rootDir: __dirname,
};
