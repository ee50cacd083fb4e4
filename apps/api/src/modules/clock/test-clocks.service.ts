import { businessDateAt, msg, noSuchMessage } from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { toGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { TestClockEntity } from './test-clock.entity.js';
import { TestClock } from './test-clock.type.js';

export function toTestClock(entity: TestClockEntity): TestClock {
  return Object.assign(new TestClock(), {
    id: toGlobalId('TestClock', entity.id),
    localId: entity.id,
    name: entity.name,
    frozenAt: entity.frozenAt,
    today: businessDateAt(entity.frozenAt.getTime()),
    createdAt: entity.createdAt,
  });
}

/**
 * Runs what falls due for a clock's accounts between two instants. Registered by the
 * scheduler module, so a test clock advance runs the same code as real time.
 */
export type ClockAdvanceHook = (
  tx: EntityManager,
  clock: { id: string; from: Date; to: Date; requestId: string | null },
) => Promise<void>;
const advanceHooks: ClockAdvanceHook[] = [];
export function onTestClockAdvance(hook: ClockAdvanceHook): void {
  advanceHooks.push(hook);
}

export class TestClocksService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  async create(
    name: string,
    frozenAt: Date,
  ): Promise<{ clock: TestClockEntity | null; userErrors: UserError[] }> {
    if (!name.trim() || name.trim().length > 200) {
      return {
        clock: null,
        userErrors: [userError(UserErrorCode.INVALID_INPUT, msg('api.name.length'), ['name'])],
      };
    }
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(TestClockEntity);
      const clock = await repo.save(repo.create({ name: name.trim(), frozenAt }));
      await recordAudit(tx, this.actor, {
        action: 'createTestClock',
        objectType: 'TestClock',
        objectId: clock.id,
        accountId: null,
        after: { name: clock.name, frozenAt },
      });
      return { clock, userErrors: [] };
    });
  }

  /** Time only moves forward; everything that falls due runs before this returns. */
  async advance(
    id: string,
    to: Date,
  ): Promise<{ clock: TestClockEntity | null; userErrors: UserError[] }> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(TestClockEntity);
      const rows: TestClockEntity[] = await repo
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id })
        .getMany();
      const clock = rows[0];
      if (!clock)
        return {
          clock: null,
          userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('test clock'), ['id'])],
        };
      if (to.getTime() < clock.frozenAt.getTime()) {
        return {
          clock,
          userErrors: [
            userError(
              UserErrorCode.INVALID_INPUT,
              msg('api.clock.backwards', { at: clock.frozenAt.toISOString() }),
              ['to'],
            ),
          ],
        };
      }
      const from = clock.frozenAt;
      clock.frozenAt = to;
      await repo.save(clock);
      for (const hook of advanceHooks)
        await hook(tx, { id: clock.id, from, to, requestId: this.actor.requestId });
      await recordAudit(tx, this.actor, {
        action: 'advanceTestClock',
        objectType: 'TestClock',
        objectId: clock.id,
        accountId: null,
        before: { frozenAt: from },
        after: { frozenAt: to },
      });
      return { clock, userErrors: [] };
    });
  }
}
