import {
  BillingAuthError,
  BillingGraphQLError,
  BillingTransportError,
  createBillingClient,
} from '@billing/sdk';

/** Opens a subscription and turns every outcome into a sentence: refusals are values, failures are thrown. */
export async function openOrExplain(
  url: string,
  token: string,
  accountId: string,
  seats: number,
): Promise<string> {
  const billing = createBillingClient({ url, token, timeoutMs: 5_000, retries: 3 });
  try {
    const result = await billing.openSubscription({
      accountId,
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats,
      years: 1,
    });
    if (result.ok) return `Ordered: ${result.data.order?.total.amount} CNY`;
    const [refusal] = result.userErrors; // at least one, with a stable, typed code
    switch (refusal.code) {
      case 'SEAT_LIMIT':
        return `Too many seats: ${refusal.message}`;
      case 'PRODUCT_SUNSET':
        return 'EQQ is no longer sold: upgrade to Qidian';
      default:
        return `Refused (${refusal.code}): ${refusal.message}`;
    }
  } catch (error) {
    if (error instanceof BillingAuthError) return `Check the token (${error.code})`; // UNAUTHENTICATED, FORBIDDEN
    if (error instanceof BillingGraphQLError)
      return `Bad request (${error.code}): ${error.message}`; // BAD_USER_INPUT…
    if (error instanceof BillingTransportError)
      return `The API is unavailable (${error.attempts} attempts)`;
    throw error;
  }
}
