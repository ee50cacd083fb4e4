import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_IDS_QUERY, exampleIds, exampleTabs } from './examples.js';

// Bundled from npm and served by the API at GET /graphql: works offline, no CDN.
// Signed in on the web client? The playground uses the same token unless Headers set one.
const signedInToken = window.localStorage.getItem('billing.token');
const fetcher = createGraphiQLFetcher({
  url: `${window.location.origin}/graphql`,
  ...(signedInToken ? { headers: { Authorization: `Bearer ${signedInToken}` } } : {}),
});

/** The ids the examples' variables need, read with the signed-in token (none without one). */
async function readExampleIds() {
  if (!signedInToken) return {};
  try {
    const response = await fetch(`${window.location.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${signedInToken}` },
      body: JSON.stringify({ query: EXAMPLE_IDS_QUERY }),
    });
    const body = (await response.json()) as { data?: Parameters<typeof exampleIds>[0] };
    return exampleIds(body.data);
  } catch {
    return {};
  }
}

void readExampleIds().then((ids) =>
  createRoot(document.getElementById('playground')!).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs(ids)} shouldPersistHeaders />
    </StrictMode>,
  ),
);
