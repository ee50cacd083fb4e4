import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleIdRanges } from './test-support/rule-id-ranges.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where rule ids are cited: the sources, tests, docs and generated files of every package. */
const SOURCE_DIRS = ['apps', 'packages', 'docs'];
const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs|graphql|md|json)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage', '.turbo', 'reports']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.') ? [] : sourceFiles(full);
    return SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}

describe('rule ids are written in full wherever they are cited', () => {
  it('the check finds a range or a list of numbers and lets ids written in full pass', () => {
    expect(ruleIdRanges('(R-SEAT-1..4) R-LIFE-1…6, R-MIG-1/2/4 and R-INV-1–3')).toEqual([
      'R-SEAT-1..4',
      'R-LIFE-1…6',
      'R-MIG-1/2',
      'R-INV-1–3',
    ]);
    expect(ruleIdRanges('R-SEAT-1, R-SEAT-2, R-REF-7DAY, R-OPEN-5 / R-NUM-1, 400/800')).toEqual([]);
  });

  // This file is the one place that writes ranges, as examples of what the check finds.
  it('no source, test, document or generated file of the repository cites a range of rule ids', () => {
    const files = [
      path.join(repoRoot, 'README.md'),
      ...SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(repoRoot, dir))),
    ];
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .filter((file) => file !== fileURLToPath(import.meta.url))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            ruleIdRanges(line).map(
              (range) => `${path.relative(repoRoot, file)}:${i + 1}: ${range}`,
            ),
          ),
      );
    expect(found).toEqual([]);
  });
});
