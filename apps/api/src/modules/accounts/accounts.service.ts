import { GraphQLError } from 'graphql';
import { Brackets, type DataSource } from 'typeorm';
import {
  MAX_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  type ConnectionShape,
} from '../../graphql/connection.js';
import { money } from '../../graphql/money.type.js';
import { fromGlobalId, toGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { AccountEntity } from './account.entity.js';
import { Account, AccountStatus, VerificationStatus } from './account.type.js';
import type { AccountFilter } from './accounts.inputs.js';

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
  constructor(private readonly db: DataSource) {}

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
        userErrors: [
          userError(UserErrorCode.INVALID_INPUT, 'The name must be 1–200 characters', ['name']),
        ],
      };
    }
    if (testClockId) {
      const [clock] = await this.db.query(`SELECT id FROM test_clocks WHERE id = $1`, [
        testClockId,
      ]);
      if (!clock)
        return {
          account: null,
          userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such test clock', ['testClockId'])],
        };
    }
    const account = await this.repo.save(this.repo.create({ name: trimmed, testClockId }));
    return { account, userErrors: [] };
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** Keyset pagination in insertion order. */
  async page(args: {
    first?: number | null;
    after?: string | null;
    filter?: AccountFilter | null;
  }): Promise<ConnectionShape<Account>> {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw new GraphQLError(`first must be between 1 and ${MAX_PAGE_SIZE}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const query = this.repo.createQueryBuilder('a');
    const search = args.filter?.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((q) =>
          q
            .where('a.name ILIKE :pattern', { pattern })
            .orWhere('a.verified_name ILIKE :pattern', { pattern }),
        ),
      );
    }
    if (args.filter?.status) query.andWhere('a.status = :status', { status: args.filter.status });
    if (args.filter?.verificationStatus) {
      query.andWhere('a.verification_status = :verification', {
        verification: args.filter.verificationStatus,
      });
    }
    if (args.filter?.testClockId) {
      // A malformed or unknown clock id matches nothing, like an id that does not exist.
      const clock = fromGlobalId(args.filter.testClockId, 'TestClock');
      query.andWhere('a.test_clock_id = :clock', {
        clock: clock?.id ?? '00000000-0000-0000-0000-000000000000',
      });
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const cursor = decodeCursor(args.after);
      if (!cursor)
        throw new GraphQLError('after is not a cursor of this list', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      query.andWhere('a.seq > :seq', { seq: cursor });
    }
    const rows = await query
      .orderBy('a.seq', 'ASC')
      .take(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    const edges = page.map((row) => ({ node: toAccount(row), cursor: encodeCursor(row.seq) }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
