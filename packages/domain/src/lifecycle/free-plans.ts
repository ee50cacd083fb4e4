import { msg, renderMessage, type CatalogName, type Message } from '../explain/messages.js';
import { bookInForce } from '../catalog/catalog-lookup.js';
import type { Plan } from '../catalog/catalog-types.js';
import { refuse, type Outcome, type Refusal } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import type { BusinessDate } from '../time/business-date.js';
import { activationPeriod } from './activation.js';

const FREE_RULES: readonly RuleId[] = ['R-CAT-2'];

/**
 * R-CAT-2: a plan is free on a date when its price book in force that day is `FREE` (Exmail
 * `FREE`, Meeting `BASIC`). A free plan has no time limit (无时间限制).
 */
export function isFreePlan(plan: Plan, date: BusinessDate): boolean {
  return bookInForce(plan, date)?.model === 'FREE';
}

/**
 * The end of a period of `years` starting `start` (R-OPEN-3, R-TIME-2), or null for a free plan,
 * which has no period end (R-CAT-2): 2021-05-01 + 1 year → 2022-05-01; Exmail FREE → null.
 */
export function periodEndFor(plan: Plan, start: BusinessDate, years = 1): BusinessDate | null {
  if (isFreePlan(plan, start)) return null;
  const period = activationPeriod(start, years);
  return period.ok ? period.period.end : null;
}

/** The service period an activation starts: closed `[start, end)` for a paid plan, open-ended for a free one. */
export interface ActivationPeriod {
  readonly start: BusinessDate;
  /** null: no period end (a free plan, R-CAT-2). */
  readonly end: BusinessDate | null;
  /** Last day of service, `end − 1 day` (R-TIME-1); null when open-ended. */
  readonly expiresOn: BusinessDate | null;
  readonly openEnded: boolean;
  readonly rules: RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters (paid plans), for other languages. */
  readonly reasonMessage?: Message;
}

/**
 * R-OPEN-3: the period starts on the activation date. A paid plan runs whole years (R-OPEN-1,
 * R-TIME-2); a free plan has no period end (R-CAT-2): no renewal, no grace, no recycling, no
 * reminders; it ends only when the customer leaves it or an operator terminates it.
 */
export function activationPeriodFor(
  plan: Plan,
  activatedOn: BusinessDate,
  years: number,
  /** The plan's product, so that its name is written in the reader's language. */
  productCode?: string,
): Outcome<ActivationPeriod> {
  if (isFreePlan(plan, activatedOn)) {
    const reasonMessage = msg('event.activatedFree', {
      on: activatedOn,
      plan: productCode
        ? { catalog: { product: productCode, plan: plan.code, name: plan.name } }
        : plan.name,
    });
    return {
      ok: true,
      start: activatedOn,
      end: null,
      expiresOn: null,
      openEnded: true,
      rules: ['R-OPEN-3', 'R-CAT-2'],
      reason: renderMessage(reasonMessage, 'en'),
      reasonMessage,
    };
  }
  const period = activationPeriod(activatedOn, years);
  if (!period.ok) return period;
  return {
    ok: true,
    start: period.period.start,
    end: period.period.end,
    expiresOn: period.expiresOn,
    openEnded: false,
    rules: period.rules,
    reason: period.reason,
    reasonMessage: period.reasonMessage,
  };
}

/**
 * R-CAT-2: a free plan is never renewed (it has no period end). The refusal says what to do
 * instead: nothing to keep it, or open a paid plan for a paid edition.
 */
export function freePlanRenewalRefusal(
  plan?: Pick<Plan, 'name'> & Partial<Pick<Plan, 'code'>>,
  productCode?: string,
): {
  ok: false;
  refusal: Refusal;
} {
  return refuse(
    'INVALID_STATE',
    msg('freePlan.noRenewal', {
      what: plan
        ? msg('freePlan.named', { plan: planParam(plan, productCode) })
        : msg('freePlan.unnamed'),
    }),
    FREE_RULES,
  );
}

/** A plan named in a message: by its codes (translated) when they are known, else by its name. */
function planParam(
  plan: Pick<Plan, 'name'> & Partial<Pick<Plan, 'code'>>,
  productCode: string | undefined,
): string | { readonly catalog: CatalogName } {
  return productCode !== undefined && plan.code !== undefined
    ? { catalog: { product: productCode, plan: plan.code, name: plan.name } }
    : plan.name;
}

/**
 * R-CAT-2: force majeure extends a period end (R-FM-1); an open-ended free plan has none.
 */
export function freePlanForceMajeureRefusal(
  plan: Pick<Plan, 'name'> & Partial<Pick<Plan, 'code'>>,
  productCode?: string,
): {
  ok: false;
  refusal: Refusal;
} {
  return refuse(
    'INVALID_STATE',
    msg('freePlan.forceMajeure', { plan: planParam(plan, productCode) }),
    ['R-CAT-2', 'R-FM-1'],
  );
}

/**
 * Leaving a plan (the customer's own way to end it): only a free plan, which has no paid period
 * to refund or run out; a paid plan ends at its period end, by a refund or by an operator's
 * termination (R-LIFE-5).
 */
export function canLeavePlan(
  plan: Plan,
  date: BusinessDate,
  productCode?: string,
): Outcome<{ rules: RuleId[]; reason: string }> {
  if (!isFreePlan(plan, date)) {
    return refuse(
      'INVALID_STATE',
      msg('freePlan.paidCannotLeave', { plan: planParam(plan, productCode) }),
      ['R-CAT-2', 'R-LIFE-5'],
    );
  }
  return {
    ok: true,
    rules: ['R-CAT-2', 'R-LIFE-5'],
    reason: `Left free plan ${plan.name} on ${date}: the subscription ends that day (R-CAT-2, R-LIFE-5)`,
  };
}
