import { msg } from '../explain/messages.js';
import { refuse, type Outcome } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import type { BusinessDate } from '../time/business-date.js';
import type { LifecycleSubscription } from './subscription-state.js';

/** R-VIO-1: the steps of violation enforcement, in escalation order. */
export const VIOLATION_LEVELS = ['NONE', 'WARNING', 'SUSPENDED', 'BANNED'] as const;
export type ViolationLevel = (typeof VIOLATION_LEVELS)[number];

/** One recorded step (R-VIO-1): an escalation, or an upheld appeal undoing the latest escalation. */
export interface ViolationRecord {
  readonly kind: 'ESCALATION' | 'APPEAL_UPHELD';
  readonly on: BusinessDate;
  readonly from: ViolationLevel;
  readonly to: ViolationLevel;
  readonly reason: string;
  readonly rules: readonly RuleId[];
}

/** The subscription fields to store so its status follows the violation level (R-LIFE-5). */
export type ViolationEffect = Pick<LifecycleSubscription, 'suspension' | 'terminatedOn'>;

export interface ViolationStep {
  readonly level: ViolationLevel;
  readonly record: ViolationRecord;
  readonly effect: ViolationEffect;
  readonly rules: readonly RuleId[];
  readonly reason: string;
}

/** Only the fields the violation level owns change; a termination for another cause is never touched. */
function effectOf(
  from: ViolationLevel,
  to: ViolationLevel,
  since: BusinessDate,
  reason: string,
): ViolationEffect {
  if (to === 'BANNED') return { terminatedOn: { on: since, cause: 'VIOLATION_BAN' } };
  if (to === 'SUSPENDED') {
    const suspension = { since, reason, kind: 'VIOLATION' } as const;
    return from === 'BANNED' ? { suspension, terminatedOn: null } : { suspension };
  }
  if (from === 'BANNED') return { suspension: null, terminatedOn: null };
  if (from === 'SUSPENDED') return { suspension: null };
  return {};
}

/**
 * R-VIO-1: a violation moves the account one step up: warning → suspension → permanent ban.
 * Refuses an empty reason (each step is recorded with its reason) and escalating a ban.
 */
export function escalateViolation(
  current: ViolationLevel,
  reason: string,
  on: BusinessDate,
): Outcome<ViolationStep> {
  const why = reason.trim();
  if (why === '') return refuse('INVALID_INPUT', msg('violation.reason'), ['R-VIO-1'], ['reason']);
  const index = VIOLATION_LEVELS.indexOf(current);
  const next = VIOLATION_LEVELS[index + 1];
  if (index < 0 || next === undefined) {
    return refuse('INVALID_STATE', msg('violation.last', { level: current }), ['R-VIO-1']);
  }
  const rules: RuleId[] = next === 'WARNING' ? ['R-VIO-1'] : ['R-VIO-1', 'R-LIFE-5'];
  return {
    ok: true,
    level: next,
    record: { kind: 'ESCALATION', on, from: current, to: next, reason: why, rules },
    effect: effectOf(current, next, on, why),
    rules,
    reason: `${current} → ${next} on ${on}: ${why} (R-VIO-1${next === 'WARNING' ? '' : '; R-LIFE-5: no entitlements'})`,
  };
}

/** The escalations still in force after replaying the history: each upheld appeal undoes the latest one. */
function escalationsInForce(history: readonly ViolationRecord[]): ViolationRecord[] {
  const stack: ViolationRecord[] = [];
  for (const record of history) {
    if (record.kind === 'ESCALATION') stack.push(record);
    else stack.pop();
  }
  return stack;
}

/** R-VIO-1: the violation level a recorded history leaves the account at. */
export function violationLevel(history: readonly ViolationRecord[]): ViolationLevel {
  return escalationsInForce(history).at(-1)?.to ?? 'NONE';
}

/**
 * R-VIO-1: an upheld appeal restores the state before the latest escalation still in force
 * (a ban appealed goes back to the suspension, a suspension to the warning, and so on).
 */
export function appealUpheld(
  history: readonly ViolationRecord[],
  on: BusinessDate,
  reason = 'appeal upheld',
): Outcome<ViolationStep> {
  const inForce = escalationsInForce(history);
  const latest = inForce.pop();
  if (latest === undefined) {
    return refuse('INVALID_STATE', msg('violation.nothingToAppeal'), ['R-VIO-1']);
  }
  const restored = latest.from;
  const previous = inForce.at(-1);
  // Restoring a suspension restores it as it was first recorded.
  const effect = effectOf(latest.to, restored, previous?.on ?? on, previous?.reason ?? reason);
  const rules: RuleId[] = ['R-VIO-1'];
  return {
    ok: true,
    level: restored,
    record: { kind: 'APPEAL_UPHELD', on, from: latest.to, to: restored, reason, rules },
    effect,
    rules,
    reason: `Appeal upheld on ${on}: ${latest.to} (${latest.on}: ${latest.reason}) lifted, back to ${restored} (R-VIO-1)`,
  };
}
