import { msg, type Message } from '@billing/domain';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';

/** Longest free text an operator action stores (reasons, notes). */
export const MAX_TEXT = 2000;

/** A required free-text input: trimmed, not blank, at most MAX_TEXT characters. */
export function requiredText(
  value: string,
  field: string,
  what: Message,
): { text: string } | { error: UserError } {
  const text = value.trim();
  if (!text) return { error: userError(UserErrorCode.INVALID_INPUT, what, [field]) };
  if (text.length > MAX_TEXT)
    return {
      error: userError(UserErrorCode.INVALID_INPUT, msg('api.text.tooLong', { limit: MAX_TEXT }), [
        field,
      ]),
    };
  return { text };
}
