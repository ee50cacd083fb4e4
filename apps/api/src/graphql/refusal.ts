import { isMessage, renderMessage, type Refusal } from '@billing/domain';
import { requestLocale } from '../locale.js';
import { UserErrorCode, userError, type UserError } from './user-error.js';

/** A refusal of the rules engine as a contract `UserError` (code, message, field). */
export function fromRefusal(refusal: Refusal, fieldPrefix: readonly string[] = []): UserError {
  const code =
    (UserErrorCode as Record<string, UserErrorCode>)[refusal.code] ?? UserErrorCode.INVALID_STATE;
  const field = refusal.field ? [...fieldPrefix, ...refusal.field] : undefined;
  const message = isMessage(refusal.text)
    ? renderMessage(refusal.text, requestLocale())
    : refusal.message;
  return userError(code, message, field);
}
