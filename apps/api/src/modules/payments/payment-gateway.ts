import { randomUUID } from 'node:crypto';
import type { Fen, PaymentMethod } from '@billing/domain';

export interface ChargeRequest {
  readonly method: Exclude<PaymentMethod, 'BALANCE'>;
  readonly amount: Fen;
  /** Our reference for the charge (idempotent at the provider). */
  readonly reference: string;
}

export type ChargeResult =
  | { readonly ok: true; readonly providerReference: string }
  | { readonly ok: false; readonly message: string };

export interface PayoutRequest {
  readonly method: PaymentMethod;
  readonly amount: Fen;
  readonly reference: string;
  /** R-REF-PAYOUT: back to the original payment (card to the same card, …). */
  readonly originalProviderReference: string | null;
}

/** Where money comes from and goes back to. A real provider plugs in behind this interface. */
export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<ChargeResult>;
  payout(request: PayoutRequest): Promise<ChargeResult>;
}

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
