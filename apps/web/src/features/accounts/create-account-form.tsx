import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { accountPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { useSingleFlight } from '../../components/use-single-flight.js';
import { userErrorsByField } from '../../core/errors.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';

export const CreateAccountMutation = graphql(`
  mutation CreateAccountForm($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        id
        name
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export function CreateAccountForm({ onCreated }: { onCreated: () => Promise<unknown> | void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [createAccount] = useMutation(CreateAccountMutation);

  const [submit, submitting] = useSingleFlight(async () => {
    setNameError(null);
    setFormError(null);
    setCreated(null);
    try {
      const result = await createAccount({ variables: { input: { name } } });
      const payload = result.data?.createAccount;
      if (!payload) return;
      const { byField, other } = userErrorsByField(payload.userErrors, ['name']);
      if (byField.name) setNameError(byField.name);
      if (other.length) setFormError(other.join('; '));
      if (payload.account) {
        setCreated(payload.account);
        setName('');
        await onCreated();
      }
    } catch (error) {
      setFormError(error);
    }
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit();
  }

  return (
    <form
      onSubmit={onSubmit}
      className="card create-account"
      aria-labelledby="create-account-heading"
    >
      <h2 id="create-account-heading">{t('accounts.create.title')}</h2>
      <div className="form-row">
        <FormField label={t('accounts.create.name')} error={nameError} className="grow">
          {(control) => (
            <input
              {...control}
              name="name"
              autoComplete="organization"
              maxLength={200}
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
            />
          )}
        </FormField>
        <AsyncButton
          type="submit"
          pending={submitting}
          pendingLabel={t('accounts.create.submitting')}
        >
          {t('accounts.create.submit')}
        </AsyncButton>
      </div>
      {formError !== null && <ErrorBanner error={formError} />}
      {created && (
        <p role="status" className="notice">
          {t('accounts.create.done', { name: created.name })}{' '}
          <Link to={accountPath(created.id)}>{t('accounts.open')}</Link>
        </p>
      )}
    </form>
  );
}
