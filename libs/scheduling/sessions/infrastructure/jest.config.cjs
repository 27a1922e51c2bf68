module.exports = {
  ...require('../../../../jest.preset.cjs'),
  displayName: 'scheduling-sessions-infrastructure',
  rootDir: __dirname,
};
