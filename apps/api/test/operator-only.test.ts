import {
  buildSchema,
  DirectiveLocation,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema, isOperatorOnly } from '../src/schema.js';

/**
 * `@operatorOnly` marks what only operators may read or call (the SDK's generator leaves such
 * nested fields out of the shared documents), and the descriptions say it in words: "(operators)",
 * "(operators; …)", "operators only". The two must agree, in the code's schema and in the
 * committed apps/api/schema.graphql, so neither can drift. That marked root fields answer
 * FORBIDDEN to customers is checked by test/authorization-matrix.test.ts.
 */
const SAYS_OPERATORS = /\(operators[;)]|\boperators only\b/i;

function fieldsOf(schema: GraphQLSchema): Array<[string, GraphQLField<unknown, unknown>]> {
  const fields: Array<[string, GraphQLField<unknown, unknown>]> = [];
  for (const type of Object.values(schema.getTypeMap()))
    if (!isIntrospectionType(type) && (isObjectType(type) || isInterfaceType(type)))
      for (const field of Object.values(type.getFields()))
        fields.push([`${type.name}.${field.name}`, field]);
  return fields.sort(([a], [b]) => a.localeCompare(b));
}

/** What disagrees: a field whose description and directive do not say the same thing. */
function disagreements(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const [coordinate, field] of fieldsOf(schema)) {
    const says = SAYS_OPERATORS.test(field.description ?? '');
    const marked = isOperatorOnly(field);
    if (says && !marked)
      problems.push(`${coordinate}: its description says operators, but it is not @operatorOnly`);
    if (marked && !says)
      problems.push(
        `${coordinate}: it is @operatorOnly, but its description does not say operators`,
      );
  }
  return problems;
}

const marked = (schema: GraphQLSchema): string[] =>
  fieldsOf(schema)
    .filter(([, field]) => isOperatorOnly(field))
    .map(([coordinate]) => coordinate);

let built: GraphQLSchema;
let committed: GraphQLSchema;

beforeAll(async () => {
  built = await buildApiSchema();
  committed = buildSchema(await readFile(new URL('../schema.graphql', import.meta.url), 'utf8'));
});

describe('@operatorOnly', () => {
  it('is declared on field definitions, in the code and in apps/api/schema.graphql', () => {
    for (const schema of [built, committed]) {
      const directive = schema.getDirective('operatorOnly');
      expect(directive?.locations).toEqual([DirectiveLocation.FIELD_DEFINITION]);
      expect(directive?.description).toMatch(/operators.*FORBIDDEN/);
    }
  });

  it('agrees with the descriptions in the schema the code builds', () => {
    expect(disagreements(built)).toEqual([]);
  });

  it('agrees with the descriptions in the committed apps/api/schema.graphql', () => {
    expect(disagreements(committed)).toEqual([]);
  });

  it('marks the same fields in the code and in apps/api/schema.graphql, root fields included', () => {
    const fields = marked(built);
    expect(marked(committed)).toEqual(fields);
    for (const coordinate of ['Query.auditLog', 'Mutation.createAccount', 'Account.auditLog'])
      expect(fields).toContain(coordinate);
  });

  it('would see a disagreement (control)', () => {
    const field = committed.getQueryType()!.getFields().auditLog!;
    const astNode = field.astNode!;
    try {
      field.astNode = { ...astNode, directives: [] };
      expect(disagreements(committed)).toEqual([
        'Query.auditLog: its description says operators, but it is not @operatorOnly',
      ]);
    } finally {
      field.astNode = astNode;
    }
  });
});
