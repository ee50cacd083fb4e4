#!/usr/bin/env node
// Keeps README.md's code examples identical to examples/*.ts, which the tests run against the
// real API. A block follows its marker: <!-- example: examples/quick-start.ts --> then ```ts.
// `--check` fails when README.md differs (drift check); without it README.md is rewritten.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sdkRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const README = path.join(sdkRoot, 'README.md');
const BLOCK = /(<!-- example: (\S+) -->\n```ts\n)([\s\S]*?)(```)/g;

/** README.md with every marked block replaced by its example file, and the files it embeds. */
export async function embedExamples(readme) {
  const files = [...readme.matchAll(BLOCK)].map((m) => m[2]);
  const contents = new Map();
  for (const file of files) contents.set(file, await readFile(path.join(sdkRoot, file), 'utf8'));
  return {
    text: readme.replace(
      BLOCK,
      (_all, open, file, _old, close) => `${open}${contents.get(file)}${close}`,
    ),
    files,
  };
}

async function main() {
  const readme = await readFile(README, 'utf8');
  const { text, files } = await embedExamples(readme);
  if (process.argv.includes('--check')) {
    if (text !== readme) {
      console.error(
        'packages/sdk/README.md differs from examples/*.ts: run `pnpm --filter @billing/sdk generate`.',
      );
      process.exit(1);
    }
    console.log(`README.md embeds ${files.length} tested example(s), up to date.`);
    return;
  }
  await writeFile(README, text);
  console.log(`Embedded ${files.join(', ')} in README.md.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
