import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

/** The rules `pnpm lint` checks here (packages/sdk/.dependency-cruiser.cjs, docs/architecture.md). */
const { forbidden } = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
};

const root = mkdtempSync(path.join(tmpdir(), 'sdk-boundaries-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Cruises a made-up tree ({ path: imports }, paths from packages/sdk) with the SDK's rules. */
async function brokenRules(files: Record<string, string[]>): Promise<string[]> {
  const dir = path.join(mkdtempSync(path.join(root, 'repo-')), 'packages/sdk');
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
  return (output as ICruiseResult).summary.violations
    .map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)
    .sort();
}

// The first cruise loads the TypeScript compiler: seconds, not milliseconds.
describe('the SDK’s import boundaries', { timeout: 60_000 }, () => {
  it('allow the SDK’s own files', async () => {
    expect(await brokenRules({ 'src/money.ts': [], 'src/client.ts': ['./money'] })).toEqual([]);
  });

  it('refuse the api’s, the web client’s and the domain’s source, and import cycles', async () => {
    expect(
      await brokenRules({
        '../../apps/api/src/locale.ts': [],
        '../../apps/web/src/core/format.ts': [],
        '../domain/src/index.ts': [],
        'src/money.ts': [
          '../../../apps/api/src/locale',
          '../../../apps/web/src/core/format',
          '../../domain/src/index',
          './client',
        ],
        'src/client.ts': ['./money'],
      }),
    ).toEqual([
      'no-api-web-or-domain-source: src/money.ts → ../../apps/api/src/locale.ts',
      'no-api-web-or-domain-source: src/money.ts → ../../apps/web/src/core/format.ts',
      'no-api-web-or-domain-source: src/money.ts → ../domain/src/index.ts',
      'no-circular: src/client.ts → src/money.ts',
    ]);
  });
});
