import { describe, expect, it } from 'vitest';
import { RULE_CONVENTIONS, RULE_REFERENCE, RULE_SECTIONS } from './rule-reference.js';
import { RULES } from './rules.js';

describe('the rules reference (docs/billing-rules.md is rendered from it)', () => {
  const entries = Object.entries(RULE_REFERENCE);

  it('covers exactly the rules of the registry, in the sections of the reference', () => {
    expect(Object.keys(RULE_REFERENCE).sort()).toEqual(Object.keys(RULES).sort());
    for (const [, entry] of entries) expect(RULE_SECTIONS).toContain(entry.section);
    const used = new Set(entries.map(([, entry]) => entry.section));
    expect(RULE_SECTIONS.filter((section) => !used.has(section))).toEqual([]);
  });

  it('lists the sections in the order of the registry, each rule under one heading', () => {
    const order = Object.keys(RULES).map((id) =>
      RULE_SECTIONS.indexOf(RULE_REFERENCE[id as keyof typeof RULES].section),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('says what every rule decides and gives a worked example with figures, as full sentences', () => {
    for (const [id, { decides, example }] of entries) {
      expect(decides.trim(), id).toMatch(/^[A-Z"`(].*[.)]$/s);
      expect(example.trim(), id).toMatch(/^[A-Z0-9"`(].*[.)]$/s);
      expect(example, id).toMatch(/\d/);
    }
    expect(RULE_CONVENTIONS.length).toBeGreaterThan(0);
  });

  it('points at nothing outside the repository', () => {
    const text = JSON.stringify({ RULE_CONVENTIONS, RULE_REFERENCE });
    expect(text).not.toMatch(/\.\.\/|shared\/spec/);
  });
});
