import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * Layering (architecture.md), refused by @nx/enforce-module-boundaries:
 * a context never imports another context; domain imports only domain and util; only contracts are shared.
 */
const layering = [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
  {
    sourceTag: 'type:application',
    onlyDependOnLibsWithTags: [
      'type:application',
      'type:domain',
      'type:util',
      'type:contracts',
      'type:platform',
    ],
  },
  {
    sourceTag: 'type:infrastructure',
    onlyDependOnLibsWithTags: [
      'type:infrastructure',
      'type:application',
      'type:domain',
      'type:util',
      'type:contracts',
      'type:platform',
    ],
  },
  {
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: [
      'type:api',
      'type:application',
      'type:domain',
      'type:util',
      'type:contracts',
      'type:platform',
    ],
  },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:util', 'type:contracts'] },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:platform', 'type:util', 'type:contracts', 'type:testing'],
  },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:ui',
      'type:data-access',
      'type:api',
      'type:application',
      'type:domain',
      'type:infrastructure',
      'type:util',
      'type:contracts',
      'type:platform',
      'type:testing',
    ],
  },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
];
const scopes = ['catalogue', 'scheduling', 'assistance', 'notifications'].map((ctx) => ({
  sourceTag: `scope:${ctx}`,
  onlyDependOnLibsWithTags: [`scope:${ctx}`, 'scope:platform', 'scope:shared'],
}));
/**
 * Scheduling's feature slices (ADR 28): a slice uses its own libraries and the booking core's published
 * ports, never another slice's; the core knows no slice. The composition root (apps/scheduling) has no slice.
 */
const sliceCommon = ['scope:platform', 'scope:shared'];
const slices = [
  { sourceTag: 'slice:core', onlyDependOnLibsWithTags: ['slice:core', ...sliceCommon] },
  { sourceTag: 'slice:queue', onlyDependOnLibsWithTags: ['slice:queue', 'slice:core', ...sliceCommon] },
  { sourceTag: 'slice:sessions', onlyDependOnLibsWithTags: ['slice:sessions', 'slice:core', ...sliceCommon] },
  {
    sourceTag: 'slice:statistics',
    onlyDependOnLibsWithTags: ['slice:statistics', 'slice:core', ...sliceCommon],
  },
];
/**
 * The web front ends talk to the services only over HTTP, through libs/web/api-client: they import the web
 * libraries and, where needed, the event and tenant types of libs/contracts (scope:shared), never a
 * backend library nor a server framework.
 */
const web = {
  sourceTag: 'scope:web',
  onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
  bannedExternalImports: [
    '@nestjs/*',
    'typeorm',
    'kafkajs',
    'pg',
    'redis',
    'bullmq',
    'nodemailer',
    'express',
    'class-validator',
    'class-transformer',
    'reflect-metadata',
  ],
};
const webSources = [
  'apps/citizen-web/src/**',
  'apps/desk-console/src/**',
  'libs/web/ui/src/**',
  'libs/web/i18n/src/**',
  'libs/web/api-client/src/**',
];

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tools/**',
      'docker/**',
      'k8s/**',
      '**/*.cjs',
      '**/*.mjs',
      'bench/**',
      '.nx/**',
      'tmp/**',
      '.run/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allowCircularSelfDependency: false,
          banTransitiveDependencies: false,
          depConstraints: [
            ...layering,
            ...scopes,
            ...slices,
            web,
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Domain code is pure TypeScript: no framework, no I/O.
    files: ['libs/*/domain/**/*.ts', 'libs/scheduling/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'kafkajs', 'redis', 'pg', 'bullmq', 'nodemailer', 'express'] },
      ],
    },
  },
  {
    // Code that runs in the browser: no Node built-ins (tests and the Vite configurations run in Node).
    files: webSources,
    ignores: ['**/*.spec.ts', '**/*.spec.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'child_process', 'crypto'] }],
    },
  },
  {
    // Vite configurations are build tooling, not part of any module graph: they share libs/web/build by path.
    files: ['apps/*/vite.config.mts', 'libs/web/*/vite.config.mts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
