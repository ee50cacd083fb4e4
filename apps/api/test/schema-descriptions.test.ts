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
