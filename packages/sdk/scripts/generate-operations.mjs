#!/usr/bin/env node
// Generates one document and one client method per root field of apps/api/schema.graphql:
//   src/operations/generated.graphql  the documents (graphql-codegen's client preset types them)
//   src/operations/generated.ts       the method table and the BillingOperations interface
// `--check` regenerates in memory and fails when the committed files differ (drift check).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  astFromValue,
  Lexer,
  OperationTypeNode,
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  print,
  Source,
  TokenKind,
  validate,
} from 'graphql';

const here = path.dirname(fileURLToPath(import.meta.url));
const sdkRoot = path.resolve(here, '..');
export const SCHEMA_PATH = path.resolve(sdkRoot, '../../apps/api/schema.graphql');
export const DOCUMENTS_PATH = path.join(sdkRoot, 'src/operations/generated.graphql');
export const TABLE_PATH = path.join(sdkRoot, 'src/operations/generated.ts');

/**
 * How far a document reaches. Objects with an `id: ID!` are entities: the entity a root field
 * returns (directly, in a payload or in a connection) is level 1 and is selected in full, the
 * entities it points at (level 2) with their own fields and values, and anything further is
 * only referenced by `{ id }`. Connections (pages of orders, payments…) are selected only when
 * the root field returns the connection itself or returns one entity directly (`account(id)`),
 * so payloads and lists stay light. Value objects (Money, LineItem, RuleRef, PageInfo…) are
 * always selected in full, bounded by MAX_DEPTH and by never re-entering a type on the path.
 */
const MAX_ENTITY_LEVEL = 2;
const MAX_DEPTH = 8;
/** Budgets well inside the API's graphql-armor limits (3 000 tokens, cost 20 000, depth 12). */
export const BUDGET = { tokens: 1500, cost: 10_000, depth: 10 };

/**
 * The schema marks what only operators may read or call with the `@operatorOnly` directive on the
 * field's definition. Such nested fields are left out: the documents are shared by every role, and
 * a customer selecting one gets FORBIDDEN (with a null that may spread up to the whole object).
 * Operators read them through their own root fields (`auditLog`…) or `client.request`.
 */
const operatorsOnly = (f) =>
  f.astNode?.directives?.some((directive) => directive.name.value === 'operatorOnly') ?? false;

/**
 * A payload field whose description says "Always set when `userErrors` is empty" is present and
 * non-null whenever the mutation succeeds: its method's `BillingResult` types it without null (and
 * the client checks it at run time).
 */
const GUARANTEED = /\bAlways set when `userErrors` is empty\b/;

/** Client methods that a root field may not shadow. */
const RESERVED = new Set(['request']);

const field = (name, selections, args = []) => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  arguments: args,
  ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
});

const isEntity = (type) => {
  const id = type.getFields().id;
  return Boolean(id && isNonNullType(id.type) && getNamedType(id.type).name === 'ID');
};
const isConnection = (type) =>
  isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
const isListy = (type) => isListType(getNullableType(type));
const hasRequiredArgs = (f) =>
  f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** The selection set of `type`, or null when nothing sensible can be selected. */
function selectionsOf(type, ctx) {
  if (isScalarType(type) || isEnumType(type)) return null;
  if (isUnionType(type) || isInterfaceType(type)) {
    const leaves = isInterfaceType(type)
      ? Object.values(type.getFields()).filter(
          (f) => !hasRequiredArgs(f) && isLeaf(getNamedType(f.type)),
        )
      : [];
    return [field('__typename'), ...leaves.map((f) => field(f.name))];
  }
  const selections = [];
  for (const f of Object.values(type.getFields())) {
    if (hasRequiredArgs(f) || f.deprecationReason || operatorsOnly(f)) continue;
    const named = getNamedType(f.type);
    if (isLeaf(named)) {
      selections.push(field(f.name));
      continue;
    }
    const inner = selectionsForField(f, named, ctx);
    if (inner?.length) selections.push(field(f.name, inner));
  }
  return selections;
}

const isLeaf = (type) => isScalarType(type) || isEnumType(type);
const ref = () => [field('id')];

function selectionsForField(f, named, ctx) {
  if (ctx.depth + 1 > MAX_DEPTH) return null;
  const next = { ...ctx, depth: ctx.depth + 1, path: [...ctx.path, named.name], rootEntity: false };
  if (isUnionType(named) || isInterfaceType(named)) return selectionsOf(named, next);
  if (isConnection(named)) {
    if (!(ctx.depth === 0 || ctx.rootEntity)) return null;
    return selectionsOf(named, { ...next, rootEntity: false, inList: true });
  }
  if (isEntity(named)) {
    const level = ctx.entityLevel + 1;
    if (level > MAX_ENTITY_LEVEL || ctx.path.includes(named.name)) return ref();
    const inList = ctx.inList || isListy(f.type);
    return selectionsOf(named, {
      ...next,
      entityLevel: level,
      inList,
      rootEntity: ctx.depth === 0 && !inList,
    });
  }
  if (ctx.path.includes(named.name)) return null; // a value type re-entering itself
  return selectionsOf(named, { ...next, rootEntity: false, inList: ctx.inList || isListy(f.type) });
}

const pascal = (name) => name[0].toUpperCase() + name.slice(1);

/** Everything the generator derives from one root field. */
function describeOperation(schema, operation, rootField) {
  const args = rootField.args;
  const variableDefinitions = args.map((a) => ({
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: a.name } },
    type: parse(`query($x: ${a.type.toString()}) { __typename }`).definitions[0]
      .variableDefinitions[0].type,
    // An argument with a default keeps it, so the variable stays optional for the caller.
    ...(a.defaultValue === undefined ? {} : { defaultValue: astFromValue(a.defaultValue, a.type) }),
  }));
  const named = getNamedType(rootField.type);
  const selections = isLeaf(named)
    ? undefined
    : selectionsForField(rootField, named, {
        depth: 0,
        entityLevel: 0,
        inList: false,
        rootEntity: false,
        path: [],
      });
  const document = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation,
        name: { kind: Kind.NAME, value: pascal(rootField.name) },
        variableDefinitions,
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [
            field(
              rootField.name,
              selections,
              args.map((a) => ({
                kind: Kind.ARGUMENT,
                name: { kind: Kind.NAME, value: a.name },
                value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: a.name } },
              })),
            ),
          ],
        },
      },
    ],
  };
  const onlyInput = args.length === 1 && args[0].name === 'input';
  const argsMode = args.length === 0 ? 'none' : onlyInput ? 'input' : 'variables';
  const inputType = onlyInput ? getNamedType(args[0].type) : null;
  const idempotencyKey = onlyInput
    ? 'idempotencyKey' in inputType.getFields()
    : args.some((a) => a.name === 'idempotencyKey');
  const required = args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  // Mutations answer with a BillingResult; a query's userErrors (a refused quote, a refund
  // decision) are part of its answer, kept beside the explanation they come with.
  const userErrors =
    operation === OperationTypeNode.MUTATION &&
    isObjectType(named) &&
    'userErrors' in named.getFields();
  // Only fields the document selects can be promised.
  const selected = new Set((selections ?? []).map((s) => s.name.value));
  const guaranteed = userErrors
    ? Object.values(named.getFields())
        .filter((f) => f.name !== 'userErrors' && selected.has(f.name))
        .filter((f) => GUARANTEED.test(f.description ?? ''))
        .map((f) => f.name)
    : [];
  return {
    name: rootField.name,
    operation,
    opName: pascal(rootField.name),
    description: rootField.description ?? null,
    document,
    argsMode,
    inputTypeName: inputType?.name ?? null,
    required,
    idempotencyKey,
    userErrors,
    guaranteed,
    nullable: !isNonNullType(rootField.type),
  };
}

/** graphql-armor's cost (objects 2, scalars 1, ×1.5 per level), tokens and depth of a document. */
export function measure(document) {
  const cost = (node) => {
    if (!node.selectionSet) return 1;
    return node.selectionSet.selections.reduce((sum, child) => sum + 1.5 * cost(child), 2);
  };
  const depth = (node) =>
    node.selectionSet ? 1 + Math.max(...node.selectionSet.selections.map(depth)) : 0;
  const op = document.definitions[0];
  const root = op.selectionSet.selections;
  // Lexer tokens, as graphql-armor's max-tokens counts them.
  const lexer = new Lexer(new Source(print(document)));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return {
    cost: root.reduce((sum, child) => sum + cost(child), 0),
    depth: Math.max(...root.map(depth)),
    tokens,
  };
}

const jsdoc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ').trim()} */\n` : '';

function methodSignature(op) {
  const T = (name) => `T.${name}`;
  const resultField = `${T(op.opName + (op.operation === 'query' ? 'Query' : 'Mutation'))}['${op.name}']`;
  const payload = op.nullable ? `NonNullable<${resultField}>` : resultField;
  const guaranteed = op.guaranteed.length
    ? `, ${op.guaranteed.map((name) => `'${name}'`).join(' | ')}`
    : '';
  const result = op.userErrors
    ? `BillingResult<${payload}${guaranteed}>${op.nullable ? ' | null' : ''}`
    : resultField;
  const varsType = T(
    op.opName + (op.operation === 'query' ? 'QueryVariables' : 'MutationVariables'),
  );
  let params;
  if (op.argsMode === 'none') params = 'options?: CallOptions';
  else {
    let argType = op.argsMode === 'input' ? T(op.inputTypeName) : varsType;
    if (op.idempotencyKey) argType = `WithOptionalIdempotencyKey<${argType}>`;
    const argName = op.argsMode === 'input' ? 'input' : 'variables';
    params = `${argName}${op.required ? '' : '?'}: ${argType}, options?: CallOptions`;
  }
  return `${op.name}(${params}): Promise<${result}>;`;
}

export function generate(schemaSource) {
  const schema = buildSchema(schemaSource);
  const ops = [];
  for (const [operation, type] of [
    [OperationTypeNode.QUERY, schema.getQueryType()],
    [OperationTypeNode.MUTATION, schema.getMutationType()],
  ]) {
    if (!type) continue;
    for (const rootField of Object.values(type.getFields())) {
      if (rootField.deprecationReason) continue;
      ops.push(describeOperation(schema, operation, rootField));
    }
  }
  const seen = new Set();
  for (const op of ops) {
    if (RESERVED.has(op.name) || seen.has(op.name)) {
      throw new Error(
        `The root field "${op.name}" clashes with another client method: rename it or extend RESERVED handling`,
      );
    }
    seen.add(op.name);
    const errors = validate(schema, op.document);
    if (errors.length)
      throw new Error(
        `The generated ${op.opName} document is invalid: ${errors.map((e) => e.message).join('; ')}`,
      );
    const size = measure(op.document);
    for (const key of Object.keys(BUDGET)) {
      if (size[key] > BUDGET[key]) {
        throw new Error(
          `The generated ${op.opName} document exceeds its ${key} budget (${size[key]} > ${BUDGET[key]}): tighten the selection rules`,
        );
      }
    }
  }

  const header = (comment) =>
    `${comment} Generated by packages/sdk/scripts/generate-operations.mjs from apps/api/schema.graphql.\n` +
    `${comment} Do not edit: run \`pnpm --filter @billing/sdk generate\` (checked by \`check\`).\n`;

  const documents = header('#') + '\n' + ops.map((op) => print(op.document)).join('\n\n') + '\n';

  const table = [
    header('//'),
    `import * as documents from '../gql/graphql.js';`,
    `import type * as T from '../gql/graphql.js';`,
    `import type { BillingResult, CallOptions, OperationSpec, WithOptionalIdempotencyKey } from '../operation-types.js';`,
    ``,
    `/** How the client calls each operation: its document, root field, argument and result shape. */`,
    `export const operations = {`,
    ...ops.map(
      (op) =>
        `  ${op.name}: { document: documents.${op.opName}Document, kind: '${op.operation}', field: '${op.name}', args: '${op.argsMode}', idempotencyKey: ${op.idempotencyKey}, userErrors: ${op.userErrors}${op.guaranteed.length ? `, guaranteed: [${op.guaranteed.map((name) => `'${name}'`).join(', ')}]` : ''} },`,
    ),
    `} as const satisfies Record<string, OperationSpec>;`,
    ``,
    `/** One method per Query and Mutation field of the API. */`,
    `export interface BillingOperations {`,
    ops.map((op) => `${jsdoc(op.description)}  ${methodSignature(op)}`).join('\n'),
    `}`,
    ``,
    `export type OperationName = keyof typeof operations;`,
    ``,
  ].join('\n');
  return { documents, table, operations: ops };
}

async function main() {
  const check = process.argv.includes('--check');
  const { documents, table } = generate(await readFile(SCHEMA_PATH, 'utf8'));
  const outputs = [
    [DOCUMENTS_PATH, documents],
    [TABLE_PATH, table],
  ];
  if (check) {
    const stale = [];
    for (const [file, content] of outputs) {
      const committed = await readFile(file, 'utf8').catch(() => null);
      if (committed !== content) stale.push(path.relative(process.cwd(), file));
    }
    if (stale.length) {
      console.error(
        `Stale SDK operations (apps/api/schema.graphql changed): ${stale.join(', ')}.\nRun \`pnpm --filter @billing/sdk generate\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log('SDK operations are up to date with apps/api/schema.graphql.');
    return;
  }
  await mkdir(path.dirname(DOCUMENTS_PATH), { recursive: true });
  for (const [file, content] of outputs) await writeFile(file, content);
  console.log(
    `Wrote ${path.relative(process.cwd(), DOCUMENTS_PATH)} and ${path.relative(process.cwd(), TABLE_PATH)}.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
