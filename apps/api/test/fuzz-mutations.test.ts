import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { createTestDatabase } from '@billing/tooling/test-database';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/db/data-source.js';
import { buildApiSchema } from '../src/schema.js';
import {
  activeSubscription,
  createAccount,
  key,
  openSubscription,
  tokenFor,
  topUpBalance,
} from './api-helpers.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';

/**
 * Property-based fuzzing of every mutation's input through real GraphQL requests: hostile
 * strings, numbers, dates and ids, mixed with valid values so that each case gets past the
 * first check to the next. Whatever is sent, the API never answers INTERNAL_SERVER_ERROR (nor
 * HTTP 500), and a refused request (an error, or userErrors) writes no row and no journal entry.
 *
 * FUZZ_RUNS (default 200) cases per mutation, FUZZ_SEED to replay a run (the seed is printed).
 * The test has a database of its own, so that other test files' writes do not move the counts.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : Math.floor(Math.random() * 2 ** 31);
console.log(`fuzz-mutations: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`);

// Every mutation of the schema, enumerated from it: a new mutation is fuzzed without a change here.
const schema: GraphQLSchema = await buildApiSchema();
const mutationNames = Object.keys(schema.getMutationType()!.getFields()).sort();

let api: Harness;
let drop: () => Promise<void>;
/** Valid ids by input field name: the fuzzing customer's own, another account's, and any. */
const own: Record<string, string[]> = {};
const others: Record<string, string[]> = {};
let customerToken: string;
/** The tables a refused request must leave as they were. */
let countSql: string;

/**
 * A refused money-moving mutation stores its refusal under its idempotency key, so that a
 * retry answers the same: not a business row, and left out of the comparison.
 */
const NOT_COMPARED = new Set(['migrations', 'rate_limits', 'idempotency_keys']);

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

function add(target: Record<string, string[]>, field: string, id: string | null | undefined) {
  if (!id) return;
  (target[field] ??= []).push(id);
}

async function fixture(): Promise<void> {
  // Account A: a customer whose administrator fuzzes too; account B: someone else's ids.
  const a = await activeSubscription(api, {
    openOn: '2021-04-20',
    activateOn: '2021-05-01',
    seats: 5,
  });
  customerToken = await tokenFor(api, a.accountId);
  add(own, 'accountId', a.accountId);
  add(own, 'subscriptionId', a.subscriptionId);
  add(own, 'orderId', a.openingOrderId);
  add(own, 'id', a.clockId);
  add(own, 'testClockId', a.clockId);
  const topUp = await topUpBalance(api, a.accountId, '500.00');
  add(own, 'paymentId', topUp.payment?.id);
  const invoice = await api.gql(
    `mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id } userErrors { code message } } }`,
    {
      input: {
        paymentId: topUp.payment?.id,
        title: 'Fuzz Ltd',
        type: 'GENERAL',
        idempotencyKey: key('invoice'),
      },
    },
  );
  add(own, 'invoiceId', invoice.data?.requestInvoice?.invoice?.id);
  const refund = await api.gql(
    `mutation($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id } userErrors { code message } } }`,
    {
      input: {
        orderId: a.openingOrderId,
        reason: 'USER_CANCELLATION',
        idempotencyKey: key('refund'),
      },
    },
  );
  add(own, 'refundId', refund.data?.requestRefund?.refund?.id);
  const bill = await api.gql(
    `mutation($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { postpaidBill { id } userErrors { code message } } }`,
    {
      input: {
        accountId: a.accountId,
        month: '2021-04',
        lines: [{ amount: '12.00', description: 'Calls' }],
        idempotencyKey: key('bill'),
      },
    },
  );
  add(own, 'billId', bill.data?.issuePostpaidBill?.postpaidBill?.id);

  const b = await createAccount(api, 'Someone Else Ltd');
  add(others, 'accountId', b);
  const opened = await openSubscription(api, {
    accountId: b,
    productCode: 'QIDIAN',
    planCode: 'SEATS',
    seats: 5,
  });
  add(others, 'orderId', opened.order?.id);
  add(others, 'subscriptionId', opened.subscription?.id);
  const otherTopUp = await topUpBalance(api, b, '20.00');
  add(others, 'paymentId', otherTopUp.payment?.id);
}

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseUrl'));
  drop = database.drop;
  await (await openDatabase(database.url)).destroy();
  api = await startHarness({ databaseUrl: database.url });
  await fixture();
  const tables: Array<{ name: string }> = await api.db.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const compared = tables.map((t) => t.name).filter((name) => !NOT_COMPARED.has(name));
  expect(compared).toContain('journal_entries');
  expect(compared).toContain('accounts');
  countSql = `SELECT json_build_object(${compared
    .map((name) => `'${name}', (SELECT count(*) FROM "${name}")`)
    .join(', ')}) AS counts`;
}, 300_000);

afterAll(async () => {
  await api?.close();
  await drop?.();
});

async function counts(): Promise<Record<string, number>> {
  const [row] = await api.db.query(countSql);
  return row.counts as Record<string, number>;
}

// --- hostile values -------------------------------------------------------------------------

const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});

const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'Acme\u0000Ltd',
    '\ud800',
    'x\udfffy',
    '\u0007\u001b[31mred',
    '\r\n\t',
    '\u202eevil',
    '\ufeff',
    "'; DROP TABLE accounts; --",
    '%s%n%x',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    'x'.repeat(256),
    'x'.repeat(10_001),
    '😀'.repeat(5_001),
    '９９',
  ),
  anyUtf16,
  fc.string({ maxLength: 20 }),
);

const hostileNumber = fc.oneof(
  fc.integer({ min: -3, max: 40 }),
  fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), 1e21, 1.5, -0.5),
  fc.constantFrom('5', 'NaN', 'Infinity', '-0', '1e3', '', true, null),
);

const hostileFloat = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1, 0, 72, 72.5, 'NaN', '1e400', null),
);

const validDecimal = fc.constantFrom('10.00', '0.01', '12.00', '500.00', '1200.00');
const hostileDecimal = fc.oneof(
  validDecimal,
  fc.constantFrom(
    '0.00',
    '-1.00',
    '-0.00',
    '1e309',
    'NaN',
    'Infinity',
    '-Infinity',
    '12.345',
    '12.3',
    '12',
    '.50',
    '1,000.00',
    ' 1.00',
    '１.００',
    '99999999999999999999.99',
    '10000000.01',
    '0x10.00',
    '',
    10,
    10.5,
    null,
  ),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 99 }))
    .map(([whole, fen]) => `${whole}.${String(fen).padStart(2, '0')}`),
);

const validDate = fc.constantFrom('2021-05-01', '2021-06-15', '2022-01-01', '2021-04-20');
const hostileDate = fc.oneof(
  validDate,
  fc.constantFrom(
    '0000-01-01',
    '0001-01-01',
    '9999-12-31',
    '275760-09-13',
    '+275760-09-13',
    '-000001-01-01',
    '2021-02-30',
    '2021-13-01',
    '2021-00-10',
    '2021-5-1',
    '20210501',
    '2021-05-01T00:00:00Z',
    'tomorrow',
    '',
    0,
    null,
  ),
  fc
    .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

const validDateTime = fc.constantFrom(
  '2021-05-01T10:00:00+08:00',
  '2021-07-01T10:00:00+08:00',
  '2022-05-01T00:00:00Z',
);
const hostileDateTime = fc.oneof(
  validDateTime,
  fc.constantFrom(
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00Z',
    '-271821-04-20T00:00:00Z',
    '+010000-01-01T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '1969-12-31T23:59:59Z',
    '1900-01-01T00:00:00+14:00',
    '2021-02-30T10:00:00Z',
    '2021-05-01T25:00:00Z',
    '2021-05-01T10:00:00+25:00',
    '2021-05-01',
    'not a date',
    '',
    1620000000000,
    null,
  ),
  fc
    .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
    .map((date) => date.toISOString()),
);

const TYPES = ['Account', 'Subscription', 'Order', 'Payment', 'Refund', 'Invoice', 'TestClock'];
const malformedId = fc.oneof(
  hostileString,
  fc.uuid().map((uuid) => uuid),
  fc.tuple(fc.constantFrom(...TYPES), fc.uuid()).map(([type, uuid]) => gid(type, uuid)),
  fc.tuple(fc.constantFrom(...TYPES), hostileString).map(([type, bad]) => gid(type, bad)),
  fc.constantFrom('QWNjb3VudDo', 'Account:1', '====', 'null'),
);

/** A value for an ID field: most often a real one of the fuzzing account, else hostile. */
function idFor(field: string): fc.Arbitrary<unknown> {
  const mine = own[field] ?? Object.values(own).flat();
  const theirs = others[field] ?? Object.values(others).flat();
  const anyReal = Object.values(own).flat().concat(Object.values(others).flat());
  return fc.oneof(
    { arbitrary: fc.constantFrom(...mine), weight: 5 },
    { arbitrary: fc.constantFrom(...theirs), weight: 2 },
    // A real id of another kind (an order's id where a subscription's is expected…).
    { arbitrary: fc.constantFrom(...anyReal), weight: 1 },
    { arbitrary: malformedId, weight: 3 },
  );
}

/** Plausible values of well-known string fields, so that the other fields get exercised. */
const PLAUSIBLE: Record<string, string[]> = {
  productCode: ['EQQ', 'QIDIAN', 'EXMAIL', 'MEETING', 'VAS'],
  toProductCode: ['QIDIAN', 'EQQ'],
  planCode: ['SEATS', 'FREE', 'BASIC', 'ENTERPRISE', 'SMS', 'BOT'],
  month: ['2021-04', '2021-05', '2099-01', '2021-13', '0000-00'],
  number: ['12345678', '12345678901234567890', '1234'],
  documents: ['licence.pdf'],
  hotlineContractNumber: ['4001234567'],
};

function stringFor(field: string): fc.Arbitrary<unknown> {
  if (field === 'idempotencyKey')
    return fc.oneof(
      { arbitrary: fc.constant(null).map(() => key('fuzz')), weight: 4 },
      { arbitrary: hostileString, weight: 1 },
      // A key used before: replays or refusals for another request.
      { arbitrary: fc.constant('fuzz-reused-key'), weight: 1 },
    );
  const plausible = PLAUSIBLE[field] ?? ['Fuzz Ltd', 'a note', 'Operator says so'];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...plausible), weight: 3 },
    { arbitrary: hostileString, weight: 2 },
  );
}

function valueFor(type: GraphQLInputType, field: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    // Sometimes the required value is missing or null: a variable error, never a crash.
    return fc.oneof(
      { arbitrary: valueFor(type.ofType, field, depth), weight: 20 },
      { arbitrary: fc.constant(null), weight: 1 },
    );
  }
  const inner = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      return fc.oneof(
        {
          arbitrary: fc.array(valueFor(type.ofType, field, depth + 1), { maxLength: 4 }),
          weight: 8,
        },
        {
          arbitrary: fc.array(valueFor(type.ofType, field, depth + 1), {
            minLength: 150,
            maxLength: 300,
          }),
          weight: 1,
        },
        { arbitrary: valueFor(type.ofType, field, depth + 1), weight: 1 },
      );
    }
    if (isInputObjectType(type)) return objectFor(type, depth + 1);
    if (isEnumType(type)) {
      const values = type.getValues().map((value) => value.name);
      return fc.oneof(
        { arbitrary: fc.constantFrom(...values), weight: 6 },
        { arbitrary: fc.constantFrom('NOPE', '', 'alipay', 0), weight: 1 },
      );
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'ID':
          return idFor(field);
        case 'String':
          return stringFor(field);
        case 'Int':
          return hostileNumber;
        case 'Float':
          return hostileFloat;
        case 'Boolean':
          return fc.oneof(fc.boolean(), fc.constantFrom('yes', 1));
        case 'Decimal':
          return hostileDecimal;
        case 'Date':
          return hostileDate;
        case 'DateTime':
          return hostileDateTime;
        default:
          throw new Error(`No generator for the scalar ${type.name} (${field})`);
      }
    }
    throw new Error(`No generator for ${String(type)} (${field})`);
  })();
  // An optional value is sometimes left out or null.
  return fc.oneof(
    { arbitrary: inner, weight: 6 },
    { arbitrary: fc.constantFrom(undefined, null), weight: 1 },
  );
}

function objectFor(
  type: GraphQLInputType & { getFields(): Record<string, { type: GraphQLInputType }> },
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(type.getFields());
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, field] of fields) record[name] = valueFor(field.type, name, depth);
  return fc.record(record).map((value) => {
    // `undefined` leaves the field out of the JSON.
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
  });
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const payload = getNamedType(field.type);
  const selection =
    isObjectType(payload) && payload.getFields().userErrors
      ? '__typename userErrors { code message field }'
      : '__typename';
  return `mutation Fuzz(${args}) { ${field.name}(${passed}) { ${selection} } }`;
}

describe('fuzzing every mutation through GraphQL', () => {
  it("has the schema's mutations to fuzz", () => {
    expect(mutationNames.length).toBeGreaterThanOrEqual(36);
  });

  it.each(mutationNames)(
    '%s: never an internal error; a refusal writes nothing',
    async (name) => {
      const field = schema.getMutationType()!.getFields()[name]!;
      const document = documentFor(field);
      const variables = fc.record(
        Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, arg.name)])),
      );
      const token = fc.constantFrom<string | null>(OPERATOR_TOKEN, customerToken, null);
      let before = await counts();
      let refusedCases = 0;
      await fc.assert(
        fc.asyncProperty(variables, token, async (vars, as) => {
          const body = Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined));
          const result = await api.gql(document, body, as);
          const answer = JSON.stringify(result).slice(0, 2_000);
          expect(result.status, answer).not.toBe(500);
          const codes = (result.errors ?? []).map((error) => error.extensions?.code);
          expect(codes, answer).not.toContain('INTERNAL_SERVER_ERROR');
          const payload = result.data?.[name] as
            { userErrors?: Array<{ code: string }> } | null | undefined;
          const refused =
            (result.errors?.length ?? 0) > 0 || !payload || (payload.userErrors?.length ?? 0) > 0;
          const after = await counts();
          if (refused) {
            refusedCases++;
            expect(after, `refused ${name} wrote rows: ${answer}`).toEqual(before);
          }
          before = after;
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // Most hostile cases are refusals: a run that refused nothing tested nothing.
      expect(refusedCases).toBeGreaterThan(0);
    },
    300_000,
  );
});
