import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from './explain/rules.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The rules reference, generated from the registry by scripts/rules-doc.mjs and committed. */
const docPath = path.resolve(here, '../../../docs/billing-rules.md');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.ts') && full !== fileURLToPath(import.meta.url) ? [full] : [];
  });
}

/** Titles of `it(…)`, `test(…)` and `describe(…)` (skipped tests do not count). */
function testTitles(): string[] {
  const title = /\b(?:it|test|describe)\(\s*(['"`])((?:\\.|(?!\1)[\s\S])*?)\1/g;
  return testFiles(here).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(title)].map((m) => m[2] ?? ''),
  );
}

function named(titles: readonly string[], id: string): boolean {
  const pattern = new RegExp(`(^|[^A-Z0-9-])${id.replace(/-/g, '\\-')}(?![A-Z0-9-]*[A-Z0-9])`);
  return titles.some((t) => pattern.test(t));
}

describe('rule coverage', () => {
  const registry = Object.keys(RULES).sort();

  it('the rule registry lists exactly the rules defined in docs/billing-rules.md', () => {
    const doc = readFileSync(docPath, 'utf8');
    const defined = [
      ...new Set([...doc.matchAll(/^#{2,4} (R-[A-Z0-9]+(?:-[A-Z0-9]+)*)\s*$/gm)].map((m) => m[1]!)),
    ].sort();
    expect(defined.length).toBeGreaterThan(60);
    expect(registry).toEqual(defined);
  });

  it('every rule id has at least one test naming it in its title', () => {
    const titles = testTitles();
    const missing = registry.filter((id) => !named(titles, id));
    expect(missing, `rules with no test naming them: ${missing.join(', ')}`).toEqual([]);
  });

  it('the coverage check itself tells R-LEGACY-1 from R-LEGACY-10 and ignores unrelated text', () => {
    expect(named(['R-LEGACY-10 something'], 'R-LEGACY-1')).toBe(false);
    expect(named(['R-LEGACY-1: first renewal'], 'R-LEGACY-1')).toBe(true);
    expect(named(['(R-SEAT-3, R-SEAT-4)'], 'R-SEAT-4')).toBe(true);
    expect(named(['no rule here'], 'R-SEAT-4')).toBe(false);
  });
});
