import { randomUUID } from 'node:crypto';
import type { ChargeRequest, ChargeResult, PaymentGateway, PayoutRequest } from '../../gateway.js';

export type { ChargeRequest, ChargeResult, PaymentGateway, PayoutRequest };

/**
 * The sandbox gateway for development and tests: every charge and payout succeeds at once
 * with a sandbox reference, except amounts ending in .13 yuan, which are declined (so
 * declined payments can be tried by hand).
 */
export class SandboxGateway implements PaymentGateway {
  async charge(request: ChargeRequest): Promise<ChargeResult> {
    if (request.amount % 100 === 13)
      return { ok: false, message: 'Declined by the sandbox (amounts ending .13 are declined)' };
    return { ok: true, providerReference: `sbx_${request.method.toLowerCase()}_${randomUUID()}` };
  }

  async payout(request: PayoutRequest): Promise<ChargeResult> {
    return {
      ok: true,
      providerReference: `sbx_payout_${request.method.toLowerCase()}_${randomUUID()}`,
    };
  }
}
