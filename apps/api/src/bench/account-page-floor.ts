/**
 * The floor of the chosen stack for the account page: Express 5 with `express.json`, Apollo
 * Server 5 through `@as-integrations/express5`, and graphql-js executing the page's query over
 * a schema of just the types it selects — with every answer already in memory (the API's own
 * answer for the account, read once at start-up). No sign-in, no SQL, no business logic, no
 * type-graphql: what any request of this shape costs on this stack before the project does
 * anything. `account-page.ts` loads it beside the API and the plain server.
 *
 *   PORT, PAGE_JSON (a file holding the API's `data` for the page)
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema } from 'graphql';

const schema = buildSchema(`
  type Money { amount: String currency: String }
  type Rule { id: ID }
  type Product { code: String }
  type Line { description: String quantity: Int months: Int unitPrice: Money amount: Money rules: [Rule] }
  type Order { id: ID kind: String status: String total: Money createdAt: String lines: [Line] }
  type OrderEdge { cursor: String node: Order }
  type PageInfo { hasNextPage: Boolean endCursor: String }
  type OrderConnection { edges: [OrderEdge] pageInfo: PageInfo }
  type Subscription { id: ID status: String seats: Int product: Product }
  enum ListOrder { OLDEST_FIRST NEWEST_FIRST }
  type Account {
    id: ID name: String status: String balance: Money subscriptions: [Subscription]
    orders(first: Int, orderBy: ListOrder): OrderConnection
  }
  type Query { account(id: ID!): Account }
`);

const page = JSON.parse(readFileSync(process.env.PAGE_JSON!, 'utf8')) as {
  account: Record<string, unknown> & { id: string };
};
const rootValue = {
  account: ({ id }: { id: string }) => (id === page.account.id ? page.account : null),
};

const apollo = new ApolloServer({
  schema,
  rootValue,
  plugins: [ApolloServerPluginCacheControlDisabled()],
});
await apollo.start();
const app = express();
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.use('/graphql', express.json({ limit: '64kb' }), expressMiddleware(apollo));
const server = app.listen(Number(process.env.PORT));
const stop = () => {
  server.close();
  void apollo.stop().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
