// The api's layering (docs/architecture.md), checked by test/architecture.test.ts and by
// `npx depcruise src` in apps/api. A file may import its own layer and the layers below it,
// never a layer above; inside a layer, a module (a folder of src/modules/) may import the modules
// listed before it, never one listed after it, so the modules form a DAG; no import cycle between
// files; never the web client or the SDK. Type-only imports count as imports. There are no
// exceptions.

/**
 * Bottom to top. Each layer is a list of path patterns (relative to apps/api); a layer of
 * modules lists them instead, bottom to top too: each may import those before it, not those after.
 */
const layers = [
  {
    name: 'foundation',
    what: "configuration, logging, the request's language, metrics",
    paths: ['^src/(config|logger|locale|metrics)[.]ts$'],
  },
  {
    name: 'db',
    what: 'columns, transactions and the account lock, batched due work, migrations, PostgreSQL',
    paths: ['^src/db/(?!(data-source|demo-data)[.]ts$)'],
  },
  {
    name: 'kit',
    what: 'the GraphQL kit (ids, errors, paging, scalars) and the request context with its ports',
    paths: ['^src/graphql/(?!(loaders|node[.]resolver)[.]ts$)', '^src/(context|gateway)[.]ts$'],
  },
  {
    name: 'core',
    what: 'the modules every other one builds on',
    modules: ['idempotency', 'auth', 'catalog', 'audit', 'clock', 'accounts', 'access'],
  },
  {
    name: 'billing',
    what: 'orders, subscriptions and the money they move',
    modules: [
      'contracts',
      'events',
      'journal',
      'payments',
      'subscriptions',
      'orders',
      'subscription-changes',
      'usage',
      'quote',
      'verification',
      'invoices',
      'refunds',
    ],
  },
  {
    name: 'processes',
    what: 'time-driven and operator processes, and the reports over everything below',
    modules: [
      'lifecycle',
      'postpaid',
      'operations',
      'value-added',
      'webhooks',
      'dashboard',
      'exports',
    ],
  },
  {
    name: 'app',
    what: 'the wiring: entity and loader registries, schema, server, scheduler, entry points',
    paths: [
      '^src/(schema|server|main|rate-limit|graphql-endpoint|http-responses)[.]ts$',
      '^src/db/(data-source|demo-data)[.]ts$',
      '^src/graphql/(loaders|node[.]resolver)[.]ts$',
      '^src/modules/scheduler/',
      '^src/(bench|scripts)/',
    ],
  },
].map((layer) =>
  layer.modules ? { ...layer, paths: [`^src/modules/(${layer.modules.join('|')})/`] } : layer,
);

const laterModules = layers.flatMap((layer) =>
  (layer.modules ?? []).flatMap((module, i) => {
    const later = layer.modules.slice(i + 1);
    return later.length === 0
      ? []
      : [
          {
            name: `no-later-module-from-${module}`,
            comment: `In the ${layer.name} layer, ${module} may import the modules listed before it, not ${later.join(', ')} (after it: a module-level cycle could follow).`,
            severity: 'error',
            from: { path: `^src/modules/${module}/` },
            to: { path: `^src/modules/(${later.join('|')})/` },
          },
        ];
  }),
);

const upward = layers.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer.name}`,
  comment: `The ${layer.name} layer (${layer.what}) may not import a layer above it: ${layers
    .slice(i + 1)
    .map((l) => l.name)
    .join(', ')}.`,
  severity: 'error',
  from: { path: layer.paths },
  to: {
    path: layers.slice(i + 1).flatMap((l) => l.paths),
  },
}));

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
    ...upward,
    ...laterModules,
    {
      name: 'no-web-or-sdk',
      comment: 'The api shares nothing with the web client or the SDK but the committed schema.',
      severity: 'error',
      from: {},
      to: {
        path: [
          '(^|/)apps/web/',
          '(^|/)packages/sdk/',
          '^[.][.]/web/',
          '^[.][.]/[.][.]/packages/sdk/',
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
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};

// For test/architecture.test.ts (not a dependency-cruiser option, so not enumerable).
Object.defineProperty(module.exports, 'layers', { value: layers, enumerable: false });
