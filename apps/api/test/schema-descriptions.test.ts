import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/schema.js';

/**
 * Schema elements allowed to go without a description, by schema coordinate: none. Should one
 * ever be needed, the list can only shrink: an element listed here that has a description, or
 * that no longer exists, fails the test too.
 */
const UNDESCRIBED_AUTH_ELEMENTS: readonly string[] = [];

/**
 * Every element of the schema a playground or an SDK user sees documented, with its
 * description: types (but not introspection types and built-in scalars), their fields, arguments,
 * enum values and input fields. `Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`,
 * `Input.field`.
 */
export function describedElements(schema: GraphQLSchema): Map<string, string | null | undefined> {
  const elements = new Map<string, string | null | undefined>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    elements.set(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        elements.set(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args)
          elements.set(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        elements.set(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues())
        elements.set(`${type.name}.${value.name}`, value.description);
    }
  }
  return elements;
}

const described = (text: string | null | undefined): boolean => (text ?? '').trim().length > 0;

/** What is wrong with a schema's descriptions, one line per element (empty: nothing). */
export function descriptionProblems(
  schema: GraphQLSchema,
  exceptions: readonly string[] = UNDESCRIBED_AUTH_ELEMENTS,
): string[] {
  const elements = describedElements(schema);
  const excepted = new Set(exceptions);
  const problems: string[] = [];
  for (const [coordinate, description] of elements) {
    if (!described(description) && !excepted.has(coordinate))
      problems.push(`${coordinate} has no description`);
  }
  for (const coordinate of exceptions) {
    if (!elements.has(coordinate))
      problems.push(
        `${coordinate} is in the exception list but not in the schema: delete its line`,
      );
    else if (described(elements.get(coordinate)))
      problems.push(`${coordinate} has a description now: delete its line from the exception list`);
  }
  return problems.sort();
}

/**
 * Rule ids cited as a range or a list of numbers (an id followed by `..`, `…`, `–` or `/` and
 * another number) instead of each id in full (`R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4`).
 */
const RULE_ID_RANGE = /R-[A-Z]+-\d+\s*(?:\.\.|…|–|\/)\s*\d+/g;

/** Every description of the schema that cites a range of rule ids, with the range (empty: none). */
export function ruleIdRangeProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const [coordinate, description] of describedElements(schema))
    for (const [range] of (description ?? '').matchAll(RULE_ID_RANGE))
      problems.push(`${coordinate} cites ${range}: write each rule id in full`);
  return problems.sort();
}

describe('every element of the public schema has a description', () => {
  it('the schema the code builds: every type, field, argument, enum value and input field', async () => {
    expect(descriptionProblems(await buildApiSchema())).toEqual([]);
  });

  it('the committed apps/api/schema.graphql, as graphql-js reads it', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(descriptionProblems(buildSchema(committed))).toEqual([]);
  });

  it('the check finds every kind of undescribed element and every stale exception', () => {
    const schema = buildSchema(`
      """A type."""
      type Query {
        """A field."""
        a(x: Int): E
        b: Int
        """A field."""
        c(
          """An argument."""
          y: Int
        ): In
      }
      enum E {
        """A value."""
        ONE
        TWO
      }
      """An input."""
      input In {
        z: Int
        """An input field."""
        w: Int
      }
      scalar S
      """Described."""
      interface I {
        """ """
        id: ID
      }
    `);
    expect(descriptionProblems(schema, ['E', 'In.w', 'Gone'])).toEqual([
      'E.TWO has no description',
      'Gone is in the exception list but not in the schema: delete its line',
      'I.id has no description',
      'In.w has a description now: delete its line from the exception list',
      'In.z has no description',
      'Query.a(x:) has no description',
      'Query.b has no description',
      'S has no description',
    ]);
  });
});

describe('schema descriptions write every rule id in full, never a range', () => {
  it('the schema the code builds', async () => {
    expect(ruleIdRangeProblems(await buildApiSchema())).toEqual([]);
  });

  it('the committed apps/api/schema.graphql, as graphql-js reads it', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(ruleIdRangeProblems(buildSchema(committed))).toEqual([]);
  });

  it('the check finds a range or a list of numbers and lets ids written in full pass', () => {
    // The ranges are put together here (`~` stands for the separator) so that the
    // repository-wide check of packages/domain/src/rule-citations.test.ts does not find them.
    const range = (text: string, separator: string): string => text.replace('~', separator);
    const schema = buildSchema(`
      """A type (${range('R-SEAT-1~4', '..')})."""
      type Query {
        """A field (${range('R-LIFE-1~6', '…')})."""
        a(
          """An argument (${range('R-MIG-1~2', '/')}/4)."""
          x: Int
        ): E
        """A field (R-SEAT-1, R-SEAT-2, R-REF-7DAY, R-OPEN-5 / R-NUM-1, 400/800)."""
        b: Int
      }
      """An enum."""
      enum E {
        """A value (${range('R-INV-1~3', '–')})."""
        ONE
      }
    `);
    expect(ruleIdRangeProblems(schema)).toEqual([
      `E.ONE cites ${range('R-INV-1~3', '–')}: write each rule id in full`,
      `Query cites ${range('R-SEAT-1~4', '..')}: write each rule id in full`,
      `Query.a cites ${range('R-LIFE-1~6', '…')}: write each rule id in full`,
      `Query.a(x:) cites ${range('R-MIG-1~2', '/')}: write each rule id in full`,
    ]);
  });
});
