import type { NoSuchKind } from './api-refusal-messages.js';
import { msg, type Message } from './messages.js';

/**
 * What a user reads when the rules refuse something: plain words that say what is wrong and
 * what the user can do next, with the rule id that decided it, and no internal names.
 *
 * `userMessageProblems` checks one message against that standard; `noSuch` and `quotedInput`
 * are the shared phrasing of the most common messages.
 */

/** The longest piece of user input a message quotes; longer input is cut with an ellipsis. */
export const QUOTED_INPUT_MAX = 40;

/**
 * User input quoted for a message: in “curly quotes” (which `userMessageProblems` skips, so
 * the user's own words are never mistaken for internal names), on one line, cut to
 * `QUOTED_INPUT_MAX` characters.
 */
export function quotedInput(value: unknown): string {
  let text = '';
  for (const char of String(value)) {
    const code = char.charCodeAt(0);
    text += code < 0x20 || code === 0x7f ? ' ' : char === '“' || char === '”' ? '"' : char;
  }
  text = text.trim();
  const chars = [...text];
  const shown =
    chars.length > QUOTED_INPUT_MAX ? `${chars.slice(0, QUOTED_INPUT_MAX - 1).join('')}…` : text;
  return `“${shown}”`;
}

/**
 * "There is no <kind> with id “<id>”: check the id, or look it up again": the not-found
 * message. Without an id: "There is no such <kind>: …".
 */
export function noSuch(kind: string, id?: string | null): string {
  const which =
    id === undefined || id === null || id === ''
      ? `no such ${kind}`
      : `no ${kind} ${quotedInput(id)}`;
  return `There is ${which} you can see: check the id, or look the ${kind} up again in its list`;
}

/**
 * `noSuch` as a message, to be written in the caller's language: the same English, and in
 * Chinese "找不到你可以查看的订单：…".
 */
export function noSuchMessage(kind: NoSuchKind, id?: string | null): Message {
  return msg('api.noSuch', {
    thing: kind,
    id: id === undefined || id === null || id === '' ? '' : quotedInput(id),
  });
}

export interface UserMessageOptions {
  /** Names a user may read: the public GraphQL operations, types, fields, arguments and enum values. */
  readonly publicNames: ReadonlySet<string> | readonly string[];
  /** The rule ids of the refusal: the message must name at least one of them. */
  readonly rules?: readonly string[];
  /**
   * `refusal` (the default): the message must say what the user can do next.
   * `validation`: a bad input; the message must say what is acceptable (or what to do).
   */
  readonly kind?: 'refusal' | 'validation';
  /** Known rule ids: a message naming any other `R-…` id is flagged. */
  readonly knownRules?: ReadonlySet<string> | readonly string[];
}

/** Quoted text is the user's own input (or a value), not wording: the checks skip it. */
const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」|《[^》]*》/g;

/** camelCase (`priceValueAdded`), snake_case (`account_id`) and dotted (`input.seats`) names. */
const IDENTIFIER =
  /(?<![\w.$-])(?:[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Za-z_$][\w$]+(?:\.[A-Za-z_$][\w$]+)+(?=\W|$))(?![\w$])/g;

/** `foo()` or `foo(x)`: a function call. */
const CALL = /(?<![\w$])[A-Za-z_$][\w$]*\((?:\)|[A-Za-z_$][\w$, ]*\))/g;

const LEAKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bat [\w$.<>]+ \(?[^()\s]*:\d+:\d+\)?/, 'a stack trace'],
  [/[\w/-]+\.(?:ts|js|mjs|cjs|tsx)(?::\d+)?\b/, 'a source file name'],
  [/\b(?:SELECT\s+[\w*,\s]+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/i, 'SQL'],
  [
    /\b(?:violates (?:unique|foreign key|not-null|check) constraint|duplicate key value|relation "\w+")/i,
    'a database error',
  ],
  [
    /\b(?:QueryFailedError|TypeError|ReferenceError|SyntaxError|RangeError|EntityNotFound\w*)\b/,
    'an internal error name',
  ],
  [
    /\[object Object\]|\bundefined\b|\bNaN\b|(?<![\w-])null(?![\w-])/,
    'an unrendered value (undefined, null, NaN or [object Object])',
  ],
];

const RULE_ID = /\bR-[A-Z]+(?:-[A-Z0-9]+)*\b/g;

/** Verbs that start an instruction ("cancel this order", "ask an operator to …"). */
const VERBS = [
  'add',
  'appeal',
  'approve',
  'ask',
  'attach',
  'buy',
  'call',
  'cancel',
  'change',
  'check',
  'choose',
  'come back',
  'contact',
  'correct',
  'create',
  'enter',
  'extend',
  'file',
  'fix',
  'give',
  'have',
  'issue',
  'keep',
  'leave',
  'let',
  'look',
  'lower',
  'make',
  'mark',
  'open',
  'pass',
  'pay',
  'pick',
  'place',
  'raise',
  'record',
  'reduce',
  'reject',
  'remove',
  'renew',
  'repeat',
  'request',
  'retry',
  'review',
  'say',
  'see',
  'send',
  'set',
  'settle',
  'sign in',
  'split',
  'start',
  'state',
  'submit',
  'switch',
  'top up',
  'try',
  'upgrade',
  'upload',
  'use',
  'void',
  'wait',
].join('|');

/**
 * What the user can do next: a clause that starts with an instruction, or words that offer a
 * way on (you can …, … instead, wait until …, nothing to do). Loose on purpose: it checks that
 * the message offers a way on, not how well.
 */
const NEXT_STEP = new RegExp(
  `(?:^|[:;.!?—(]\\s*|,\\s*|\\b(?:or|and|then)\\s+)(?:please\\s+|first\\s+|just\\s+|so\\s+)?(?:${VERBS})\\b` +
    '|\\b(?:you can|you may|can still|can then|instead|until|once|again|first|no action|nothing (?:else |more )?to do)\\b' +
    '|请|可以|稍后|改为',
  'i',
);

/** Words that say what input is acceptable. */
const ACCEPTABLE =
  /\b(?:must|should|needs?|expected|accepts?|allowed|one of|at least|at most|from \S+ to|between|only|up to|no more than|in the form|format|whole number|digits?|characters?)\b|必须|应为|只能/i;

function asSet(names: ReadonlySet<string> | readonly string[] | undefined): ReadonlySet<string> {
  if (names === undefined) return new Set();
  return names instanceof Set ? names : new Set(names as readonly string[]);
}

/**
 * What is wrong with a user-facing message, in plain words; empty when it meets the standard:
 * no internal name (a camelCase, snake_case, dotted or called identifier not in
 * `publicNames`), no stack trace, file name, SQL or unrendered value, a rule id of the refusal
 * when it has rules, and words that say what the user can do next (for a validation message:
 * what is acceptable). Quoted text (the user's own input) is skipped.
 */
export function userMessageProblems(message: string, options: UserMessageOptions): string[] {
  const problems: string[] = [];
  const publicNames = asSet(options.publicNames);
  const text = message.trim();
  if (text === '') return ['the message is empty'];
  const unquoted = text.replace(QUOTED, '“…”');

  const internal = new Set<string>();
  for (const match of unquoted.matchAll(CALL)) internal.add(match[0]);
  for (const match of unquoted.matchAll(IDENTIFIER)) {
    const name = match[0];
    if (publicNames.has(name)) continue;
    if ([...internal].some((call) => call.startsWith(`${name}(`))) continue;
    internal.add(name);
  }
  for (const name of internal) {
    problems.push(`names ${name}, which is not a public operation, field or value`);
  }

  for (const [pattern, what] of LEAKS) {
    const found = pattern.exec(unquoted);
    if (found !== null) problems.push(`shows ${what}: ${found[0]}`);
  }

  const named = new Set(unquoted.match(RULE_ID) ?? []);
  const rules = options.rules ?? [];
  if (rules.length > 0 && !rules.some((rule) => named.has(rule))) {
    problems.push(`names none of the rules that decided it (${rules.join(', ')})`);
  }
  const known = options.knownRules === undefined ? null : asSet(options.knownRules);
  if (known !== null) {
    for (const rule of named) if (!known.has(rule)) problems.push(`names an unknown rule ${rule}`);
  }

  const kind = options.kind ?? 'refusal';
  const words = unquoted.replace(RULE_ID, '');
  if (kind === 'refusal' && !NEXT_STEP.test(words)) {
    problems.push('does not say what the user can do next');
  }
  if (kind === 'validation' && !NEXT_STEP.test(words) && !ACCEPTABLE.test(words)) {
    problems.push('does not say what input is acceptable');
  }
  return problems;
}
