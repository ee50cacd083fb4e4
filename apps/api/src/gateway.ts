// The payment provider's port, which every request's context carries (context.ts). The sandbox
// provider behind it is modules/payments/payment-gateway.ts.
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
