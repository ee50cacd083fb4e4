import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema, isOperatorOnly } from '../src/schema.js';
import {
  accountAt,
  activate,
  key,
  localId,
  openSubscription,
  payOrder,
  tokenFor,
  verify,
} from './api-helpers.js';
import { startHarnessOnOwnDatabase, type Harness } from './harness.js';

/**
 * Every query and mutation of the schema (enumerated from it: a new one is covered without
 * touching this file) × callers who must get nothing: no token, a malformed one, an expired
 * one, a revoked one, the administrator of another account, and a member of the account.
 * Each request names the victim account's objects. Asserted per request: no data of an
 * account the caller may not see, no row written (a checksum of every table), and clean
 * errors (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT or userErrors; never an internal error).
 * It runs on a database of its own, so other test files' writes do not disturb the checksums.
 */

let api: Harness;
let schema: GraphQLSchema;

interface Victim {
  accountId: string;
  accountName: string;
  subscriptionId: string;
  orderId: string;
  paymentId: string;
  clockId: string;
  tokenId: string;
}
let victim: Victim;
let otherAccount: { accountId: string; accountName: string };
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startHarnessOnOwnDatabase();
  schema = await buildApiSchema();

  const { accountId, clockId } = await accountAt(api, '2021-04-20');
  const admin = await tokenFor(api, accountId);
  const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' }, admin);
  const paid = await payOrder(api, opened.order.id, '3600.00', 'ALIPAY', admin);
  await verify(api, accountId);
  await activate(api, opened.subscription.id);
  const account = await api.gql(`query($id: ID!) { account(id: $id) { name } }`, {
    id: accountId,
  });
  const listed = await api.gql(
    `query($id: ID) { apiTokens(accountId: $id, first: 1) { edges { node { id } } } }`,
    { id: accountId },
  );
  victim = {
    accountId,
    accountName: account.data!.account.name,
    subscriptionId: opened.subscription.id,
    orderId: opened.order.id,
    paymentId: paid.payment.id,
    clockId,
    tokenId: listed.data!.apiTokens.edges[0].node.id,
  };
  const other = await accountAt(api, '2021-04-20');
  const otherName = await api.gql(`query($id: ID!) { account(id: $id) { name } }`, {
    id: other.accountId,
  });
  otherAccount = { accountId: other.accountId, accountName: otherName.data!.account.name };

  tokens.otherAdmin = await tokenFor(api, other.accountId);
  tokens.member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
  tokens.expired = await tokenFor(api, accountId);
  tokens.revoked = await tokenFor(api, accountId);
  await api.db.query(
    `UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
    [tokens.expired],
  );
  await api.db.query(
    `UPDATE api_tokens SET revoked_at = now() WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
    [tokens.revoked],
  );
});

afterAll(async () => {
  await api?.close();
});

/** A value of an input type that passes GraphQL validation and names the victim's objects. */
function valueFor(type: GraphQLInputType, name: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [valueFor(inner.ofType, name)];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields()))
      if (isNonNullType(field.type) || /id$/i.test(field.name))
        value[field.name] = valueFor(field.type, field.name);
    return value;
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return idFor(name);
      case 'String':
        return name === 'idempotencyKey' ? key('matrix') : 'matrix';
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Decimal':
        return '1.00';
      case 'Date':
        return '2021-05-01';
      case 'DateTime':
        return '2031-05-01T00:00:00.000Z';
      default:
        throw new Error(`the matrix has no value for the scalar ${inner.name}: add one`);
    }
  }
  throw new Error(`the matrix cannot build a value of ${String(inner)}`);
}

function idFor(name: string): string {
  const lower = name.toLowerCase();
  if (lower.includes('subscription')) return victim.subscriptionId;
  if (lower.includes('order')) return victim.orderId;
  if (lower.includes('payment')) return victim.paymentId;
  if (lower.includes('clock')) return victim.clockId;
  if (lower.includes('token')) return victim.tokenId;
  return victim.accountId;
}

/**
 * Every field without required arguments, three levels deep, so leaked data would show. Of an
 * interface, its own fields (a node's id says whose it is); of a union, the type name.
 */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (depth === 0 || isUnionType(named)) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const fields = Object.values(named.getFields()).filter(
    (field) => !field.args.some((arg) => isNonNullType(arg.type)),
  );
  return `{ __typename ${fields.map((field) => `${field.name} ${selection(field.type, depth - 1)}`).join(' ')} }`;
}

interface Operation {
  kind: 'query' | 'mutation';
  field: string;
  /** Marked `@operatorOnly` in the schema: every customer gets FORBIDDEN. */
  operatorOnly: boolean;
  /** Whether the request passes arguments (which name the victim's objects). */
  namesObjects: boolean;
  document: string;
  variables: () => Record<string, unknown>;
}

function operationsOf(kind: 'query' | 'mutation'): Operation[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root!.getFields()).map((field: GraphQLField<unknown, unknown>) => {
    const required = field.args.filter((arg) => isNonNullType(arg.type) || /id$/i.test(arg.name));
    const declared = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return {
      kind,
      field: field.name,
      operatorOnly: isOperatorOnly(field),
      namesObjects: required.length > 0,
      document: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection(field.type, 3)} }`,
      variables: () =>
        Object.fromEntries(required.map((arg) => [arg.name, valueFor(arg.type, arg.name)])),
    };
  });
}

/** One checksum per table of every row (api_tokens without last_used_at, which signing in moves). */
async function tableChecksums(): Promise<Record<string, string>> {
  const tables: Array<{ name: string }> = await api.db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
      ORDER BY table_name`,
  );
  const parts = tables.map(({ name }) => {
    const row =
      name === 'api_tokens'
        ? `(x.id, x.token_hash, x.name, x.kind, x.role, x.account_id, x.expires_at, x.revoked_at)::text`
        : `x::text`;
    return `SELECT '${name}' AS name, count(*)::int || ':' || md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS sum FROM "${name}" x`;
  });
  const rows: Array<{ name: string; sum: string }> = await api.db.query(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}

const CLEAN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT']);

type Persona = {
  name: string;
  token: () => string | null;
  /** Strings of accounts this caller may not see, which no answer may contain. */
  forbidden: () => string[];
  /** Refused at sign-in: every request answers 401 UNAUTHENTICATED. */
  refusedAtSignIn: boolean;
  /** A signed-in customer (administrator or member): `@operatorOnly` fields answer FORBIDDEN. */
  customer?: 'administrator' | 'member';
};

const victimMarkers = () => [
  victim.accountId,
  localId(victim.accountId),
  victim.accountName,
  victim.subscriptionId,
  victim.orderId,
  victim.paymentId,
  victim.tokenId,
];

const PERSONAS: Persona[] = [
  { name: 'no token', token: () => null, forbidden: victimMarkers, refusedAtSignIn: false },
  {
    name: 'a malformed token',
    token: () => 'not a token',
    forbidden: victimMarkers,
    refusedAtSignIn: true,
  },
  {
    name: 'an expired token',
    token: () => tokens.expired!,
    forbidden: victimMarkers,
    refusedAtSignIn: true,
  },
  {
    name: 'a revoked token',
    token: () => tokens.revoked!,
    forbidden: victimMarkers,
    refusedAtSignIn: true,
  },
  {
    name: 'another account’s administrator',
    token: () => tokens.otherAdmin!,
    forbidden: victimMarkers,
    refusedAtSignIn: false,
    customer: 'administrator',
  },
  {
    // A member of the victim account itself: it may read its account, never another's, and
    // may change nothing.
    name: 'a member',
    token: () => tokens.member!,
    forbidden: () => [
      otherAccount.accountId,
      localId(otherAccount.accountId),
      otherAccount.accountName,
    ],
    refusedAtSignIn: false,
    customer: 'member',
  },
];

describe('authorization matrix (every query and mutation of the schema)', () => {
  it('enumerates the schema, new fields included', () => {
    const fields = [...operationsOf('query'), ...operationsOf('mutation')].map((op) => op.field);
    expect(fields.length).toBeGreaterThan(50);
    for (const name of ['apiTokens', 'createApiToken', 'revokeApiToken', 'rotateBootstrapToken'])
      expect(fields).toContain(name);
  });

  it('would see a leak and a write: an operator reads the victim and writes (controls)', async () => {
    const read = operationsOf('query').find((op) => op.field === 'account')!;
    const answer = await api.gql(read.document, read.variables());
    const body = JSON.stringify(answer.data);
    expect(victimMarkers().filter((marker) => body.includes(marker))).not.toEqual([]);
    const write = operationsOf('mutation').find((op) => op.field === 'createTestClock')!;
    const before = await tableChecksums();
    const created = await api.gql(write.document, write.variables());
    expect(created.errors).toBeUndefined();
    expect(changedTables(before, await tableChecksums())).toContain('test_clocks');
  });

  for (const persona of PERSONAS) {
    it(`${persona.name}: no other account's data, no write, clean errors`, async () => {
      const failures: string[] = [];
      const operations = [...operationsOf('query'), ...operationsOf('mutation')];
      let before = await tableChecksums();
      for (const operation of operations) {
        const response = await api.gql(operation.document, operation.variables(), persona.token());
        const where = `${operation.kind} ${operation.field}`;
        const body = JSON.stringify({ data: response.data, errors: response.errors });
        for (const marker of persona.forbidden())
          if (body.includes(marker)) failures.push(`${where}: answered another account’s data`);
        for (const error of response.errors ?? []) {
          const code = String(error.extensions?.code);
          if (!CLEAN_CODES.has(code)) failures.push(`${where}: error ${code} (${error.message})`);
        }
        if (persona.refusedAtSignIn) {
          if (
            response.status !== 401 ||
            response.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED'
          )
            failures.push(`${where}: not refused at sign-in (HTTP ${response.status})`);
        }
        // FORBIDDEN on the root field itself (a nested @operatorOnly field refuses on its own path).
        const refused = (response.errors ?? []).some(
          (error) => error.extensions?.code === 'FORBIDDEN' && error.path?.length === 1,
        );
        if (persona.customer && operation.operatorOnly && !refused)
          failures.push(`${where}: is @operatorOnly but a customer was not refused with FORBIDDEN`);
        // A customer administrator refused without naming another account's objects: only an
        // operator may use the field, and the schema must say so.
        if (
          persona.customer === 'administrator' &&
          !operation.namesObjects &&
          refused &&
          !operation.operatorOnly
        )
          failures.push(`${where}: refuses a customer administrator but is not @operatorOnly`);
        if (response.status >= 500) failures.push(`${where}: HTTP ${response.status}`);
        const after = await tableChecksums();
        const changed = changedTables(before, after);
        if (changed.length > 0) failures.push(`${where}: wrote to ${changed.join(', ')}`);
        before = after;
      }
      expect(failures).toEqual([]);
    });
  }
});
