// The SDK's import boundaries (docs/architecture.md), checked by `pnpm lint` here. Its tests
// (test/) start the real api and may import it; the SDK itself and its examples may not.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle between files (type-only imports count).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-api-web-or-domain-source',
      comment:
        'The SDK shares nothing with the api, the web client or the domain package but the committed schema (apps/api/schema.graphql).',
      severity: 'error',
      from: {},
      to: {
        path: [
          '(^|/)apps/(api|web)/',
          '(^|/)packages/domain/',
          '^[.][.]/[.][.]/apps/',
          '^[.][.]/domain/',
        ],
      },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve to a file or a package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Only this package's own files are followed: an import leaving it is checked, not cruised.
    doNotFollow: { path: ['node_modules', '^[.][.]/'] },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types', 'typings'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
