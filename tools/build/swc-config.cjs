// One SWC configuration for the build and for Jest, so tests run the same code the services run.
// SWC (not tsc) compiles because it is fast on two cores and keeps decorator metadata for NestJS;
// tsc still type-checks everything (`npm run typecheck`). See docs/adr/0003-build-and-run.md.
const path = require('node:path');
const root = path.resolve(__dirname, '../..');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));

function swcConfig({ withPaths }) {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      ...(withPaths ? { baseUrl: root, paths: compilerOptions.paths } : {}),
    },
    module: { type: 'commonjs' },
    sourceMaps: true,
  };
}

module.exports = { swcConfig, root, paths: compilerOptions.paths };
