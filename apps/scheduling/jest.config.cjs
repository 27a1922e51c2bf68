module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'scheduling',
  rootDir: __dirname,
  // Safety net: after the merges of issue 13/14/18 one of the twelve suites (not openapi-answers or queue, which
  // exit cleanly alone) leaves a handle open now and then, and a Jest that never exits would hang `npm test`.
  // Every suite closes its service in afterAll; finding the handle is tracked in the closing note of stop 12.
  forceExit: true,
};
