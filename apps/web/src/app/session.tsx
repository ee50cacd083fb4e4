import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { AsyncButton } from '../components/async-button.js';
import { ErrorBanner } from '../components/error-banner.js';
import { graphql } from '../gql/index.js';
import { useI18n } from '../i18n/i18n.js';
import type { Role } from './permissions.js';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      account {
        id
        name
      }
    }
  }
`);

export interface Session {
  readonly role: Role;
  /** The customer's own account; null for operators. */
  readonly account: { readonly id: string; readonly name: string } | null;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a signed-in <SessionGate> above it');
  return session;
}

/** Asks the API who the token belongs to, then renders the app for that role. */
export function SessionGate({
  onSignOut,
  onVerified,
  children,
}: {
  onSignOut: () => void;
  onVerified: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(ViewerQuery);
  const viewer = data?.viewer;
  useEffect(() => {
    if (viewer) onVerified();
  }, [viewer, onVerified]);
  if (viewer) {
    const session: Session = { role: viewer.role, account: viewer.account, signOut: onSignOut };
    return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  }
  if (error) {
    return (
      <div className="centered-panel">
        <ErrorBanner error={error} onRetry={() => void refetch()} />
        <AsyncButton className="secondary" onClick={onSignOut}>
          {t('action.signOut')}
        </AsyncButton>
      </div>
    );
  }
  return (
    <p className="centered-panel" aria-busy="true">
      {t('session.loading')}
    </p>
  );
}
