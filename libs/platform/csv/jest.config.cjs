module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'platform-csv', rootDir: __dirname };
