const preset = require('../../jest.preset.cjs');

/**
 * The CPSV-AP test validates with rdf-validate-shacl, which (like its @rdfjs and clownface dependencies) is
 * published as ES modules only: Jest's CommonJS runtime gets them compiled by the same SWC transform.
 */
const esmOnly = [
  'rdf-validate-shacl',
  '@rdfjs',
  'clownface',
  'rdf-validate-datatype',
  '@vocabulary',
  '@tpluscode',
  '@zazuko',
  'duplex-to',
];

module.exports = {
  ...preset,
  displayName: 'catalogue',
  rootDir: __dirname,
  transform: {
    ...preset.transform,
    '^.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' }, swcrc: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
};
