import { FormField } from '../../components/form-field.js';
import { useI18n } from '../../i18n/i18n.js';

/** Choose 1 to `max` years; `max` comes from the API (R-OPEN-1 for openings, R-RENEW-2 for renewals). */
export function YearsField({
  years,
  max,
  error,
  onChange,
}: {
  years: number;
  max: number;
  error?: string | null;
  onChange: (years: number) => void;
}) {
  const { t } = useI18n();
  const options = Array.from({ length: Math.max(1, max) }, (_, i) => i + 1);
  return (
    <FormField label={t('subscription.years')} error={error ?? null}>
      {(control) => (
        <select
          {...control}
          value={years}
          onChange={(event) => onChange(Number(event.target.value))}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {t('subscription.yearCount', { count: option })}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
