// The import boundary of packages/domain: proven by linting real snippets with the real config.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

async function domainErrors(code, file = 'packages/domain/src/pricing/example.ts') {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
}

test('importing typeorm from packages/domain fails lint', async () => {
  assert.deepEqual(
    await domainErrors("import { Entity } from 'typeorm';\nexport const e = Entity;\n"),
    ['no-restricted-imports'],
  );
});

test('frameworks, drivers and node built-ins are refused in the domain', async () => {
  for (const name of ['type-graphql', 'pg', 'react', '@apollo/server', 'node:fs', 'graphql']) {
    assert.deepEqual(
      await domainErrors(`import * as m from '${name}';\nexport const x = m;\n`),
      ['no-restricted-imports'],
      name,
    );
  }
});

test('reading the clock or the environment fails lint in the domain', async () => {
  assert.deepEqual(await domainErrors('export const now = Date.now();\n'), [
    'no-restricted-properties',
  ]);
  assert.deepEqual(await domainErrors('export const today = new Date();\n'), [
    'no-restricted-syntax',
  ]);
  assert.deepEqual(await domainErrors('export const url = process.env.DATABASE_URL;\n'), [
    'no-restricted-globals',
  ]);
});

test('the same code is allowed outside the domain', async () => {
  const [result] = await eslint.lintText(
    "import { Entity } from 'typeorm';\nexport const e = Entity;\nexport const now = Date.now();\n",
    {
      filePath: path.join(root, 'apps/api/src/example.ts'),
    },
  );
  assert.equal(result.messages.filter((m) => m.severity === 2).length, 0);
});
