module.exports = { ...require('../../jest.preset.cjs'), displayName: 'scheduling', rootDir: __dirname };
