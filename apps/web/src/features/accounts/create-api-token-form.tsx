import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CUSTOMER_ROLES } from '../../app/permissions.js';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { IssuedSecret } from '../../components/issued-secret.js';
import { useSingleFlight } from '../../components/use-single-flight.js';
import { userErrorsByField } from '../../core/errors.js';
import { graphql } from '../../gql/index.js';
import type { Role } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiTokenForm($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      role
      userErrors {
        code
        message
        field
      }
    }
  }
`);

type CustomerRole = (typeof CUSTOMER_ROLES)[number];

/** Issues a customer token for the account; the API returns it once, so it is shown once. */
export function CreateApiTokenForm({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const [role, setRole] = useState<CustomerRole>('CUSTOMER_ADMIN');
  const [roleError, setRoleError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [issued, setIssued] = useState<{ token: string; role: Role } | null>(null);
  const [createApiToken] = useMutation(CreateApiTokenMutation);

  const [submit, submitting] = useSingleFlight(async () => {
    setRoleError(null);
    setFormError(null);
    setIssued(null);
    try {
      const result = await createApiToken({ variables: { input: { accountId, role } } });
      const payload = result.data?.createApiToken;
      if (!payload) return;
      const { byField, other } = userErrorsByField(payload.userErrors, ['role']);
      if (byField.role) setRoleError(byField.role);
      if (other.length) setFormError(other.join('; '));
      if (payload.token && payload.role) setIssued({ token: payload.token, role: payload.role });
    } catch (error) {
      setFormError(error);
    }
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit();
  }

  return (
    <form onSubmit={onSubmit} className="card" aria-labelledby="api-token-heading">
      <h2 id="api-token-heading">{t('apiToken.title')}</h2>
      <p className="muted">{t('apiToken.intro')}</p>
      <div className="form-row">
        <FormField
          label={t('apiToken.role')}
          error={roleError}
          hint={t(`apiToken.roleHint.${role}`)}
          className="grow"
        >
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(event) => setRole(event.target.value as CustomerRole)}
            >
              {CUSTOMER_ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <AsyncButton type="submit" pending={submitting} pendingLabel={t('apiToken.submitting')}>
          {t('apiToken.submit')}
        </AsyncButton>
      </div>
      {formError !== null && <ErrorBanner error={formError} />}
      {issued && (
        <IssuedSecret
          key={issued.token}
          secret={issued.token}
          notice={t('apiToken.once', { role: t(`role.${issued.role}`) })}
        />
      )}
    </form>
  );
}
