import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.js';
import { WEBHOOK_EVENT_TYPES, eventTypeLabel } from './webhook-labels.js';

/**
 * The event types an endpoint receives, one checkbox each; none ticked means every type (those
 * added later too), as the API has it. The API's refusal of the list shows under it.
 */
export function EventTypesField({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (types: string[]) => void;
  error?: string | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  // A type the endpoint has that this client does not list (a newer API) stays ticked.
  const known: readonly string[] = WEBHOOK_EVENT_TYPES;
  const types = [...known, ...value.filter((type) => !known.includes(type))];
  function toggle(type: string, checked: boolean) {
    onChange(
      checked
        ? types.filter((t) => t === type || value.includes(t))
        : value.filter((t) => t !== type),
    );
  }
  return (
    <fieldset
      className="choice-group"
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      data-testid="webhook-event-types"
    >
      <legend>{t('webhooks.eventTypes')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('webhooks.eventTypesHint')}
      </p>
      <ul className="checkbox-grid">
        {types.map((type) => (
          <li key={type}>
            <label title={type}>
              <input
                type="checkbox"
                value={type}
                checked={value.includes(type)}
                onChange={(event) => toggle(type, event.target.checked)}
              />
              <span>{eventTypeLabel(i18n, type)}</span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
