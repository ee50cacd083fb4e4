import { createBillingClient } from '@billing/sdk';

/** Asks what a refund would give (no side effect), and requests it only when the rules allow it. */
export async function refundIfEligible(url: string, token: string, orderId: string) {
  const billing = createBillingClient({ url, token });

  const decision = await billing.refundPreview({ orderId, reason: 'NO_REASON' });
  if (!decision.eligible) {
    // The API says why, with the rules it considered: show them, never re-decide here.
    return {
      requested: false,
      why: decision.explanation,
      rules: decision.rules.map((rule) => rule.id),
    };
  }

  const result = await billing.requestRefund({
    orderId,
    reason: 'NO_REASON',
    note: 'Not what we needed',
  });
  if (!result.ok) return { requested: false, why: result.userErrors[0].message, rules: [] };
  const refund = result.data.refund!;
  // An operator approves it (approveRefund); it is then paid back to the original method.
  return {
    requested: true,
    refundId: refund.id,
    status: refund.status,
    payout: refund.payout.amount,
    rules: decision.rules.map((rule) => rule.id),
  };
}
