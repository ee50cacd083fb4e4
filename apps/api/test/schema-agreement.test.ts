import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MIGRATIONS, createDataSource } from '../src/db/data-source.js';

/**
 * Issue 15, part 6: the entities say what the migrations build. On the test run's freshly
 * migrated database, what TypeORM would generate as a new migration from the entities
 * (`migration:generate`, i.e. the schema builder's log) is nothing: every column, CHECK,
 * UNIQUE, foreign key and index the migrations create is declared on its entity under its
 * database name (indexes TypeORM cannot describe — expressions, operator classes — as
 * `@Index(name, { synchronize: false })`), and every `seq` as the identity column it is
 * (`@Generated('increment')` with `generatedIdentity: 'ALWAYS'`; otherwise TypeORM would take it
 * for changed and drop every index that contains it). Tables without an entity (catalog, journal,
 * webhooks, …) are the migrations' alone: the schema builder never looks at them.
 */

let db: DataSource;
beforeAll(async () => {
  db = await createDataSource(inject('databaseUrl')).initialize();
});
afterAll(async () => {
  await db.destroy();
});

const MIGRATIONS_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'db',
  'migrations',
);

describe('entities and migrations', () => {
  it('agree: a migration generated from the entities would be empty', async () => {
    const { upQueries } = await db.driver.createSchemaBuilder().log();
    const queries = upQueries.map(({ query }) => query.trim());
    expect(
      queries,
      `The entities and the migrations disagree: generating a migration from the entities would run\n${queries.join(';\n')}\n` +
        'Declare on the entity what the migrations create (@Check, @Unique, @Index, @ForeignKey, columns, with their database names), or write the migration the entity change needs.',
    ).toEqual([]);
  });
});

describe('migrations', () => {
  const timestamp = (name: string) => Number(name.slice(-13));

  it('are registered in the order of their numbers', () => {
    const names = MIGRATIONS.map((migration) => migration.name);
    const outOfOrder = names.filter(
      (name, i) => i > 0 && timestamp(name) <= timestamp(names[i - 1]!),
    );
    expect(
      outOfOrder,
      `registered after a higher or equal number: ${outOfOrder.join(', ')}`,
    ).toEqual([]);
  });

  it('are each registered once, named after their file: the class name ends with the file’s number', async () => {
    const files = (await readdir(MIGRATIONS_DIR)).filter((file) => /\.ts$/.test(file)).sort();
    const byClass = new Map<unknown, string>();
    for (const file of files) {
      const module = (await import(path.join(MIGRATIONS_DIR, file))) as Record<string, unknown>;
      for (const exported of Object.values(module)) byClass.set(exported, file);
    }
    const problems: string[] = [];
    for (const migration of MIGRATIONS) {
      const file = byClass.get(migration);
      const number = file?.match(/^(\d{13})-/)?.[1];
      if (!file) problems.push(`${migration.name}: not exported by a file of src/db/migrations`);
      else if (!number)
        problems.push(`${file}: the file name does not start with a 13-digit number`);
      else if (!migration.name.endsWith(number))
        problems.push(`${migration.name} (in ${file}): the class name does not end with ${number}`);
      // TypeORM records (and takes the number from) an instance's `name` when it has one.
      const recorded = (new migration() as { name?: string }).name ?? migration.name;
      if (recorded !== migration.name)
        problems.push(`${migration.name}: its \`name\` is ${recorded}, not its class name`);
    }
    for (const [i, migration] of MIGRATIONS.entries())
      if (MIGRATIONS.indexOf(migration) !== i) problems.push(`${migration.name}: registered twice`);
    const registered = new Set(MIGRATIONS.map((migration) => byClass.get(migration)));
    for (const file of files)
      if (!registered.has(file)) problems.push(`${file}: not registered in data-source.ts`);
    expect(problems).toEqual([]);
  });
});
