import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { AsyncButton } from './async-button.js';
import { FormField } from './form-field.js';

/**
 * A secret the API returns once (a new API token, a webhook endpoint's signing secret): shown
 * read-only with a copy button, and selected for a manual copy where the clipboard is refused.
 * Give it `key={secret}` so a new secret starts with no copy status.
 */
export function IssuedSecret({
  secret,
  notice,
  label,
  copyManually,
  children,
}: {
  secret: string;
  notice: string;
  /** The field's label ("Token" unless given). */
  label?: string;
  /** Said when the clipboard is refused and the secret is selected instead. */
  copyManually?: string;
  /** More to say under it (where to go next). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<'copied' | 'manual' | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('manual');
    }
  }

  return (
    <div className="token-once" data-testid="issued-token">
      <p className="notice-strong">{notice}</p>
      <div className="form-row">
        <FormField label={label ?? t('apiToken.token')} className="grow">
          {(control) => (
            <input
              {...control}
              ref={input}
              className="mono"
              readOnly
              value={secret}
              onFocus={(event) => event.target.select()}
            />
          )}
        </FormField>
        <AsyncButton className="secondary" onClick={copySecret}>
          {t('apiToken.copy')}
        </AsyncButton>
      </div>
      <p role="status" className="copy-status">
        {copy === 'copied'
          ? t('apiToken.copied')
          : copy === 'manual'
            ? (copyManually ?? t('apiToken.copyManually'))
            : ''}
      </p>
      {children}
    </div>
  );
}
