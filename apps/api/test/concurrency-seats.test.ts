import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  SUBSCRIPTION_FIELDS,
  activeSubscription,
  addSeats,
  advanceClock,
  expectBooksBalanced,
  localId,
  payOrder,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterEach(async () => {
  await expectBooksBalanced(api);
});
afterAll(async () => {
  await api.close();
});

async function readSubscription(id: string) {
  const result = await api.gql(
    `query($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION_FIELDS} } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.subscription;
}

describe('concurrent seat purchases', () => {
  it('R-SEAT-1 R-CAT-3 50 parallel addSeats near the limit never let paid + pending seats pass 50, even once every order is paid', async () => {
    // 40 seats (activated with 40), 2021-10-10: room for 10 more.
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 40,
    });
    await advanceClock(api, clockId, '2021-10-10');
    const requested = Array.from({ length: 50 }, (_, i) => (i % 3) + 1); // 1, 2 or 3 seats each
    const results = await Promise.all(
      requested.map((seats) => addSeats(api, subscriptionId, seats)),
    );

    const created = results.filter((r) => r.order !== null);
    const refusedSeats = requested.filter((_, i) => results[i].order === null);
    expect(created.length + refusedSeats.length).toBe(50);
    for (const r of results.filter((r) => r.order === null))
      expect(r.userErrors[0]).toMatchObject({ code: 'SEAT_LIMIT', field: ['seats'] });
    const ordered = created.reduce((sum, r) => sum + r.order.seats, 0);
    expect(created.length).toBeGreaterThan(0);
    expect(40 + ordered).toBeLessThanOrEqual(50);
    // Serialised under the account lock: a request was refused only if it did not fit.
    for (const seats of refusedSeats) expect(40 + ordered + seats).toBeGreaterThan(50);
    expect(await readSubscription(subscriptionId)).toMatchObject({
      seats: 40,
      pendingSeats: ordered,
    });

    // Paying every created order (in parallel too) adds exactly what each bought.
    const paid = await Promise.all(
      created.map((r) => payOrder(api, r.order.id, r.order.total.amount)),
    );
    for (const p of paid) expect(p.order.status).toBe('FULFILLED');
    const final = await readSubscription(subscriptionId);
    expect(final).toMatchObject({ seats: 40 + ordered, pendingSeats: 0 });
    expect(final.seats).toBeLessThanOrEqual(50);
    const [{ seats }] = await api.db.query(`SELECT seats FROM subscriptions WHERE id = $1`, [
      localId(subscriptionId),
    ]);
    expect(seats).toBe(40 + ordered);
  });
});
