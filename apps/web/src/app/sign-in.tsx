import { useState, type FormEvent } from 'react';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';
import { LanguageSelect } from './language-select.js';

export type SignInNotice = 'rejected' | 'expired' | 'signedOut';

export function SignIn({
  notice,
  onSignIn,
}: {
  notice: SignInNotice | null;
  onSignIn: (token: string) => void;
}) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (token.trim()) onSignIn(token.trim());
  }
  return (
    <div className="sign-in-page">
      <div className="sign-in-language">
        <LanguageSelect />
      </div>
      <form onSubmit={submit} className="sign-in card" aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">{t('app.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {notice === 'signedOut' && (
          <p role="status" className="notice">
            {t('signIn.signedOut')}
          </p>
        )}
        <FormField
          label={t('signIn.token')}
          hint={t('signIn.tokenHint')}
          error={
            notice === 'rejected'
              ? t('signIn.rejected')
              : notice === 'expired'
                ? t('signIn.expired')
                : null
          }
        >
          {(control) => (
            <input
              {...control}
              name="token"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={token}
              onChange={(e) => setToken(e.target.value)}
              required
            />
          )}
        </FormField>
        <button type="submit" className="button">
          {t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
