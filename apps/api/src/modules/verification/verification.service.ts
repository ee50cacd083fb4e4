import { msg } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { withAccountLock } from '../../db/transaction.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { nowForAccount } from '../clock/clock.js';
import { activationDue } from '../orders/fulfilment.js';
import { OrderEntity } from '../orders/order.entity.js';
import { AccountEntity } from '../accounts/account.entity.js';

type Result = { accountId: string; userErrors: UserError[] };

/** Qualification materials (R-OPEN-2): submitted by the customer, reviewed by an operator. */
export class VerificationService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  submit(accountId: string, verifiedName: string, documents: string[]): Promise<Result> {
    return withAccountLock(this.db, accountId, async (tx) => {
      const name = verifiedName.trim();
      const docs = documents.map((d) => d.trim()).filter(Boolean);
      if (name.length < 1 || name.length > 200) {
        return {
          accountId,
          userErrors: [
            userError(UserErrorCode.INVALID_INPUT, msg('api.verification.nameLength'), [
              'verifiedName',
            ]),
          ],
        };
      }
      if (docs.length === 0) {
        return {
          accountId,
          userErrors: [
            userError(UserErrorCode.INVALID_INPUT, msg('api.verification.documents'), [
              'documents',
            ]),
          ],
        };
      }
      const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
      if (account.verificationStatus === 'APPROVED') {
        return {
          accountId,
          userErrors: [
            userError(UserErrorCode.INVALID_STATE, msg('api.verification.alreadyVerified')),
          ],
        };
      }
      const before = { verificationStatus: account.verificationStatus };
      await tx.getRepository(AccountEntity).update(
        { id: accountId },
        {
          verificationStatus: 'PENDING',
          verifiedName: name,
          verificationDocuments: docs,
          verificationNote: null,
        },
      );
      const now = await nowForAccount(tx, accountId);
      await recordAudit(tx, this.actor, {
        action: 'submitVerification',
        objectType: 'Account',
        objectId: accountId,
        accountId,
        before,
        after: { verificationStatus: 'PENDING', verifiedName: name, documents: docs },
        at: now.instant,
      });
      return { accountId, userErrors: [] };
    });
  }

  review(
    accountId: string,
    decision: 'APPROVED' | 'REJECTED',
    note: string | null,
  ): Promise<Result> {
    return withAccountLock(this.db, accountId, async (tx) => {
      const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
      if (account.verificationStatus !== 'PENDING') {
        return {
          accountId,
          userErrors: [
            userError(
              UserErrorCode.INVALID_STATE,
              msg('api.verification.nothingPending', {
                verificationStatus: account.verificationStatus,
              }),
            ),
          ],
        };
      }
      if (decision === 'REJECTED' && !note?.trim()) {
        return {
          accountId,
          userErrors: [
            userError(UserErrorCode.INVALID_INPUT, msg('api.verification.rejectReason'), [
              'reason',
            ]),
          ],
        };
      }
      const now = await nowForAccount(tx, accountId);
      await tx
        .getRepository(AccountEntity)
        .update(
          { id: accountId },
          decision === 'APPROVED'
            ? { verificationStatus: 'APPROVED', verifiedOn: now.today, verificationNote: note }
            : { verificationStatus: 'REJECTED', verificationNote: note },
        );
      if (decision === 'APPROVED') {
        // R-OPEN-4: paid openings are now due for activation within 5 working days.
        const paid = await tx
          .getRepository(OrderEntity)
          .findBy({ accountId, kind: 'NEW_SUBSCRIPTION', status: 'PAID' });
        for (const order of paid) {
          await tx
            .getRepository(OrderEntity)
            .update({ id: order.id }, { fulfilmentDueOn: activationDue(order.paidOn, now.today) });
        }
      }
      await recordAudit(tx, this.actor, {
        action: decision === 'APPROVED' ? 'approveVerification' : 'rejectVerification',
        objectType: 'Account',
        objectId: accountId,
        accountId,
        before: { verificationStatus: account.verificationStatus },
        after: { verificationStatus: decision, note },
        at: now.instant,
      });
      return { accountId, userErrors: [] };
    });
  }
}
