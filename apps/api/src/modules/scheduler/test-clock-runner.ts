import { businessDateAt, startOfBusinessDate } from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { onTestClockAdvance } from '../clock/test-clocks.service.js';
import type { PaymentGateway } from '../payments/payment-gateway.js';
import { inTransaction } from '../../db/due-scope.js';
import { nextDueDay, runDueWork } from './due-work.js';

let installed: { gateway: PaymentGateway } | null = null;

/**
 * Makes every test-clock advance run the due work of the clock's accounts (contract: "advancing
 * the clock runs every transition that falls due … before the mutation returns"). Called by
 * `createServer`; the payment gateway is the server's.
 */
export function installTestClockRunner(gateway: PaymentGateway): void {
  if (installed) {
    installed.gateway = gateway;
    return;
  }
  installed = { gateway };
  onTestClockAdvance((tx, clock) => runForTestClock(tx, installed!.gateway, clock));
}

/**
 * Inside the advance's transaction (which holds the clock's row): locks the clock's accounts in
 * id order (the order `withAccountLock` callers and refund payouts take them in), then runs the
 * due work for each day in (old day, new day] on which something falls due, in order, and for
 * the new day, each at the start of that day (00:00 Asia/Shanghai) — as a scheduler running at
 * midnight would, so stepping a clock day by day or jumping records the same thing. The work is
 * scoped by the clock itself (`test_clock_id = $clock`), never by a list of its accounts.
 */
export async function runForTestClock(
  tx: EntityManager,
  gateway: PaymentGateway,
  clock: { id: string; from: Date; to: Date; requestId?: string | null },
): Promise<void> {
  const [locked]: Array<{ accounts: number }> = await tx.query(
    `SELECT count(*)::int AS accounts FROM (SELECT id FROM accounts WHERE test_clock_id = $1 ORDER BY id FOR UPDATE) l`,
    [clock.id],
  );
  if (!locked?.accounts) return;
  const run = inTransaction(tx, { testClockId: clock.id });
  const fromDay = businessDateAt(clock.from.getTime());
  const toDay = businessDateAt(clock.to.getTime());
  const options = { requestId: clock.requestId ?? null };
  if (toDay <= fromDay) {
    // Within one day: what fell due since the last run (e.g. created meanwhile), at the new time.
    await runDueWork(run, gateway, toDay, clock.to, options);
    return;
  }
  // The next due day is looked up again after each run: a day's work can make more fall due
  // before `toDay` (a refund approved by a termination notice is paid out 7 working days later).
  for (let day = fromDay; day < toDay;) {
    day = (await nextDueDay(tx, clock.id, day, toDay)) ?? toDay;
    await runDueWork(run, gateway, day, new Date(startOfBusinessDate(day)), options);
  }
}
