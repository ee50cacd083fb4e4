// Mutation testing of the rules engine (StrykerJS 9.6 with its vitest runner; 10.x needs
// Node 22). `pnpm --filter @billing/domain mutation` mutates every file that decides money,
// dates or eligibility and prints the score per file; `-- --mutate src/refunds/refund-decision.ts`
// narrows it to one file. Survivors judged equivalent are listed in mutation-equivalents.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/calendar/*.ts',
    'src/lifecycle/*.ts',
    'src/money/*.ts',
    'src/payments/*.ts',
    'src/pricing/*.ts',
    'src/refunds/*.ts',
    'src/time/*.ts',
    'src/invoices/*.ts',
    'src/numbers/*.ts',
    '!src/**/*.test.ts',
    '!src/**/index.ts',
  ],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: {
    allowColor: false,
    reportScoreTable: true,
    reportMutants: false,
    reportTests: false,
  },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
