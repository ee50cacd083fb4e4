#!/usr/bin/env node
// Every user-facing message in the source, read with the TypeScript compiler API: the string
// and template literals passed as the message of a refusal (`refuse`, `refusedDecision`), a
// user error (`userError`, `requiredText`) or a GraphQL error a client sees (`GraphQLError`,
// `badInput`, `forbidden`, `unauthenticated`), with the code and rule ids where the call names
// them. A message of the catalogue (`msg('key', …)`) reads as its English template. An
// interpolated value reads as `…`; a message that is not a literal at all (passed
// through from elsewhere) is counted as dynamic and left to the API tests, whose harness checks
// every message a response carries.
//
//   node tooling/scripts/user-messages.mjs [dir …]   prints the messages found as JSON
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, visit } from 'graphql';
import ts from 'typescript';

/**
 * The calls whose argument is a user-facing message: the index of the message, and of the
 * code and rule ids where the call takes them (or the code the call always has).
 */
export const MESSAGE_CALLS = {
  refuse: { message: 1, code: 0, rules: 2 },
  refusedDecision: { message: 2, code: 3, rules: 1 },
  invalid: { message: 0, code: 'INVALID_INPUT' },
  userError: { message: 1, code: 0 },
  requiredText: { message: 2, code: 'INVALID_INPUT' },
  refuseInput: { message: 0, code: 'INVALID_INPUT' },
  refusedOrder: { message: 1, code: 0 },
  stateError: { message: 0, code: 'INVALID_STATE' },
  badInput: { message: 0, code: 'BAD_USER_INPUT' },
  badUserInput: { message: 0, code: 'BAD_USER_INPUT' },
  unauthenticated: { message: 0, code: 'UNAUTHENTICATED' },
  forbidden: { message: 0, code: 'FORBIDDEN' },
  GraphQLError: { message: 0, code: 'extensions' },
  MoneyError: { message: 0, code: 'BAD_USER_INPUT' },
  DateError: { message: 0, code: 'BAD_USER_INPUT' },
};

/** Codes of bad input: their messages must say what is acceptable rather than what to do. */
const VALIDATION_CODES = new Set(['INVALID_INPUT', 'BAD_USER_INPUT']);

/**
 * Functions whose result is message wording, read through; any other call (a formatted amount,
 * a date) is a value.
 */
export const MESSAGE_FUNCTION = /Message$|^noSuch$|^quotedInput$/;

/** What an interpolated value reads as. */
export const VALUE = '…';

const MAX_VARIANTS = 32;
const MAX_DEPTH = 6;

/** Every name a client may read: operations, types, fields, arguments and enum values. */
export function publicNamesOf(sdl) {
  const names = new Set();
  visit(parse(sdl), {
    Name(node) {
      names.add(node.value);
    },
  });
  return names;
}

function sourceFiles(dirs) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) {
        files.push(path);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return files.sort();
}

function calleeName(node) {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

/** The English template of a catalogue entry `'key': { en: (p) => …, 'zh-CN': … }`, if it is one. */
function englishTemplate(node) {
  if (!ts.isPropertyAssignment(node) || !ts.isObjectLiteralExpression(node.initializer))
    return null;
  if (!ts.isStringLiteral(node.name) && !ts.isIdentifier(node.name)) return null;
  for (const property of node.initializer.properties) {
    if (!ts.isPropertyAssignment(property) || property.name.getText() !== 'en') continue;
    const fn = property.initializer;
    return ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? fn : null;
  }
  return null;
}

/**
 * Function declarations by name in every file (the first of each name), and the English
 * templates of the message catalogue by key (a `msg('key', …)` reads as its English template).
 */
function declarations(sources) {
  const functions = new Map();
  const templates = new Map();
  for (const source of sources) {
    const visitNode = (node) => {
      if (ts.isFunctionDeclaration(node) && node.name && node.body) {
        if (!functions.has(node.name.text)) functions.set(node.name.text, node);
      }
      const template = englishTemplate(node);
      if (template !== null && !templates.has(node.name.text)) {
        templates.set(node.name.text, template);
      }
      ts.forEachChild(node, visitNode);
    };
    visitNode(source);
  }
  return { functions, templates };
}

/** The texts of a catalogue message `msg('key', params)`: its English template, parameters as values. */
function keyedTexts(node, ctx, next) {
  const [key] = node.arguments;
  if (key === undefined || !ts.isStringLiteral(key)) return null;
  const template = ctx.templates.get(key.text);
  if (template === undefined) return null;
  if (!ts.isBlock(template.body)) return next(template.body);
  const out = [];
  for (const returned of returnedExpressions(template)) {
    const texts = next(returned);
    if (texts === null) return null;
    out.push(...texts);
  }
  return out.length === 0 ? null : out.slice(0, MAX_VARIANTS);
}

/**
 * The initializer of the `const` an identifier names, looked up through the enclosing blocks;
 * undefined for a `let`, a parameter or anything declared elsewhere.
 */
function constInitializer(identifier) {
  for (let scope = identifier.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.name.text !== identifier.text)
          continue;
        const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
        return isConst ? declaration.initializer : undefined;
      }
    }
  }
  return undefined;
}

function product(left, right) {
  const out = [];
  for (const a of left) for (const b of right) if (out.length < MAX_VARIANTS) out.push(a + b);
  return out;
}

function returnedExpressions(fn) {
  const found = [];
  const visitNode = (node) => {
    if (ts.isFunctionLike(node) && node !== fn) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visitNode);
  };
  visitNode(fn.body);
  return found;
}

/**
 * The texts an expression can evaluate to, or null when it is not built from literals here.
 * `inline` is true inside a template: an unknown value then reads as `VALUE`.
 */
function textsOf(node, ctx, depth = 0) {
  if (depth > MAX_DEPTH) return null;
  const next = (child) => textsOf(child, ctx, depth + 1);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isNumericLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
    return next(node.expression);
  if (ts.isTemplateExpression(node)) {
    let out = [node.head.text];
    for (const span of node.templateSpans) {
      const value = next(span.expression) ?? [VALUE];
      out = product(product(out, value), [span.literal.text]);
    }
    return out;
  }
  if (ts.isConditionalExpression(node)) {
    const whenTrue = next(node.whenTrue);
    const whenFalse = next(node.whenFalse);
    if (whenTrue === null || whenFalse === null) return null;
    return [...whenTrue, ...whenFalse].slice(0, MAX_VARIANTS);
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = next(node.left);
    const right = next(node.right);
    return left === null || right === null ? null : product(left, right);
  }
  if (ts.isIdentifier(node)) {
    const init = constInitializer(node);
    return init === undefined ? null : next(init);
  }
  if (ts.isCallExpression(node)) {
    const name = calleeName(node);
    if (name === 'msg') return keyedTexts(node, ctx, next);
    const fn = name === null || !MESSAGE_FUNCTION.test(name) ? undefined : ctx.functions.get(name);
    if (fn === undefined) return null;
    const out = [];
    for (const returned of returnedExpressions(fn)) {
      const texts = next(returned);
      if (texts === null) return null;
      out.push(...texts);
    }
    return out.length === 0 ? null : out.slice(0, MAX_VARIANTS);
  }
  return null;
}

function stringsOf(node, ctx, depth = 0) {
  if (depth > MAX_DEPTH) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node))
    return stringsOf(node.expression, ctx, depth + 1);
  if (ts.isIdentifier(node)) {
    const init = constInitializer(node);
    return init === undefined ? null : stringsOf(init, ctx, depth + 1);
  }
  if (ts.isArrayLiteralExpression(node)) {
    const out = [];
    for (const element of node.elements) {
      const inner = ts.isSpreadElement(element) ? element.expression : element;
      const strings = stringsOf(inner, ctx, depth + 1);
      if (strings === null) return null;
      out.push(...strings);
    }
    return out;
  }
  return null;
}

function codeOf(spec, args) {
  if (typeof spec.code === 'string' && spec.code !== 'extensions' && !/^\d/.test(spec.code))
    return spec.code;
  if (spec.code === 'extensions') {
    const options = args[1];
    if (!options || !ts.isObjectLiteralExpression(options)) return null;
    for (const property of options.properties) {
      if (!ts.isPropertyAssignment(property) || property.name.getText() !== 'extensions') continue;
      const extensions = property.initializer;
      if (!ts.isObjectLiteralExpression(extensions)) return null;
      for (const inner of extensions.properties) {
        if (ts.isPropertyAssignment(inner) && inner.name.getText() === 'code') {
          return ts.isStringLiteral(inner.initializer) ? inner.initializer.text : null;
        }
      }
    }
    return null;
  }
  const arg = args[spec.code];
  if (arg === undefined) return null;
  if (ts.isStringLiteral(arg)) return arg.text;
  if (ts.isPropertyAccessExpression(arg)) return arg.name.text;
  return null;
}

/**
 * The user-facing messages in the TypeScript sources under `dirs` (tests and declarations
 * left out): `{ messages, dynamic }`, each message `{ file, line, callee, code, kind, rules,
 * message }` (`rules` null when the call's rule ids are not literals; `kind` `validation` for
 * bad input, else `refusal`), and `dynamic` the calls whose message is not built from literals.
 */
export function scanMessages(dirs, { root = process.cwd() } = {}) {
  const sources = sourceFiles(dirs).map((file) =>
    ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true),
  );
  const ctx = declarations(sources);
  const messages = [];
  const dynamic = [];
  for (const source of sources) {
    const visitNode = (node) => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
        const name = calleeName(node);
        const spec = name === null ? undefined : MESSAGE_CALLS[name];
        const arg = spec === undefined ? undefined : node.arguments[spec.message];
        if (spec !== undefined && arg !== undefined) {
          const file = relative(root, source.fileName);
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          const texts = textsOf(arg, ctx);
          if (texts === null) {
            dynamic.push({ file, line, callee: name, expression: arg.getText() });
          } else {
            const code = codeOf(spec, node.arguments);
            const rulesArg = spec.rules === undefined ? undefined : node.arguments[spec.rules];
            const rules = rulesArg === undefined ? null : stringsOf(rulesArg, ctx);
            const kind = code !== null && VALIDATION_CODES.has(code) ? 'validation' : 'refusal';
            for (const message of new Set(texts)) {
              messages.push({ file, line, callee: name, code, kind, rules, message });
            }
          }
        }
      }
      ts.forEachChild(node, visitNode);
    };
    visitNode(source);
  }
  return { messages, dynamic };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = resolve(fileURLToPath(import.meta.url), '../../..');
  const dirs = process.argv.slice(2);
  const found = scanMessages(
    dirs.length > 0 ? dirs : [join(repo, 'packages/domain/src'), join(repo, 'apps/api/src')],
    { root: repo },
  );
  process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
}
