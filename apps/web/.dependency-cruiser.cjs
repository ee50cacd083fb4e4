// The web client's import boundaries (docs/architecture.md), checked by `pnpm lint` here.
const { readdirSync } = require('node:fs');
const path = require('node:path');

/**
 * The features one feature may import pieces of: a page that shows another area's section,
 * table or labels. A feature not listed imports no other feature. Anything more shared than
 * this belongs in components/ or core/.
 */
const featureImports = {
  // The account page shows the account's subscriptions, orders, prices, journal, audit trail,
  // value-added services, verification review and exports.
  accounts: [
    'audit',
    'contract-prices',
    'exports',
    'journal',
    'portal',
    'subscriptions',
    'value-added',
    'verification',
  ],
  audit: ['webhooks'], // webhook event names in the audit trail
  dashboard: ['refunds', 'subscriptions'], // status labels
  journal: ['exports'], // the CSV export form
  orders: ['audit', 'invoices', 'journal', 'refunds'], // the order page's sections
  // The customer portal is made of the other areas' sections.
  portal: [
    'accounts',
    'exports',
    'invoices',
    'orders',
    'refunds',
    'subscriptions',
    'value-added',
    'verification',
  ],
  refunds: ['audit'], // the refund page's audit trail
  'test-clocks': ['subscriptions'], // the subscription card
  'value-added': ['subscriptions'], // the live quote and placing the order
};

const features = readdirSync(path.join(__dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

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
      name: 'shared-code-stays-below',
      comment:
        'components/, core/, i18n/ and the generated gql/ are shared by every page: they never import features/, app/ or playground/.',
      severity: 'error',
      from: { path: '^src/(components|core|i18n|gql)/' },
      to: { path: '^src/(features|app|playground)/' },
    },
    ...features.map((feature) => ({
      name: `feature-${feature}-imports-only-listed-features`,
      comment: `features/${feature} may import only these other features: ${
        (featureImports[feature] ?? []).join(', ') || 'none'
      } (featureImports in apps/web/.dependency-cruiser.cjs).`,
      severity: 'error',
      from: { path: `^src/features/${feature}/` },
      to: {
        path: '^src/features/[^/]+/',
        pathNot: `^src/features/(${[feature, ...(featureImports[feature] ?? [])].join('|')})/`,
      },
    })),
    {
      name: 'no-api-or-sdk-source',
      comment:
        'The web client shares nothing with the api or the SDK but the committed schema (apps/api/schema.graphql).',
      severity: 'error',
      from: {},
      to: { path: ['(^|/)apps/api/', '(^|/)packages/(sdk|domain)/', '^[.][.]/api/'] },
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
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
