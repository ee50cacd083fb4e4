import { createBillingClient, OrderDocument, toFen, unwrap } from '@billing/sdk';

/** Quote, order and pay a 5-seat EQQ subscription as the account's CUSTOMER_ADMIN. */
export async function quickStart(url: string, token: string, accountId: string) {
  const billing = createBillingClient({ url, token });

  // A price preview, with no side effect. Amounts are exact Decimal strings ("5000.00"); a
  // quote the rules refuse has total null, the refusal in userErrors and why in explanation.
  const quote = await billing.quote({
    action: 'NEW_SUBSCRIPTION',
    accountId,
    productCode: 'EQQ',
    planCode: 'SEATS',
    seats: 5,
    years: 1,
  });
  if (!quote.total) throw new Error(`Refused: ${quote.explanation}`);
  const explanation = quote.lines.map(
    (line) =>
      `${line.description}: ${line.amount.amount} (${line.rules.map((r) => r.id).join(', ')})`,
  );

  // Mutations return { ok: true, data } or { ok: false, userErrors }; `unwrap` throws on the
  // latter. The idempotencyKey is generated for the call and reused if it is retried.
  const { order, subscription } = unwrap(
    await billing.openSubscription({
      accountId,
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 5,
      years: 1,
    }),
  );
  const paid = await billing.payOrder({
    orderId: order.id,
    method: 'ALIPAY',
    amount: order.total.amount,
  });
  if (!paid.ok) throw new Error(paid.userErrors.map((e) => e.message).join('; '));

  // Any typed document runs through `request`, here one of the SDK's own.
  const { order: reread } = await billing.request(OrderDocument, { id: order.id });

  return {
    total: quote.total.amount, // "5000.00"
    totalFen: toFen(order.total), // 500000n, exact
    explanation,
    status: reread?.status, // "PAID" until the subscription is activated
    subscriptionId: subscription.id,
    orderId: order.id,
  };
}
