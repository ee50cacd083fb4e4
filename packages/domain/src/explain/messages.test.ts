import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { yuan } from '../money/money.js';
import { priceAddSeats } from '../pricing/add-seats-price.js';
import { parseDate } from '../time/business-date.js';
import {
  CATALOG_NAMES_ZH_CN,
  MESSAGE_KEYS,
  catalogName,
  catalogUnit,
  fenParam,
  isMessage,
  localeFrom,
  msg,
  renderMessage,
  ruleSummary,
  type MessageParam,
} from './messages.js';
import { RULE_CONVENTIONS, RULE_REFERENCE } from './rule-reference.js';
import { RULES, type RuleId } from './rules.js';
import { RULES_ZH_CN } from './rules.zh-cn.js';
import { latinWords } from '../test-support/latin-words.js';
import { ruleIdRanges } from '../test-support/rule-id-ranges.js';

/**
 * A field name of the public API: the input checks every operation makes name the field they
 * refuse by its own name, in both languages, as they name codes and operations.
 */
const API_FIELD_NAME = 'idempotencyKey';

/**
 * The operations of the public API a refusal tells the caller to call: named as the API names
 * them, in both languages, like codes.
 */
const API_OPERATIONS = new Set([
  'activateSubscription',
  'approveRefund',
  'buyValueAdded',
  'enableWebhookEndpoint',
  'cancelOrder',
  'issueInvoice',
  'openSubscription',
  'payPostpaidBill',
  'payRefund',
  'refundPreview',
  'renewSubscription',
  'requestRefund',
  'setGeneralTaxpayer',
  'submitVerification',
]);

/**
 * The types and arguments of the public API the GraphQL layer's own refusals name (a scalar that
 * refused a value, the page and sort arguments): named as the schema names them, like fields.
 */
const API_TYPES_AND_ARGUMENTS = new Set([
  'Date',
  'DateTime',
  'Decimal',
  'first',
  'last',
  'orderBy',
  'sort',
]);

/**
 * What a Chinese message keeps as it is: the field name above, the HTTP header a caller
 * must send to sign in, in its own syntax, the CSV exports' query parameters and values as
 * the URL writes them, and the word Webhook.
 */
const KEPT_AS_IS = [
  '"Authorization: Bearer <token>"',
  '"Bearer <token>"',
  'Authorization',
  '"from"',
  '"to"',
  '"testMode"',
  '"accountId"',
  'true 或 false',
  // The product's name for an event endpoint, as the web client's Chinese pages write it
  // (after the operation that holds it).
  'enableWebhookEndpoint',
  'Webhook',
  // The response header that names a request, as the server sends it.
  'x-request-id',
];

/** Latin words left in a Chinese message, past the API's own names and the header's syntax. */
function latinWordsLeft(zh: string): string[] {
  const text = KEPT_AS_IS.reduce((rest, kept) => rest.split(kept).join(' '), zh);
  return latinWords(text).filter(
    (word) =>
      word !== API_FIELD_NAME && !API_OPERATIONS.has(word) && !API_TYPES_AND_ARGUMENTS.has(word),
  );
}

/** Parameters for every key: counts of 1 and of 6, amounts, names and dates. */
function sample(count: number): Record<string, MessageParam> {
  return {
    seats: count,
    years: count,
    months: count,
    days: count,
    quantity: count,
    current: 5,
    total: 5 + count,
    max: 10,
    room: 5,
    unitPrice: fenParam(9500),
    unpaid: fenParam(100000),
    balance: fenParam(0),
    amount: fenParam(300000),
    short: fenParam(300000),
    rate: '0.05%',
    dueOn: '2024-02-15',
    // postpaid bills and late fees
    month: '2024-01',
    count,
    issuedOn: '2024-02-01',
    overdueFrom: '2024-02-16',
    suspendsOn: '2024-03-16',
    closesOn: '2024-05-15',
    state: msg('lateFee.overdue', {
      overdueFrom: '2024-02-16',
      suspendsOn: '2024-03-16',
      closesOn: '2024-05-15',
    }),
    // order corrections
    period: msg('correction.periodMoved', { end: '2022-05-01', was: '2024-05-01' }),
    was: '2024-05-01',
    date: '2021-10-28',
    periodEnd: '2022-05-01',
    unit: { unit: '1,000 SMS' },
    plan: { catalog: { product: 'VAS', plan: 'SMS', name: 'SMS quota' } },
    product: { catalog: { product: 'EQQ', name: 'Enterprise QQ' } },
    expiresOn: '2022-04-30',
    start: '2021-05-01',
    end: '2022-05-01',
    on: '2022-05-01',
    graceEndsOn: '2022-05-31',
    last: '2022-04-30',
    line: msg('line.seatsYears', { seats: count, unitPrice: fenParam(100_000), years: 1 }),
    book: 'EQQ-2010',
    basis: msg('basis.tier', { min: 3, max: 10 }),
    min: 3,
    // renewals, added seats, upgrades
    tier: msg('basis.tierOpen', { min: 21 }),
    legacyPart: msg('part.legacySeats', { seats: count, unitPrice: fenParam(100_000) }),
    marketPart: msg('part.seats', { seats: count, unitPrice: fenParam(120_000) }),
    perYear: msg('part.sum', {
      legacyPart: msg('part.legacySeats', { seats: count, unitPrice: fenParam(100_000) }),
      marketPart: msg('part.seats', { seats: count, unitPrice: fenParam(120_000) }),
    }),
    billable: msg('billable.rounded', { whole: count, days: 21, months: count + 1 }),
    whole: count,
    cutOff: '2021-12-31',
    from: { status: 'ACTIVE' },
    to: { status: 'GRACE' },
    fm: msg('state.fmNote', { days: count }),
    renewal: msg('state.renewalOpensOn', { date: '2022-04-01' }),
    what: msg('state.missingBoth'),
    n: count,
    fromWeekday: 'Fri',
    dateWeekday: 'Sat',
    daysOff: count,
    adjusted: count - 1,
    paid: fenParam(100_000 * count),
    reached: fenParam(100_000),
    outstanding: fenParam(50_000),
    excess: fenParam(20_000),
    applied: fenParam(80_000),
    before: fenParam(0),
    after: fenParam(300_000),
    title: '深圳市某某科技有限公司',
    type: count === 1 ? 'GENERAL' : 'SPECIAL_VAT',
    payment: fenParam(500_000),
    refunded: fenParam(200_000),
    paidOn: '2024-01-31',
    previous: fenParam(90_000),
    methods: count === 1 ? 'ALIPAY' : 'ALIPAY, BALANCE',
    role: count === 1 ? 'OPERATOR' : 'CUSTOMER_ADMIN',
    source: count === 1 ? '' : 'BILLING_BOOTSTRAP_TOKEN',
    // refunds
    first: msg('refund.why.onlyNew'),
    next: msg('refund.why.notActivated'),
    text: msg('refund.why.eventUnknown', { window: 48 }),
    rule: 'R-REF-WINDOW',
    head: msg('refund.head.noFee', { amount: fenParam(120_000) }),
    parts: msg('refund.line.duplicate'),
    rest: msg('refund.rest', { blocked: msg('refund.blocked.promo', { code: 'DOUBLE11' }) }),
    blocked: msg('refund.blocked.otherwise', { why: msg('refund.why.noRule') }),
    why: msg('refund.why.nothingPaid'),
    rules: 'R-REF-NONREF, R-RENEW-4',
    code: 'DOUBLE11',
    original: fenParam(120_000),
    corrected: fenParam(100_000),
    label: msg('refund.label.cancel'),
    unused: msg('refund.unused', {
      unusedDays: count,
      totalDays: 366,
      since: '2024-07-01',
      base: fenParam(200_000),
      value: fenParam(100_546),
    }),
    unusedDays: count,
    totalDays: count,
    since: '2024-07-01',
    base: fenParam(200_000),
    value: fenParam(100_546),
    hours: count,
    window: 48,
    readyOn: '2024-01-02',
    activatedOn: '2024-01-01',
    closedOn: '2024-01-08',
    reason: 'NO_REASON',
    missed: msg('refund.why.noEvidence'),
    fee: fenParam(1005),
    payout: fenParam(99_541),
    requestedOn: '2024-09-27',
    approvedOn: '2024-09-27',
    released: msg('refund.numberReleased', { number: '800012345' }),
    number: '800012345',
    field: 'paid',
    got: '-1',
    // graphql-js's refusals of a malformed query
    queryField: 'ORDERS',
    queryType: 'ACCOUNT',
    queryArgument: 'FIRST',
    queryValue: 'OLDEST',
    queryDetail: 'EOF',
    // webhook endpoint URLs
    scheme: 'FTP',
    host: '“HOOKS-1”',
    address: '10.0.0.5',
    known: 'NO_REASON, SERVICE_DEFECT',
    kind: 'RENEWAL',
    default: 100,
    // refusals the API writes (api-refusal-messages.ts)
    thing: count === 1 ? 'order' : 'test clock',
    id: count === 1 ? '' : '“T-42”',
    action: count === 1 ? 'request refunds' : 'top up its balance',
    planCode: 'EQQ/SEATS',
    status: { status: count === 1 ? 'GRACE' : 'TERMINATED' },
    orderStatus: count === 1 ? 'CANCELLED' : 'AWAITING_PAYMENT',
    orderKind: count === 1 ? 'UPGRADE' : 'ADD_SEATS',
    refundStatus: count === 1 ? 'APPROVED' : 'REJECTED',
    verificationStatus: count === 1 ? 'PENDING' : 'NOT_SUBMITTED',
    providerReason: msg('api.refund.noProviderReason'),
    billed: fenParam(100_000),
    lateFee: fenParam(1_500),
    decidedOn: '2024-09-30',
    limit: 2000,
    at: '2024-01-01T00:00:00.000Z',
    noticedOn: '2024-09-01',
    earliest: '2024-10-01',
    endsOn: '2024-10-31',
    correctedOn: '2024-09-27',
    held: 7,
    opened: 5,
    fromProduct: 'EQQ',
    target: 'QIDIAN',
    requested: 'EXMAIL',
    fieldName: API_FIELD_NAME,
    length: '10,001',
    most: fenParam(100_000_000),
    quoteAction: 'ADD_SEATS',
    // the GraphQL layer's input (scalars, pages, sorts) and the HTTP answers
    scalar: 'DateTime',
    latest: '2999-12-31',
    variable: API_FIELD_NAME,
    path: count === 1 ? '' : API_FIELD_NAME,
    problem: msg('api.date.invalid', { value: '2021-02-30' }),
    detail: '22P02',
    seconds: count,
    limitedBy: count === 1 ? 'token' : 'address',
    wait: count,
    until: '2026-01-01T08:00:07Z',
    bound: count === 1 ? 'from' : 'to',
    // the domain's refusals (catalogue, pricing, lifecycle, invoices, payments, numbers)
    limits:
      count === 1 ? msg('seats.range', { min: 3, max: 50 }) : msg('seats.atLeast', { min: 3 }),
    productCode: count === 1 ? 'EQQ' : '“SMS”',
    today: '2024-09-27',
    reserved: count,
    verifiedName: '“深圳市某某科技有限公司”',
    open: fenParam(50_000),
    level: count === 1 ? 'BANNED' : 'SUSPENDED',
    method: 'PAYPAL',
    suspend: 30,
    close: 90,
    how: msg('calendar.workingDaysAfter', {
      n: count,
      from: '2024-09-27',
      fromWeekday: 'Fri',
      date: '2024-10-12',
      dateWeekday: 'Sat',
      daysOff: count,
      adjusted: count - 1,
    }),
  };
}

describe('R-MONEY-1 the message catalogue renders every key in English and in Chinese', () => {
  it.each(MESSAGE_KEYS)('%s: Chinese without English words, money as ¥', (key) => {
    for (const count of [1, 6]) {
      const message = msg(key, sample(count));
      const en = renderMessage(message, 'en');
      const zh = renderMessage(message, 'zh-CN');
      if (key !== 'state.none') expect(zh).not.toBe(en);
      expect(latinWordsLeft(zh)).toEqual([]);
      expect(zh).not.toMatch(/CNY|undefined|\{/);
      expect(en).not.toMatch(/CNY|undefined|\{/);
    }
  });

  it('R-SEAT-3 R-SEAT-4 an add-seat line in both languages, with the amount as the tables write it', () => {
    const result = priceAddSeats({
      catalog: DEMO_CATALOG,
      subscription: {
        productCode: 'EQQ',
        planCode: 'SEATS',
        seats: 5,
        status: 'ACTIVE',
        periodEnd: parseDate('2022-05-01'),
        openedOn: parseDate('2021-04-20'),
        legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
        lastPurchase: { bookId: 'EQQ-2010', tierMinSeats: 3, annualUnitPrice: yuan(1000) },
        migration: null,
        customUnitPrice: null,
      },
      addSeats: 6,
      date: parseDate('2021-10-10'),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [line] = result.lines;
    expect(line?.description).toBe('6 seats × ¥95.00 × 7 months');
    expect(line?.message && renderMessage(line.message, 'en')).toBe(line?.description);
    expect(line?.message && renderMessage(line.message, 'zh-CN')).toBe(
      '6 个席位 × ¥95.00 × 7 个月',
    );
  });

  it('singular and plural English stay as they were', () => {
    expect(
      renderMessage(msg('line.seatsYears', { seats: 1, unitPrice: fenParam(100), years: 1 }), 'en'),
    ).toBe('1 seat × ¥1.00 × 1 year');
    expect(
      renderMessage(msg('line.seatsYears', { seats: 2, unitPrice: fenParam(5), years: 3 }), 'en'),
    ).toBe('2 seats × ¥0.05 × 3 years');
  });

  it('a nested message is rendered in the same language', () => {
    const inner = msg('line.freeSeats', { seats: 2 });
    expect(isMessage(inner)).toBe(true);
    expect(isMessage({ key: 'nope', params: {} })).toBe(false);
    expect(isMessage('text')).toBe(false);
    expect(
      renderMessage(
        msg('line.planYears', { plan: inner, unitPrice: fenParam(0), years: 1 }),
        'zh-CN',
      ),
    ).toBe('免费套餐上的 2 个席位：¥0.00 × 1 年');
  });
});

describe('catalogue names and units', () => {
  it('every product and plan of the demo catalogue has a Chinese name', () => {
    for (const product of DEMO_CATALOG.products) {
      expect(CATALOG_NAMES_ZH_CN[product.code], product.code).toBeTruthy();
      for (const plan of product.plans) {
        const name = catalogName(
          { product: product.code, plan: plan.code, name: plan.name },
          'zh-CN',
        );
        expect(name).not.toBe(plan.name);
        expect(latinWords(name), `${product.code}/${plan.code}`).toEqual([]);
        expect(catalogName({ product: product.code, plan: plan.code, name: plan.name }, 'en')).toBe(
          plan.name,
        );
        if (plan.unit !== undefined) {
          expect(catalogUnit(plan.unit, 'zh-CN')).not.toBe(plan.unit);
          expect(catalogUnit(plan.unit, 'en')).toBe(plan.unit);
        }
      }
    }
  });

  it('a name the table does not know keeps its own', () => {
    expect(catalogName({ product: 'NEW', name: 'New product' }, 'zh-CN')).toBe('New product');
    expect(catalogUnit('1 widget', 'zh-CN')).toBe('1 widget');
  });
});

describe('rule summaries in Chinese', () => {
  it('every rule has a Chinese summary with no English word left', () => {
    expect(Object.keys(RULES_ZH_CN).sort()).toEqual(Object.keys(RULES).sort());
    for (const id of Object.keys(RULES) as RuleId[]) {
      expect(ruleSummary(id, 'en')).toBe(RULES[id]);
      const zh = ruleSummary(id, 'zh-CN');
      expect(zh, id).not.toBe(RULES[id]);
      expect(latinWords(zh), id).toEqual([]);
    }
  });
});

describe('rule ids are cited in full, never as a range', () => {
  it('every rule summary (in both languages), reference and convention', () => {
    const texts = [
      ...Object.values(RULES),
      ...Object.values(RULES_ZH_CN),
      ...Object.values(RULE_REFERENCE).flatMap((rule) => [rule.decides, rule.example]),
      ...RULE_CONVENTIONS,
    ];
    expect(texts.flatMap(ruleIdRanges)).toEqual([]);
  });

  it('every message of the catalogue, in English and in Chinese', () => {
    const ranges = MESSAGE_KEYS.flatMap((key) =>
      [1, 6].flatMap((count) =>
        (['en', 'zh-CN'] as const).flatMap((locale) =>
          ruleIdRanges(renderMessage(msg(key, sample(count)), locale)).map(
            (range) => `${key} (${locale}): ${range}`,
          ),
        ),
      ),
    );
    expect(ranges).toEqual([]);
  });
});

describe('the caller’s language from Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    [null, 'en'],
    ['', 'en'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en;q=0.9,zh-CN;q=0.5', 'en'],
    ['en;q=0.5,zh-CN;q=0.9', 'zh-CN'],
    ['zh-CN;q=0', 'en'],
    ['fr-FR', 'en'],
    ['fr,zh;q=0.2', 'zh-CN'],
  ] as const)('%s → %s', (header, locale) => {
    expect(localeFrom(header)).toBe(locale);
  });
});

describe('the names the product gives API tokens', () => {
  it('read in English as they always did, and in Chinese', () => {
    const named = msg('token.defaultName', { role: 'CUSTOMER_ADMIN', date: '2026-12-06' });
    expect(renderMessage(named, 'en')).toBe('CUSTOMER_ADMIN token of 2026-12-06');
    expect(renderMessage(named, 'zh-CN')).toBe('客户管理员令牌（2026-12-06 创建）');
    const seeded = msg('token.bootstrap', { source: 'from DATA_DIR/bootstrap-token' });
    expect(renderMessage(seeded, 'en')).toBe(
      'Bootstrap operator token (from DATA_DIR/bootstrap-token)',
    );
    expect(renderMessage(seeded, 'zh-CN')).toBe('初始运营令牌（来自 DATA_DIR/bootstrap-token）');
    expect(renderMessage(msg('token.bootstrap', { source: '' }), 'en')).toBe(
      'Bootstrap operator token',
    );
  });
});
