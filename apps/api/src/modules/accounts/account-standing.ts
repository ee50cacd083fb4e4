import { msg } from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { AccountEntity } from './account.entity.js';

/**
 * R-PAY-5: an account the postpaid late-fee job suspended (30 days overdue) or closed (90 days)
 * buys nothing more — no opening, no added seats, no renewal — until its bills are paid. Paying
 * existing orders, topping up the balance and paying the postpaid bills still work: they settle
 * what is owed. The one check every purchase makes, inside its transaction (under the account
 * lock), so a refusal writes nothing.
 */
export async function purchaseRefusal(
  tx: EntityManager,
  accountId: string,
  field: string[],
): Promise<UserError | null> {
  const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
  if (account.status === 'ACTIVE') return null;
  return userError(
    UserErrorCode.INVALID_STATE,
    account.status === 'SUSPENDED' ? msg('api.account.suspended') : msg('api.account.closed'),
    field,
  );
}
