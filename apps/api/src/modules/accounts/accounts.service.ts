import { msg, noSuchMessage } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { connectionOf, keysetPage, type ConnectionShape } from '../../graphql/connection.js';
import { countRows, entitySource, readPage } from '../../graphql/keyset.js';
import { searchPattern } from '../../graphql/list-sort.js';
import { AccountSort } from '../../graphql/list-sorts.js';
import { money } from '../../graphql/money.type.js';
import { fromGlobalId, toGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { recordAudit, SYSTEM_ACTOR, type Actor } from '../audit/audit.js';
import { nowForAccount } from '../clock/clock.js';
import { AccountEntity } from './account.entity.js';
import { Account, AccountStatus, VerificationStatus } from './account.type.js';
import type { AccountsArgs } from './accounts.inputs.js';

export function toAccount(entity: AccountEntity): Account {
  // A class instance, so the `Node` interface resolves its concrete type.
  return Object.assign(new Account(), {
    id: toGlobalId('Account', entity.id),
    localId: entity.id,
    name: entity.name,
    verifiedName: entity.verifiedName,
    status: AccountStatus[entity.status],
    verificationStatus: VerificationStatus[entity.verificationStatus],
    balance: money(entity.balance),
    createdAt: entity.createdAt,
  });
}

export class AccountsService {
  constructor(
    private readonly db: DataSource,
    /** Who acts: creating an account is audited (the audit trail's first entry of an account). */
    private readonly actor: Actor = SYSTEM_ACTOR,
  ) {}

  private get repo() {
    return this.db.getRepository(AccountEntity);
  }

  async create(
    name: string,
    testClockId: string | null = null,
  ): Promise<{ account: AccountEntity | null; userErrors: UserError[] }> {
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 200) {
      return {
        account: null,
        userErrors: [userError(UserErrorCode.INVALID_INPUT, msg('api.name.length'), ['name'])],
      };
    }
    if (testClockId) {
      const [clock] = await this.db.query(`SELECT id FROM test_clocks WHERE id = $1`, [
        testClockId,
      ]);
      if (!clock)
        return {
          account: null,
          userErrors: [
            userError(UserErrorCode.NOT_FOUND, noSuchMessage('test clock'), ['testClockId']),
          ],
        };
    }
    // The account and its audit entry are written together: the entry carries the account's id,
    // so the audit trail of the account (and a search by its name) starts with its creation.
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(AccountEntity);
      const account = await repo.save(repo.create({ name: trimmed, testClockId }));
      // At the account's "now": its test clock's time (like every entry of the account after it).
      const now = await nowForAccount(tx, account.id);
      await recordAudit(tx, this.actor, {
        action: 'createAccount',
        objectType: 'Account',
        objectId: account.id,
        accountId: account.id,
        after: { name: account.name, testClockId },
        at: now.instant,
      });
      return { account, userErrors: [] };
    });
  }

  /** Keyset pagination in insertion order (oldest first by default), filtered in SQL. */
  async page(
    args: AccountsArgs,
    prime?: (row: AccountEntity) => void,
  ): Promise<ConnectionShape<Account>> {
    const sorted = AccountSort.resolve(args, args.sort);
    const page = keysetPage(sorted.args, undefined, sorted.sort);
    const where: string[] = [];
    const params: unknown[] = [];
    const pattern = searchPattern(args.filter?.search, 'filter.search');
    if (pattern) {
      const ref = `$${params.push(pattern)}`;
      where.push(`(t.name ILIKE ${ref} OR t.verified_name ILIKE ${ref})`);
    }
    if (args.filter?.status) where.push(`t.status = $${params.push(args.filter.status)}`);
    if (args.filter?.verificationStatus)
      where.push(`t.verification_status = $${params.push(args.filter.verificationStatus)}`);
    if (args.filter?.testClockId) {
      // A malformed or unknown clock id matches nothing, like an id that does not exist.
      const clock = fromGlobalId(args.filter.testClockId, 'TestClock');
      where.push(
        `t.test_clock_id = $${params.push(clock?.id ?? '00000000-0000-0000-0000-000000000000')}`,
      );
    }
    if (args.filter?.testMode != null)
      where.push(args.filter.testMode ? 't.test_clock_id IS NOT NULL' : 't.test_clock_id IS NULL');
    const source = entitySource(this.db, AccountEntity);
    const filter = { where, params };
    const rows = await readPage(this.db, source, filter, page);
    if (prime) rows.forEach(prime);
    return connectionOf(rows, page, toAccount, () => countRows(this.db, source.table, filter));
  }
}
