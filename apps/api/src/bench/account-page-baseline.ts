/**
 * The baseline of the account-page benchmark: a plain `node:http` + `pg` server answering the
 * page with the SQL it needs (the account row, its subscriptions, one keyset page of orders,
 * their lines) and the JSON the GraphQL API answers, built by hand. Like the API it signs the
 * request in with the same statement on `api_tokens` (find the token by its hash and move its
 * last use at most once a minute), and refuses an unknown, revoked or expired token; like the
 * API it remembers a token it read for a minute (the API also forgets it as soon as it
 * changes, which a benchmark's token never does). The same SQL, sent like the API's hot reads
 * as named prepared statements. What the API costs beyond this is the cost of its layers. Run
 * as a child process by `account-page.ts`.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { formatMoney } from '@billing/domain';
import pg from 'pg';

const PAGE_SIZE = 20;
const newestFirst = process.env.PAGE_ORDER === 'NEWEST_FIRST';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const cursor = (seq: string) => Buffer.from(`seq:${seq}`).toString('base64url');
const money = (fen: string) => ({ amount: formatMoney(Number(fen)), currency: 'CNY' });

interface OrderRow {
  id: string;
  seq: string;
  kind: string;
  status: string;
  total: string;
  created_at: Date;
}
interface LineRow {
  order_id: string;
  description: string;
  quantity: number;
  months: number | null;
  unit_price: string;
  amount: string;
  rules: string[];
}

/** The API's sign-in statement (`modules/auth/auth.ts`), as it sends it. */
const SIGN_IN = `WITH found AS (
       SELECT id, role, account_id, expires_at, revoked_at, last_used_at FROM api_tokens
        WHERE token_hash = $1),
     touched AS (
       UPDATE api_tokens t SET last_used_at = now() FROM found f
        WHERE t.id = f.id AND f.revoked_at IS NULL AND (f.expires_at IS NULL OR f.expires_at > now())
          AND (f.last_used_at IS NULL OR f.last_used_at <= now() - $2::interval))
     SELECT id, role, account_id, expires_at, revoked_at FROM found`;

/** The request's token is a current one (the API's 401 cases, without their messages). */
const remembered = new Map<string, { expiresAt: number | null; readAt: number }>();

async function signedIn(authorization: string | undefined): Promise<boolean> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (!token) return false;
  const hash = createHash('sha256').update(token, 'utf8').digest('hex');
  const now = Date.now();
  const known = remembered.get(hash);
  if (known && now - known.readAt < 60_000 && (known.expiresAt === null || known.expiresAt > now))
    return true;
  const { rows } = await pool.query<{ expires_at: Date | null; revoked_at: Date | null }>({
    name: 'sign_in',
    text: SIGN_IN,
    values: [hash, '60000 milliseconds'],
  });
  const found = rows[0];
  const ok = !!found && !found.revoked_at && (!found.expires_at || found.expires_at > new Date());
  if (ok) remembered.set(hash, { expiresAt: found.expires_at?.getTime() ?? null, readAt: now });
  return ok;
}

async function accountPage(globalAccountId: string): Promise<unknown> {
  const [type, id] = Buffer.from(globalAccountId, 'base64url').toString('utf8').split(':');
  if (type !== 'Account' || !id) return null;
  const [accounts, subscriptions, orders] = await Promise.all([
    pool.query({
      name: 'account',
      text: 'SELECT id, name, status, balance FROM accounts WHERE id = $1',
      values: [id],
    }),
    pool.query({
      name: 'subscriptions',
      text: 'SELECT id, status, seats, product_code FROM subscriptions WHERE account_id = $1 ORDER BY seq',
      values: [id],
    }),
    pool.query<OrderRow>({
      name: 'orders',
      // Bounded and ordered by (account_id, seq), as the API reads a page of one parent's
      // children (graphql/connection.ts keysetSql), so that only the account's index orders it.
      text: `SELECT id, seq, kind, status, total, created_at FROM orders
              WHERE (account_id, seq) >= ($1::uuid, (-9223372036854775808)::bigint)
                AND (account_id, seq) <= ($1::uuid, 9223372036854775807::bigint)
              ORDER BY account_id ${newestFirst ? 'DESC' : 'ASC'}, seq ${newestFirst ? 'DESC' : 'ASC'} LIMIT $2`,
      values: [id, PAGE_SIZE + 1],
    }),
  ]);
  const account = accounts.rows[0];
  if (!account) return null;
  const page = orders.rows.slice(0, PAGE_SIZE);
  const lines = await pool.query<LineRow>({
    name: 'lines',
    text: `SELECT order_id, description, quantity, months, unit_price, amount, rules FROM order_lines
            WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, position`,
    values: [page.map((order) => order.id)],
  });
  const linesOf = new Map<string, LineRow[]>();
  for (const line of lines.rows) {
    const list = linesOf.get(line.order_id) ?? [];
    list.push(line);
    linesOf.set(line.order_id, list);
  }
  return {
    id: globalId('Account', account.id),
    name: account.name,
    status: account.status,
    balance: money(account.balance),
    subscriptions: subscriptions.rows.map((sub) => ({
      id: globalId('Subscription', sub.id),
      status: sub.status,
      seats: sub.seats,
      product: { code: sub.product_code },
    })),
    orders: {
      edges: page.map((order) => ({
        cursor: cursor(order.seq),
        node: {
          id: globalId('Order', order.id),
          kind: order.kind,
          status: order.status,
          total: money(order.total),
          createdAt: order.created_at.toISOString(),
          lines: (linesOf.get(order.id) ?? []).map((line) => ({
            description: line.description,
            quantity: line.quantity,
            months: line.months,
            unitPrice: money(line.unit_price),
            amount: money(line.amount),
            rules: line.rules.map((rule) => ({ id: rule })),
          })),
        },
      })),
      pageInfo: {
        hasNextPage: orders.rows.length > PAGE_SIZE,
        endCursor: page.length > 0 ? cursor(page.at(-1)!.seq) : null,
      },
    },
  };
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          variables?: { id?: string };
        };
        if (!(await signedIn(req.headers.authorization))) {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[]}');
          return;
        }
        const account = await accountPage(String(body.variables?.id ?? ''));
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data: { account } }));
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
    })();
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
