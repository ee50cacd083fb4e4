import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, printContract } from '../src/schema.js';

describe('schema.graphql is the contract', () => {
  it('the committed apps/api/schema.graphql equals what the code emits (run `pnpm --filter @billing/api generate`)', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(printContract(await buildApiSchema())).toBe(committed);
  });
});
