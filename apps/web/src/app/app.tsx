import { ApolloProvider } from '@apollo/client/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n.js';
import { createApolloClient, readToken, writeToken } from './apollo.js';
import { Layout } from './layout.js';
import { navigate } from './router.js';
import { RouteOutlet } from './routes.js';
import { SessionGate } from './session.js';
import { SignIn, type SignInNotice } from './sign-in.js';

export function App() {
  return (
    <I18nProvider>
      <SignedInApp />
    </I18nProvider>
  );
}

function SignedInApp() {
  const [token, setToken] = useState(readToken);
  const [notice, setNotice] = useState<SignInNotice | null>(null);
  // Whether the API has accepted this token: a rejection before that is a wrong token, after it
  // an expired or revoked one.
  const verified = useRef(false);
  const { locale } = useI18n();

  const signOut = useCallback((reason: SignInNotice) => {
    writeToken(null);
    verified.current = false;
    setNotice(reason);
    setToken(null);
  }, []);
  const onVerified = useCallback(() => {
    verified.current = true;
  }, []);
  const client = useMemo(
    () =>
      token
        ? createApolloClient(
            token,
            () => signOut(verified.current ? 'expired' : 'rejected'),
            locale,
          )
        : null,
    [token, signOut, locale],
  );

  if (!token || !client) {
    return (
      <SignIn
        notice={notice}
        onSignIn={(value) => {
          writeToken(value);
          setNotice(null);
          setToken(value);
        }}
      />
    );
  }
  return (
    <ApolloProvider client={client}>
      <SessionGate
        onVerified={onVerified}
        onSignOut={() => {
          signOut('signedOut');
          navigate('/', { replace: true });
        }}
      >
        <Layout>
          <RouteOutlet />
        </Layout>
      </SessionGate>
    </ApolloProvider>
  );
}
