import { msg, renderMessage } from '@billing/domain';
import { GraphQLError } from 'graphql';
import { requestLocale } from '../locale.js';

/** graphql-js's frame of a variable's invalid value, once the value's own refusal is cut off. */
const FRAME = /^Variable "\$([^"]+)" got invalid value ([\s\S]*?)(?: at "([^"]*)")?$/;

/**
 * A variable's value refused by one of the API's scalars reaches the client inside graphql-js's
 * frame: `Variable "$input" got invalid value "2021-02-30" at "input.date"; <the scalar's
 * refusal>`. The refusal is already in the caller's language (it was written while the
 * variables were coerced); this writes the frame in it too. English, and any error that is not
 * such a frame around a BAD_USER_INPUT error of the API's own, is left as it is.
 */
export function variableErrorInCallerLanguage(message: string, error: unknown): string {
  const locale = requestLocale();
  if (locale === 'en') return message;
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (!(original instanceof GraphQLError) || original.extensions.code !== 'BAD_USER_INPUT')
    return message;
  const suffix = `; ${original.message}`;
  if (!message.endsWith(suffix)) return message;
  const frame = FRAME.exec(message.slice(0, -suffix.length));
  if (!frame) return message;
  return renderMessage(
    msg('api.variable.invalid', {
      variable: frame[1]!,
      value: frame[2]!,
      path: frame[3] ?? '',
      problem: original.message,
    }),
    locale,
  );
}
