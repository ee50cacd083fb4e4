// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

/** The rules `pnpm lint` checks here (apps/web/.dependency-cruiser.cjs, docs/architecture.md). */
const { forbidden } = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
};

const root = mkdtempSync(path.join(tmpdir(), 'web-boundaries-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Cruises a made-up tree of files ({ path: imports }) with the web client's rules. */
async function brokenRules(files: Record<string, string[]>): Promise<string[]> {
  const dir = mkdtempSync(path.join(root, 'tree-'));
  for (const [file, imports] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(
      path.join(dir, file),
      imports.map((i) => `import '${i}';\n`).join('') + 'export const x = 1;\n',
    );
  }
  const { output } = await cruise(['src'], {
    baseDir: dir,
    validate: true,
    ruleSet: { forbidden },
    doNotFollow: { path: ['node_modules', '^[.][.]/'] },
  });
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

// The first cruise loads the TypeScript compiler: seconds, not milliseconds.
describe('the web client’s import boundaries', { timeout: 60_000 }, () => {
  it('allow the imports today’s code makes', async () => {
    expect(
      await brokenRules({
        'src/core/format.ts': [],
        'src/components/money.ts': ['../core/format', '../i18n/i18n'],
        'src/i18n/i18n.ts': ['../core/format'],
        'src/app/router.ts': ['../core/format'],
        'src/features/orders/order-labels.ts': ['../../components/money', '../../app/router'],
        'src/features/portal/orders-section.ts': ['../orders/order-labels'],
      }),
    ).toEqual([]);
  });

  it('refuse components, core and i18n importing a feature or the app', async () => {
    expect(
      await brokenRules({
        'src/app/router.ts': [],
        'src/features/orders/order-labels.ts': [],
        'src/components/money.ts': ['../features/orders/order-labels'],
        'src/core/download.ts': ['../app/router'],
        'src/i18n/i18n.ts': ['../features/orders/order-labels'],
      }),
    ).toEqual([
      'shared-code-stays-below: src/components/money.ts → src/features/orders/order-labels.ts',
      'shared-code-stays-below: src/core/download.ts → src/app/router.ts',
      'shared-code-stays-below: src/i18n/i18n.ts → src/features/orders/order-labels.ts',
    ]);
  });

  it('refuse a feature importing a feature it is not listed for', async () => {
    expect(
      await brokenRules({
        'src/features/orders/order-labels.ts': [],
        'src/features/webhooks/webhooks-page.ts': ['../orders/order-labels'],
      }),
    ).toEqual([
      'feature-webhooks-imports-only-listed-features: src/features/webhooks/webhooks-page.ts → src/features/orders/order-labels.ts',
    ]);
  });

  it('refuse the api’s source and import cycles', async () => {
    expect(
      await brokenRules({
        '../api/src/locale.ts': [],
        'src/core/format.ts': ['../../../api/src/locale', './inputs'],
        'src/core/inputs.ts': ['./format'],
      }),
    ).toEqual([
      'no-api-or-sdk-source: src/core/format.ts → ../api/src/locale.ts',
      'no-circular: src/core/format.ts → src/core/inputs.ts',
    ]);
  });
});
