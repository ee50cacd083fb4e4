import { addWorkingDays, type WorkingDayCalendar } from '../calendar/index.js';
import { msg, renderMessage, type Message } from '../explain/messages.js';
import { refuse, type Outcome } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import { maxDate, type BusinessDate } from '../time/business-date.js';
import { expiresOn, yearsFrom, type Period } from '../time/period.js';

/** Working days the provider has to activate after payment and approved materials (R-OPEN-4). */
export const ACTIVATION_WORKING_DAYS = 5;
const MAX_OPENING_YEARS = 3;

/** R-OPEN-2: activation needs both full payment and approved qualification materials. */
export function canActivate(input: {
  readonly paidInFull: boolean;
  readonly materialsApproved: boolean;
}): Outcome<{ rules: RuleId[]; reason: string }> {
  if (!input.paidInFull || !input.materialsApproved) {
    const what = !input.materialsApproved
      ? input.paidInFull
        ? msg('activation.missingMaterials')
        : msg('activation.missingBoth')
      : msg('state.missingPayment');
    return refuse('INVALID_STATE', msg('activation.notYet', { what }), ['R-OPEN-2']);
  }
  return {
    ok: true,
    rules: ['R-OPEN-2'],
    reason: 'Paid in full and materials approved: may be activated (R-OPEN-2)',
  };
}

/**
 * R-OPEN-3: the service period starts on the activation date, not the order date.
 * activated 2021-05-01, 1 year → [2021-05-01, 2022-05-01), expires on 2022-04-30.
 */
export function activationPeriod(
  activatedOn: BusinessDate,
  years: number,
): Outcome<{
  period: Period;
  expiresOn: BusinessDate;
  rules: RuleId[];
  reason: string;
  reasonMessage: Message;
}> {
  if (!Number.isInteger(years) || years < 1 || years > MAX_OPENING_YEARS) {
    return refuse(
      'INVALID_INPUT',
      msg('activation.years', { most: MAX_OPENING_YEARS, got: years }),
      ['R-OPEN-1'],
      ['years'],
    );
  }
  const period = yearsFrom(activatedOn, years);
  const last = expiresOn(period);
  const reasonMessage = msg('event.activated', {
    on: activatedOn,
    years,
    start: period.start,
    end: period.end,
    last,
  });
  return {
    ok: true,
    period,
    expiresOn: last,
    rules: ['R-OPEN-3', 'R-TIME-1', 'R-TIME-2'],
    reason: renderMessage(reasonMessage, 'en'),
    reasonMessage,
  };
}

export interface ActivationReadiness {
  /** Day the order was paid in full; null if not yet. */
  readonly paidOn: BusinessDate | null;
  /** Day the qualification materials were approved; null if not yet. */
  readonly materialsApprovedOn: BusinessDate | null;
}

/** R-OPEN-4: activation is due by the 5th working day after the later of full payment and approved materials. */
export function activationDueDate(
  cal: WorkingDayCalendar,
  input: ActivationReadiness,
): Outcome<{ date: BusinessDate; readyOn: BusinessDate; rules: RuleId[]; reason: string }> {
  const { paidOn, materialsApprovedOn } = input;
  if (paidOn === null || materialsApprovedOn === null) {
    const what =
      materialsApprovedOn !== null
        ? msg('state.missingPayment')
        : paidOn === null
          ? msg('state.missingBoth')
          : msg('state.missingMaterials');
    return refuse('INVALID_STATE', msg('activation.noDueDate', { what }), ['R-OPEN-2', 'R-OPEN-4']);
  }
  const readyOn = maxDate(paidOn, materialsApprovedOn);
  const due = addWorkingDays(cal, readyOn, ACTIVATION_WORKING_DAYS);
  if (!due.ok)
    return refuse(
      due.refusal.code,
      due.refusal.text ?? due.refusal.message,
      ['R-OPEN-4', ...due.refusal.rules],
      due.refusal.field,
    );
  const later =
    paidOn === materialsApprovedOn
      ? 'full payment and approved materials'
      : readyOn === paidOn
        ? 'full payment'
        : 'approved materials';
  return {
    ok: true,
    date: due.date,
    readyOn,
    rules: ['R-OPEN-4', 'R-TIME-3'],
    reason: `Activation due by ${due.date}, ${ACTIVATION_WORKING_DAYS} working days after ${later} on ${readyOn} (R-OPEN-4): ${due.reason}`,
  };
}

export interface ActivationDelayInput extends ActivationReadiness {
  /** Day of activation, or null if not activated yet. */
  readonly activatedOn: BusinessDate | null;
  readonly today: BusinessDate;
  /** The delay came from the customer's own materials (R-OPEN-4 exception). */
  readonly delayCausedByCustomer: boolean;
}

/**
 * R-OPEN-4: activation is overdue when it did not happen by its due date (by `today` if not
 * activated yet). An overdue activation lets the customer cancel with a full refund
 * (R-REF-ACTIVATION) unless the delay came from the customer's own materials.
 */
export function isActivationOverdue(
  cal: WorkingDayCalendar,
  input: ActivationDelayInput,
): Outcome<{
  overdue: boolean;
  mayCancelWithFullRefund: boolean;
  dueOn: BusinessDate;
  rules: RuleId[];
  reason: string;
}> {
  const due = activationDueDate(cal, input);
  if (!due.ok) return due;
  const dueOn = due.date;
  const checkedOn = input.activatedOn ?? input.today;
  const overdue = checkedOn > dueOn;
  const mayCancelWithFullRefund = overdue && !input.delayCausedByCustomer;
  let reason: string;
  if (!overdue) {
    reason =
      input.activatedOn !== null
        ? `Activated on ${input.activatedOn}, on time (due by ${dueOn}) (R-OPEN-4)`
        : `Not activated yet, not overdue: due by ${dueOn} (R-OPEN-4)`;
  } else {
    const late =
      input.activatedOn !== null
        ? `activated late on ${input.activatedOn}`
        : `not activated by ${dueOn}`;
    reason = input.delayCausedByCustomer
      ? `Overdue (${late}, due by ${dueOn}) but the delay came from the customer's materials: no cancellation refund (R-OPEN-4)`
      : `Overdue (${late}, due by ${dueOn}): the customer may cancel with a full refund (R-OPEN-4, R-REF-ACTIVATION)`;
  }
  return {
    ok: true,
    overdue,
    mayCancelWithFullRefund,
    dueOn,
    rules: mayCancelWithFullRefund
      ? ['R-OPEN-4', 'R-TIME-3', 'R-REF-ACTIVATION']
      : ['R-OPEN-4', 'R-TIME-3'],
    reason,
  };
}
