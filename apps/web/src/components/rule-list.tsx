import { useI18n } from '../i18n/i18n.js';

/** The contract's `RuleRef`: which billing rule (docs/billing-rules.md) produced a figure. */
export interface RuleRef {
  readonly id: string;
  readonly summary: string;
}

/** Rule ids as chips; the summary is the tooltip and is read out to screen readers. */
export function RuleList({ rules }: { rules: readonly RuleRef[] }) {
  const { t } = useI18n();
  if (rules.length === 0) return null;
  return (
    <ul className="rule-list" aria-label={t('rules.label')}>
      {rules.map((rule) => (
        <li key={rule.id} className="chip" title={rule.summary}>
          {rule.id}
          <span className="visually-hidden">: {rule.summary}</span>
        </li>
      ))}
    </ul>
  );
}
