import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { requestProblem } from '../core/errors.js';
import type { Locale } from '../core/format.js';

export { readToken, writeToken } from '../core/token.js';

/**
 * One Apollo Client per signed-in token and language (signing out or switching language drops
 * its cache with it); every request says the language in `Accept-Language`, so that the API
 * writes explanations, rule summaries, refusals and catalogue names in it. A request the API
 * answers with UNAUTHENTICATED (revoked or unknown token) calls `onUnauthenticated`.
 */
export function createApolloClient(
  token: string,
  onUnauthenticated: () => void,
  locale: Locale = 'en',
): ApolloClient {
  const auth = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}`, 'accept-language': locale },
    }));
    return forward(operation);
  });
  const signOutOnRejection = new ErrorLink(({ error }) => {
    if (requestProblem(error) === 'UNAUTHENTICATED') onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([signOutOnRejection, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
