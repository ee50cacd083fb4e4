// schema-diff.mjs on fixture schemas, run as a process the way `check` runs it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema-diff.mjs');
const root = path.resolve(path.dirname(script), '../..');
const dirs = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const BASE = `
type Query {
  account(id: ID!): Account
  accounts(first: Int): [Account!]!
}
type Account {
  id: ID!
  name: String!
  verificationNote: String
}
type Mutation {
  payOrder(input: PayOrderInput!): Account
}
input PayOrderInput {
  orderId: ID!
  amount: String!
}
`;

function tempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schema-diff-'));
  dirs.push(dir);
  return dir;
}

/** Runs the script on `base` → `next`, optionally with a deliberate file; graphql comes from packages/sdk. */
function diff(next, deliberate, base = BASE) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'base.graphql'), base);
  writeFileSync(path.join(dir, 'next.graphql'), next);
  const args = [
    script,
    '--base-file',
    path.join(dir, 'base.graphql'),
    '--schema',
    path.join(dir, 'next.graphql'),
  ];
  args.push('--deliberate', path.join(dir, 'deliberate.json'));
  if (deliberate) writeFileSync(path.join(dir, 'deliberate.json'), JSON.stringify(deliberate));
  const run = spawnSync(process.execPath, args, {
    cwd: path.join(root, 'packages/sdk'),
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

test('a removed field is breaking: exit 1, and the report says how to mark it deliberate', () => {
  const { status, output } = diff(BASE.replace('  verificationNote: String\n', ''));
  assert.equal(status, 1, output);
  assert.match(output, /✗ FIELD_REMOVED: Account\.verificationNote was removed\./);
  assert.match(output, /"change": "Account\.verificationNote was removed\."/);
});

test('a new required argument is breaking', () => {
  const { status, output } = diff(
    BASE.replace('account(id: ID!)', 'account(id: ID!, asOf: String!)'),
  );
  assert.equal(status, 1, output);
  assert.match(output, /✗ REQUIRED_ARG_ADDED: A required arg asOf on Query\.account was added\./);
});

test('a changed field type and a new required input field are breaking', () => {
  const { status, output } = diff(
    BASE.replace('name: String!', 'name: Int!').replace(
      'amount: String!',
      'amount: String!\n  idempotencyKey: String!',
    ),
  );
  assert.equal(status, 1, output);
  assert.match(output, /FIELD_CHANGED_KIND: Account\.name changed type from String! to Int!/);
  assert.match(output, /REQUIRED_INPUT_FIELD_ADDED/);
});

test('new optional fields, arguments, input fields and types are safe: exit 0', () => {
  const next = BASE.replace('  name: String!\n', '  name: String!\n  balance: String\n')
    .replace('accounts(first: Int)', 'accounts(first: Int, after: String)')
    .replace('amount: String!\n', 'amount: String!\n  note: String\n')
    .concat('\ntype Quote { total: String }\n');
  const { status, output } = diff(next);
  assert.equal(status, 0, output);
  assert.match(output, /Breaking changes \(0\)/);
  assert.match(output, /\+ FIELD_ADDED: Account\.balance was added\./);
  assert.match(
    output,
    /\+ OPTIONAL_ARG_ADDED: An optional arg after on Query\.accounts was added\./,
  );
  assert.match(
    output,
    /\+ OPTIONAL_INPUT_FIELD_ADDED: An optional field note on input type PayOrderInput was added\./,
  );
  assert.match(output, /\+ TYPE_ADDED: Quote was added\./);
  assert.match(output, /Dangerous changes \(0\)/);
});

test('an enum value added is dangerous, not breaking', () => {
  const withRole = (values) =>
    `${BASE}\nenum Role { ${values} }\n`.replace('name: String!', 'name: String!\n  role: Role');
  const { status, output } = diff(withRole('OPERATOR AUDITOR'), undefined, withRole('OPERATOR'));
  assert.equal(status, 0, output);
  assert.match(output, /! VALUE_ADDED_TO_ENUM: AUDITOR was added to enum type Role\./);
  assert.match(output, /Breaking changes \(0\)/);
});

test('a breaking change marked deliberate (with a reason) passes; a stale mark is reported', () => {
  const { status, output } = diff(BASE.replace('  verificationNote: String\n', ''), {
    changes: [
      {
        change: 'Account.verificationNote was removed.',
        reason: 'Moved to Verification.note; agreed with the web team',
      },
      { change: 'Query.gone was removed.', reason: 'old' },
    ],
  });
  assert.equal(status, 0, output);
  assert.match(
    output,
    /✓ FIELD_REMOVED: Account\.verificationNote was removed\.\s+\[deliberate: Moved to Verification\.note/,
  );
  assert.match(output, /lists "Query\.gone was removed\.", which is not a breaking change/);
});

test('a deliberate file without reasons is refused (exit 2)', () => {
  const { status, output } = diff(BASE, {
    changes: [{ change: 'Account.verificationNote was removed.' }],
  });
  assert.equal(status, 2, output);
  assert.match(output, /reason/);
});

test('against git: no main branch, or no schema on it (first commit), passes with a note', () => {
  const repo = tempDir();
  const git = (...args) =>
    execFileSync(
      'git',
      [
        '-C',
        repo,
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@t',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'core.hooksPath=/dev/null',
        ...args,
      ],
      { encoding: 'utf8' },
    );
  git('init', '--quiet', '--initial-branch=main');
  mkdirSync(path.join(repo, 'apps/api'), { recursive: true });
  writeFileSync(path.join(repo, 'apps/api/schema.graphql'), BASE);
  const run = () =>
    spawnSync(process.execPath, [script, '--repo', repo], {
      cwd: path.join(root, 'packages/sdk'),
      encoding: 'utf8',
    });

  let result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /no main or origin\/main branch/);

  writeFileSync(path.join(repo, 'README.md'), 'first\n');
  git('add', 'README.md');
  git('commit', '--quiet', '-m', 'first');
  result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /does not exist on main yet/);

  git('add', 'apps/api/schema.graphql');
  git('commit', '--quiet', '-m', 'schema');
  writeFileSync(
    path.join(repo, 'apps/api/schema.graphql'),
    BASE.replace('  verificationNote: String\n', ''),
  );
  result = run();
  assert.equal(result.status, 1, result.stdout);
  assert.match(result.stderr, /against main:apps\/api\/schema\.graphql/);
  assert.match(result.stderr, /FIELD_REMOVED/);
});
