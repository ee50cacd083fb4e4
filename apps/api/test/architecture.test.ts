import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

/** The api's layering (docs/architecture.md): the rules live in apps/api/.dependency-cruiser.cjs. */
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
interface Layer {
  readonly name: string;
  readonly paths: readonly string[];
  /** A layer of modules (folders of src/modules/), bottom to top. */
  readonly modules?: readonly string[];
}
const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
  options: Record<string, unknown>;
  layers: readonly Layer[];
};

/** Every import of src that breaks a rule, one line each: `rule: from → to`. */
async function violations(): Promise<string[]> {
  const tsConfig = path.join(apiDir, 'tsconfig.json');
  const { output } = await cruise(
    ['src'],
    {
      ...config.options,
      baseDir: apiDir,
      tsConfig: { fileName: tsConfig },
      validate: true,
      ruleSet: { forbidden: config.forbidden },
      outputType: 'json',
    },
    {},
    { tsConfig: extractTSConfig(tsConfig) },
  );
  const result: ICruiseResult = typeof output === 'string' ? JSON.parse(output) : output;
  expect(result.summary.totalCruised).toBeGreaterThan(200);
  return result.summary.violations.map(
    (v) =>
      `${v.rule.name}: ${v.from} → ${v.to}` +
      (v.cycle?.length ? ` (cycle: ${[v.from, ...v.cycle.map((c) => c.name)].join(' → ')})` : ''),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(apiDir, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(`${dir}/${entry.name}`)
      : entry.name.endsWith('.ts')
        ? [`${dir}/${entry.name}`]
        : [],
  );
}

describe('the api keeps its layers (docs/architecture.md)', () => {
  it('has no import cycle, no import to a higher layer or to a later module of its layer, no import of web or SDK', async () => {
    const found = await violations();
    expect(
      found,
      `Import rules broken (see docs/architecture.md and apps/api/.dependency-cruiser.cjs):\n  ${found.join('\n  ')}\n`,
    ).toEqual([]);
  }, 120_000);

  it('puts every source file in exactly one layer (a new folder must be given its layer)', () => {
    const layersOf = (file: string) =>
      config.layers
        .filter((layer) => layer.paths.some((p) => new RegExp(p).test(file)))
        .map((layer) => layer.name);
    const unplaced = sourceFiles('src')
      .map((file) => ({ file, layers: layersOf(file) }))
      .filter(({ layers }) => layers.length !== 1)
      .map(({ file, layers }) => `${file}: ${layers.length ? layers.join(', ') : 'no layer'}`);
    expect(unplaced, `Files not in exactly one layer:\n  ${unplaced.join('\n  ')}\n`).toEqual([]);
  });
});
