module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'catalogue-api', rootDir: __dirname };
