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
    onlyDependOnLibsWithTags: ['type:application', 'type:domain', 'type:util', 'type:contracts', 'type:platform'],
  },
  {
    sourceTag: 'type:infrastructure',
    onlyDependOnLibsWithTags: ['type:infrastructure', 'type:application', 'type:domain', 'type:util', 'type:contracts', 'type:platform'],
  },
  {
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: ['type:api', 'type:application', 'type:domain', 'type:util', 'type:contracts', 'type:platform'],
  },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:util', 'type:contracts', 'type:testing'] },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
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

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'tools/**', 'docker/**', 'k8s/**', '**/*.cjs', '**/*.mjs', 'bench/**', '.nx/**', 'tmp/**', '.run/**'] },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allowCircularSelfDependency: false,
          banTransitiveDependencies: false,
          depConstraints: [...layering, ...scopes, { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] }],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Domain code is pure TypeScript: no framework, no I/O.
    files: ['libs/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'kafkajs', 'redis', 'pg', 'bullmq', 'nodemailer', 'express'] },
      ],
    },
  },
];
