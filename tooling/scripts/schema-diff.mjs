#!/usr/bin/env node
// Contract safety for apps/api/schema.graphql (docs/api-contract.md): compares the
// working copy with the base branch's, prints breaking, dangerous and safe changes, and exits 1
// on a breaking change unless it is marked deliberate.
//
//   node tooling/scripts/schema-diff.mjs [--base <git ref>] [--base-file <file>] [--schema <file>]
//                                        [--deliberate <file>] [--repo <dir>]
//
// - Base: `git show <ref>:apps/api/schema.graphql`, ref from --base, else $SCHEMA_DIFF_BASE, else
//   `main` (then `origin/main`). No such ref, no git, or no schema there (first commit): passes
//   with a note. --base-file compares with a file instead (tests, ad-hoc checks).
// - Breaking and dangerous: graphql's findBreakingChanges / findDangerousChanges. Safe: added
//   types, fields, optional arguments and optional input fields (our own diff; graphql-js counts
//   optional arguments and input fields as "dangerous", we list them as safe).
// - Deliberate: a breaking change passes when apps/api/schema-changes.deliberate.json lists its
//   exact description with a reason, reviewed with the change in the same diff:
//     { "changes": [{ "change": "Account.verificationNote was removed.", "reason": "…" }] }
//   Entries that no longer match anything are reported so they can be deleted after merging.
// Exit codes: 0 no unmarked breaking change, 1 unmarked breaking change, 2 usage or input error.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMA = 'apps/api/schema.graphql';
const DELIBERATE = 'apps/api/schema-changes.deliberate.json';
const here = path.dirname(fileURLToPath(import.meta.url));

/** graphql is a dependency of the packages that run this script, not of the repository root. */
function loadGraphQL(repo) {
  const bases = [
    path.join(process.cwd(), 'package.json'),
    path.join(repo, 'packages/sdk/package.json'),
    path.join(repo, 'apps/api/package.json'),
  ];
  for (const base of bases) {
    try {
      return createRequire(base)('graphql');
    } catch {
      // try the next package
    }
  }
  throw new Error(
    'Cannot find the "graphql" package: run this script from a package that depends on it',
  );
}

function parseArgs(argv) {
  const options = {};
  const names = {
    '--base': 'base',
    '--base-file': 'baseFile',
    '--schema': 'schema',
    '--deliberate': 'deliberate',
    '--repo': 'repo',
  };
  for (let i = 0; i < argv.length; i++) {
    const name = names[argv[i]];
    if (!name || argv[i + 1] === undefined)
      throw new UsageError(`Unknown or incomplete option: ${argv[i]}`);
    options[name] = argv[++i];
  }
  return options;
}

class UsageError extends Error {}

function git(repo, args) {
  return execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The base schema text and a label, or `{ note }` when there is nothing to compare with. */
function readBase(repo, options) {
  if (options.baseFile)
    return { text: readFileSync(options.baseFile, 'utf8'), label: options.baseFile };
  const explicit = options.base ?? process.env.SCHEMA_DIFF_BASE;
  const refs = explicit ? [explicit] : ['main', 'origin/main'];
  let ref;
  for (const candidate of refs) {
    try {
      git(repo, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
      ref = candidate;
      break;
    } catch {
      // not a commit here
    }
  }
  if (!ref)
    return {
      note: `no ${refs.join(' or ')} branch to compare with (or not a git repository): nothing to check`,
    };
  try {
    return { text: git(repo, ['show', `${ref}:${SCHEMA}`]), label: `${ref}:${SCHEMA}` };
  } catch {
    return { note: `${SCHEMA} does not exist on ${ref} yet (first commit): nothing to check` };
  }
}

function readDeliberate(file) {
  if (!existsSync(file)) return [];
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${error.message}`);
  }
  const changes = parsed?.changes;
  if (
    !Array.isArray(changes) ||
    changes.some(
      (c) => typeof c?.change !== 'string' || typeof c?.reason !== 'string' || !c.reason.trim(),
    )
  ) {
    throw new UsageError(
      `${file} must be { "changes": [{ "change": "<description as printed>", "reason": "<why>" }] }`,
    );
  }
  return changes;
}

/** Additions that cannot break a client: new types, fields, optional arguments and input fields. */
export function safeChanges(graphql, oldSchema, newSchema) {
  const {
    isObjectType,
    isInterfaceType,
    isInputObjectType,
    isRequiredArgument,
    isRequiredInputField,
  } = graphql;
  const changes = [];
  const oldTypes = oldSchema.getTypeMap();
  for (const [name, type] of Object.entries(newSchema.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const before = oldTypes[name];
    if (!before) {
      changes.push({ type: 'TYPE_ADDED', description: `${name} was added.` });
      continue;
    }
    if (
      (isObjectType(type) || isInterfaceType(type)) &&
      (isObjectType(before) || isInterfaceType(before))
    ) {
      const oldFields = before.getFields();
      for (const field of Object.values(type.getFields())) {
        const oldField = oldFields[field.name];
        if (!oldField) {
          changes.push({ type: 'FIELD_ADDED', description: `${name}.${field.name} was added.` });
          continue;
        }
        for (const arg of field.args) {
          if (!oldField.args.some((a) => a.name === arg.name) && !isRequiredArgument(arg)) {
            changes.push({
              type: 'OPTIONAL_ARG_ADDED',
              description: `An optional arg ${arg.name} on ${name}.${field.name} was added.`,
            });
          }
        }
      }
    }
    if (isInputObjectType(type) && isInputObjectType(before)) {
      const oldFields = before.getFields();
      for (const field of Object.values(type.getFields())) {
        if (!oldFields[field.name] && !isRequiredInputField(field)) {
          changes.push({
            type: 'OPTIONAL_INPUT_FIELD_ADDED',
            description: `An optional field ${field.name} on input type ${name} was added.`,
          });
        }
      }
    }
  }
  return changes;
}

/** The three lists and which breaking changes are deliberate; pure, for tests. */
export function diffSchemas(graphql, oldText, newText, deliberate = []) {
  const oldSchema = graphql.buildSchema(oldText);
  const newSchema = graphql.buildSchema(newText);
  const safe = safeChanges(graphql, oldSchema, newSchema);
  const listedAsSafe = new Set(['OPTIONAL_ARG_ADDED', 'OPTIONAL_INPUT_FIELD_ADDED']);
  const dangerous = graphql
    .findDangerousChanges(oldSchema, newSchema)
    .filter((c) => !listedAsSafe.has(c.type));
  const breaking = graphql.findBreakingChanges(oldSchema, newSchema).map((c) => {
    const mark = deliberate.find((d) => d.change === c.description);
    return { type: c.type, description: c.description, deliberate: mark ? mark.reason : null };
  });
  const unused = deliberate.filter((d) => !breaking.some((c) => c.description === d.change));
  return { breaking, dangerous, safe, unused };
}

function report({ breaking, dangerous, safe, unused }, labels, deliberateFile) {
  const lines = [`Schema contract: ${labels.schema} against ${labels.base}`];
  const section = (title, items, render) => {
    lines.push(`${title} (${items.length})${items.length ? ':' : ''}`);
    for (const item of items) lines.push(`  ${render(item)}`);
  };
  section('Breaking changes', breaking, (c) =>
    c.deliberate
      ? `✓ ${c.type}: ${c.description}  [deliberate: ${c.deliberate}]`
      : `✗ ${c.type}: ${c.description}`,
  );
  section('Dangerous changes', dangerous, (c) => `! ${c.type}: ${c.description}`);
  section('Safe changes', safe, (c) => `+ ${c.type}: ${c.description}`);
  for (const d of unused)
    lines.push(
      `note: ${deliberateFile} lists "${d.change}", which is not a breaking change against the base any more: delete it.`,
    );
  const blocking = breaking.filter((c) => !c.deliberate);
  if (blocking.length) {
    lines.push(
      '',
      `${blocking.length} breaking change(s) to the public contract. Other teams build on it: keep the old field or`,
      `argument (deprecate it, add the new one beside it), or, if the break is deliberate and agreed, list it`,
      `in ${deliberateFile} with a reason so the review sees it:`,
      JSON.stringify(
        { changes: blocking.map((c) => ({ change: c.description, reason: '…' })) },
        null,
        2,
      ),
    );
  }
  return { text: lines.join('\n'), ok: blocking.length === 0 };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const repo = path.resolve(options.repo ?? path.resolve(here, '../..'));
  const schemaFile = path.resolve(repo, options.schema ?? SCHEMA);
  const deliberateFile = path.resolve(repo, options.deliberate ?? DELIBERATE);
  if (!existsSync(schemaFile)) throw new UsageError(`No schema at ${schemaFile}`);
  const graphql = loadGraphQL(repo);
  const base = readBase(repo, options);
  if (base.note) {
    console.log(`Schema contract: ${base.note}.`);
    return 0;
  }
  const result = diffSchemas(
    graphql,
    base.text,
    readFileSync(schemaFile, 'utf8'),
    readDeliberate(deliberateFile),
  );
  const rel = (file) => path.relative(repo, file) || file;
  const { text, ok } = report(
    result,
    { schema: rel(schemaFile), base: base.label },
    rel(deliberateFile),
  );
  (ok ? console.log : console.error)(text);
  return ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`schema-diff: ${error.message}`);
    process.exitCode = 2;
  }
}
