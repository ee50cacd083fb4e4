import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { buildApiSchema, printContract } from '../schema.js';

/** Writes apps/api/schema.graphql from the code (`pnpm --filter @billing/api generate`). */
const target = path.join(REPO_ROOT, 'apps/api/schema.graphql');
await writeFile(target, printContract(await buildApiSchema()));
console.log(`wrote ${path.relative(REPO_ROOT, target)}`);
