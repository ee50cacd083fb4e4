import { msg, renderMessage, type Message } from '@billing/domain';
import { requestLocale } from '../locale.js';

/**
 * graphql-js's refusals of a malformed query, which it writes in English, as messages: each
 * pattern is graphql-js 16's wording, and a suggestion after it (`Did you mean "orders"?`) is
 * kept, translated. Another wording is left as it is.
 */
const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Message]> = [
  [
    /^Cannot query field "([^"]+)" on type "([^"]+)"\./,
    (m) => msg('api.query.unknownField', { queryField: m[1]!, queryType: m[2]! }),
  ],
  [
    /^Unknown argument "([^"]+)" on field "([^"]+)"\./,
    (m) => msg('api.query.unknownArgument', { queryArgument: m[1]!, queryField: m[2]! }),
  ],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\./,
    (m) => msg('api.query.needsSelection', { queryField: m[1]!, queryType: m[2]! }),
  ],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\./,
    (m) => msg('api.query.noSelection', { queryField: m[1]!, queryType: m[2]! }),
  ],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\./,
    (m) =>
      msg('api.query.missingArgument', {
        queryField: m[1]!,
        queryArgument: m[2]!,
        queryType: m[3]!,
      }),
  ],
  [
    /^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\./,
    (m) => msg('api.query.missingVariable', { variable: m[1]!, queryType: m[2]! }),
  ],
  [
    /^Variable "\$([^"]+)" is never used/,
    (m) => msg('api.query.unusedVariable', { variable: m[1]! }),
  ],
  [
    /^Variable "\$([^"]+)" is not defined/,
    (m) => msg('api.query.undefinedVariable', { variable: m[1]! }),
  ],
  [
    /^Value "([^"]+)" does not exist in "([^"]+)" enum\./,
    (m) => msg('api.query.unknownEnumValue', { queryValue: m[1]!, queryType: m[2]! }),
  ],
  [/^Unknown type "([^"]+)"\./, (m) => msg('api.query.unknownType', { queryType: m[1]! })],
  [/^Syntax Error: (.+)$/s, (m) => msg('api.query.syntax', { queryDetail: m[1]! })],
];

/**
 * A refusal graphql-js wrote in English, in the caller's language: English is left byte for
 * byte; a wording it does not know stays as graphql-js wrote it.
 */
export function queryErrorInCallerLanguage(message: string): string {
  const locale = requestLocale();
  if (locale === 'en') return message;
  for (const [pattern, toMessage] of PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const suggestion = / Did you mean (.+)\?$/.exec(message);
    const translated = renderMessage(toMessage(match), locale);
    return suggestion
      ? `${translated}（${renderMessage(msg('api.query.didYouMean', { queryDetail: suggestion[1]! }), locale)}）`
      : translated;
  }
  return message;
}
