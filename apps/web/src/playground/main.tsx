import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_TABS } from './examples.js';

// Bundled from npm and served by the API at GET /graphql: works offline, no CDN.
// Signed in on the web client? The playground uses the same token unless Headers set one.
const signedInToken = window.localStorage.getItem('billing.token');
const fetcher = createGraphiQLFetcher({
  url: `${window.location.origin}/graphql`,
  ...(signedInToken ? { headers: { Authorization: `Bearer ${signedInToken}` } } : {}),
});

createRoot(document.getElementById('playground')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_TABS} shouldPersistHeaders />
  </StrictMode>,
);
