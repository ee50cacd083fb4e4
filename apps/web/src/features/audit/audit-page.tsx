import { TestModeBanner, TestModeSwitch } from '../../components/test-mode.js';
import { useState, type FormEvent } from 'react';
import { auditPath } from '../../app/paths.js';
import { navigate, useLocation } from '../../app/router.js';
import { FormField } from '../../components/form-field.js';
import { useI18n, type PlainMessageKey } from '../../i18n/i18n.js';
import { en } from '../../i18n/messages.en.js';
import { actionLabel, AuditTrail, type AuditFilters } from './audit-trail.js';

/** Every action the catalogue names in words, for the action filter. */
const ACTIONS = Object.keys(en)
  .filter((key) => key.startsWith('auditAction.'))
  .map((key) => key.slice('auditAction.'.length));
const ACTOR_ROLES = ['OPERATOR', 'CUSTOMER_ADMIN', 'CUSTOMER_MEMBER', 'SYSTEM'] as const;
const OBJECT_TYPES = Object.keys(en)
  .filter((key) => key.startsWith('audit.objectType.'))
  .map((key) => key.slice('audit.objectType.'.length));

function filtersFrom(search: URLSearchParams): AuditFilters {
  return {
    objectId: search.get('object') ?? '',
    accountId: search.get('account') ?? '',
    action: search.get('action') ?? '',
    actor: search.get('actor') ?? '',
    objectType: search.get('type') ?? '',
    search: search.get('q') ?? '',
    oldestFirst: search.get('order') === 'oldest',
  };
}

/** The audit trail: searched, filtered by action, actor, object and account, sorted by time. */
export function AuditPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const applied = filtersFrom(search);
  const [form, setForm] = useState<AuditFilters>(applied);
  const set = (patch: Partial<AuditFilters>) => setForm((current) => ({ ...current, ...patch }));
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    navigate(
      auditPath({
        ...form,
        objectId: form.objectId?.trim(),
        accountId: form.accountId?.trim(),
        search: form.search?.trim(),
      }),
    );
  }
  const actors = [...ACTOR_ROLES] as string[];
  if (applied.actor && !actors.includes(applied.actor)) actors.push(applied.actor);
  const roleLabel = (role: string) =>
    role === 'SYSTEM'
      ? t('audit.actorRole.SYSTEM')
      : `role.${role}` in en
        ? t(`role.${role}` as PlainMessageKey)
        : role;
  return (
    <section aria-labelledby="audit-heading" className="page">
      <header className="page-header">
        <h1 id="audit-heading">{t('audit.title')}</h1>
        <TestModeSwitch />
      </header>
      <TestModeBanner />
      <form className="card" role="search" aria-label={t('audit.filters')} onSubmit={onSubmit}>
        <div className="form-row">
          <FormField label={t('audit.search')} hint={t('audit.searchHint')} className="grow">
            {(control) => (
              <input
                {...control}
                type="search"
                value={form.search ?? ''}
                onChange={(event) => set({ search: event.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('audit.filterAction')}>
            {(control) => (
              <select
                {...control}
                value={form.action ?? ''}
                onChange={(event) => set({ action: event.target.value })}
              >
                <option value="">{t('audit.any')}</option>
                {ACTIONS.map((action) => [action, actionLabel(t, action)] as const)
                  .sort((a, b) => a[1].localeCompare(b[1]))
                  .map(([action, label]) => (
                    <option key={action} value={action}>
                      {label}
                    </option>
                  ))}
              </select>
            )}
          </FormField>
          <FormField label={t('audit.filterActor')}>
            {(control) => (
              <select
                {...control}
                value={form.actor ?? ''}
                onChange={(event) => set({ actor: event.target.value })}
              >
                <option value="">{t('audit.any')}</option>
                {actors.map((actor) => (
                  <option key={actor} value={actor}>
                    {roleLabel(actor)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('audit.filterObjectType')}>
            {(control) => (
              <select
                {...control}
                value={form.objectType ?? ''}
                onChange={(event) => set({ objectType: event.target.value })}
              >
                <option value="">{t('audit.any')}</option>
                {OBJECT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`audit.objectType.${type}` as PlainMessageKey)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('audit.sort')}>
            {(control) => (
              <select
                {...control}
                value={form.oldestFirst ? 'oldest' : 'newest'}
                onChange={(event) => set({ oldestFirst: event.target.value === 'oldest' })}
              >
                <option value="newest">{t('audit.newestFirst')}</option>
                <option value="oldest">{t('audit.oldestFirst')}</option>
              </select>
            )}
          </FormField>
        </div>
        <div className="form-row">
          <FormField label={t('audit.objectId')} hint={t('audit.objectIdHint')} className="grow">
            {(control) => (
              <input
                {...control}
                className="mono"
                value={form.objectId ?? ''}
                onChange={(event) => set({ objectId: event.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('audit.accountId')} className="grow">
            {(control) => (
              <input
                {...control}
                className="mono"
                value={form.accountId ?? ''}
                onChange={(event) => set({ accountId: event.target.value })}
              />
            )}
          </FormField>
          <button type="submit" className="button">
            {t('audit.show')}
          </button>
        </div>
      </form>
      <AuditTrail key={search.toString()} {...applied} />
    </section>
  );
}
