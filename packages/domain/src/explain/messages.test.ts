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
import { RULES, type RuleId } from './rules.js';
import { RULES_ZH_CN } from './rules.zh-cn.js';

/** Latin words left in a Chinese text, once rule ids, codes, amounts and dates are taken out. */
function latinWords(text: string): string[] {
  const stripped = text
    .replace(/\bR-[A-Z0-9-]+\b/g, ' ')
    .replace(/\b[A-Z][A-Z0-9]*(?:[-_/][A-Z0-9]+)*\b/g, ' ')
    .replace(/Asia\/Shanghai/g, ' ');
  return stripped.match(/[A-Za-z]{2,}/g) ?? [];
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
    from: { status: 'ACTIVE' },
    to: { status: 'GRACE' },
    fm: msg('state.fmNote', { days: count }),
    renewal: msg('state.renewalOpensOn', { date: '2022-04-01' }),
    what: msg('state.missingBoth'),
  };
}

describe('R-MONEY-1 the message catalogue renders every key in English and in Chinese', () => {
  it.each(MESSAGE_KEYS)('%s: Chinese without English words, money as ¥', (key) => {
    for (const count of [1, 6]) {
      const message = msg(key, sample(count));
      const en = renderMessage(message, 'en');
      const zh = renderMessage(message, 'zh-CN');
      if (key !== 'state.none') expect(zh).not.toBe(en);
      expect(latinWords(zh)).toEqual([]);
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
