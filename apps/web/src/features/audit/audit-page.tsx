import { useState, type FormEvent } from 'react';
import { auditPath } from '../../app/paths.js';
import { navigate, useLocation } from '../../app/router.js';
import { FormField } from '../../components/form-field.js';
import { useI18n } from '../../i18n/i18n.js';
import { AuditTrail } from './audit-trail.js';

/** The audit trail of any object (account, order, subscription, refund…) by its global id. */
export function AuditPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const objectId = search.get('object') ?? '';
  const accountId = search.get('account') ?? '';
  const [objectText, setObjectText] = useState(objectId);
  const [accountText, setAccountText] = useState(accountId);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    navigate(auditPath({ objectId: objectText.trim(), accountId: accountText.trim() }));
  }
  return (
    <section aria-labelledby="audit-heading" className="page">
      <header className="page-header">
        <h1 id="audit-heading">{t('audit.title')}</h1>
      </header>
      <form className="card" role="search" aria-label={t('audit.filters')} onSubmit={onSubmit}>
        <div className="form-row">
          <FormField label={t('audit.objectId')} hint={t('audit.objectIdHint')} className="grow">
            {(control) => (
              <input
                {...control}
                className="mono"
                value={objectText}
                onChange={(event) => setObjectText(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('audit.accountId')} className="grow">
            {(control) => (
              <input
                {...control}
                className="mono"
                value={accountText}
                onChange={(event) => setAccountText(event.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button">
            {t('audit.show')}
          </button>
        </div>
      </form>
      <AuditTrail
        key={`${objectId}|${accountId}`}
        objectId={objectId || undefined}
        accountId={accountId || undefined}
      />
    </section>
  );
}
