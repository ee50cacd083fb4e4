import { isMessage, type Refusal } from '@billing/domain';
import { UserErrorCode, userError, type UserError } from './user-error.js';

/** A refusal of the rules engine as a contract `UserError` (code, message, field). */
export function fromRefusal(refusal: Refusal, fieldPrefix: readonly string[] = []): UserError {
  const code =
    (UserErrorCode as Record<string, UserErrorCode>)[refusal.code] ?? UserErrorCode.INVALID_STATE;
  const field = refusal.field ? [...fieldPrefix, ...refusal.field] : undefined;
  // In the caller's language where the refusal has a message (`userError` renders it).
  return userError(code, isMessage(refusal.text) ? refusal.text : refusal.message, field);
}
