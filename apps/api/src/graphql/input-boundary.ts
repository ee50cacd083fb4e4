import { fenParam, msg, renderMessage, type Message } from '@billing/domain';
import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../context.js';
import { badUserInput, userError, UserErrorCode, type UserError } from './user-error.js';

/** The longest string any input field takes (names, notes, reasons, addresses…). */
export const MAX_INPUT_LENGTH = 10_000;
/** Idempotency keys: printable ASCII (space to tilde), 1 to 255 characters. */
const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,255}$/;
// Control characters other than tab, line feed and carriage return, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface InputProblem {
  /** Path of the input field, as in `UserError.field` (without the `input` wrapper). */
  readonly field: string[];
  readonly message: string;
}

/** A problem as found: its message to write in the caller's language. */
interface Problem {
  readonly field: string[];
  readonly text: Message;
}

/** A problem with its message in English. */
function inEnglish(problem: Problem | null): InputProblem | null {
  return problem && { field: problem.field, message: renderMessage(problem.text, 'en') };
}

/**
 * The first string of a request's arguments that cannot be stored or shown safely, or null.
 * Checked before any resolver runs: a NUL byte or a lone UTF-16 surrogate would otherwise reach
 * PostgreSQL (which refuses NUL in text) or a JSON column (which refuses lone surrogates), and
 * surface as an internal error. The message never repeats the value.
 */
export function inputProblem(args: Record<string, unknown>): InputProblem | null {
  return inEnglish(walk(args, []));
}

function walk(value: unknown, path: string[]): Problem | null {
  if (typeof value === 'string') return stringProblem(value, path);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = walk(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = walk(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function stringProblem(text: string, path: string[]): Problem | null {
  const field = path[0] === 'input' ? path.slice(1) : path;
  const fieldName = field.filter((part) => !/^\d+$/.test(part)).at(-1) ?? 'value';
  if (text.includes('\u0000')) return { field, text: msg('api.input.nul', { fieldName }) };
  if (LONE_SURROGATE.test(text)) return { field, text: msg('api.input.surrogate', { fieldName }) };
  if (CONTROL.test(text)) return { field, text: msg('api.input.control', { fieldName }) };
  if (fieldName === 'idempotencyKey' && !IDEMPOTENCY_KEY.test(text))
    return { field, text: msg('api.input.idempotencyKey', { fieldName, length: text.length }) };
  if (text.length > MAX_INPUT_LENGTH)
    return {
      field,
      text: msg('api.input.tooLong', {
        fieldName,
        length: text.length.toLocaleString('en-US'),
        limit: MAX_INPUT_LENGTH.toLocaleString('en-US'),
      }),
    };
  return null;
}

/**
 * The first `Decimal` of a request above `maxFen` (a top-up, payment, price or bill line), or
 * null. Walks the arguments with their declared types, so every amount is bounded wherever it is.
 */
export function amountProblem(
  args: Record<string, unknown>,
  definitions: ReadonlyArray<{ name: string; type: GraphQLInputType }>,
  maxFen: number,
): InputProblem | null {
  return inEnglish(findAmountProblem(args, definitions, maxFen));
}

function findAmountProblem(
  args: Record<string, unknown>,
  definitions: ReadonlyArray<{ name: string; type: GraphQLInputType }>,
  maxFen: number,
): Problem | null {
  for (const definition of definitions) {
    const found = amountIn(args[definition.name], definition.type, [definition.name], maxFen);
    if (found) return found;
  }
  return null;
}

function amountIn(
  value: unknown,
  type: GraphQLInputType,
  path: string[],
  maxFen: number,
): Problem | null {
  if (value === null || value === undefined) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return amountIn(value, inner.ofType, path, maxFen);
    for (const [index, item] of value.entries()) {
      const found = amountIn(item, inner.ofType, [...path, String(index)], maxFen);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (!field) continue;
      const found = amountIn(item, field.type, [...path, key], maxFen);
      if (found) return found;
    }
    return null;
  }
  if (
    isScalarType(inner) &&
    inner.name === 'Decimal' &&
    typeof value === 'number' &&
    value > maxFen
  ) {
    const field = path[0] === 'input' ? path.slice(1) : path;
    const fieldName = field.filter((part) => !/^\d+$/.test(part)).at(-1) ?? 'amount';
    return {
      field,
      text: msg('api.input.amountAbove', {
        fieldName,
        amount: fenParam(value),
        most: fenParam(maxFen),
      }),
    };
  }
  return null;
}

/**
 * The one input boundary: every argument of every query and mutation is checked before its
 * resolver runs. A mutation answers with its payload's usual user error naming the field and
 * changes nothing; a query answers BAD_USER_INPUT. Only the root fields are wrapped (a
 * synchronous check): nested fields resolve as before, at no cost.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    const isMutation = root === schema.getMutationType();
    for (const field of Object.values(root.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context: Context, info) => {
        const problem =
          walk(args, []) ?? findAmountProblem(args, field.args, context.config.maxAmountFen);
        if (!problem) return resolve(source, args, context, info);
        if (isMutation) {
          const refused: UserError = userError(
            UserErrorCode.INVALID_INPUT,
            problem.text,
            problem.field,
          );
          return { userErrors: [refused] };
        }
        throw badUserInput(problem.text, problem.field);
      };
    }
  }
  return schema;
}
