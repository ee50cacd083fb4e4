import { describe, expect, it } from 'vitest';
import { latinWords } from '../test-support/latin-words.js';
import { API_REFUSAL_MESSAGES, type NoSuchKind } from './api-refusal-messages.js';
import { MESSAGE_KEYS, fenParam, msg, renderMessage, type MessageKey } from './messages.js';
import { noSuch, noSuchMessage } from './user-message.js';
import { MoneyError, parseMoney } from '../money/money.js';
import { DateError, parseDate } from '../time/business-date.js';

const KINDS: readonly NoSuchKind[] = [
  'account',
  'API token',
  'invoice',
  'payment',
  'order',
  'subscription',
  'postpaid bill',
  'refund',
  'test clock',
];

describe('the refusals the API writes, in English and in Chinese', () => {
  it('are all in the catalogue', () => {
    const keys = Object.keys(API_REFUSAL_MESSAGES);
    expect(keys.length).toBeGreaterThan(80);
    for (const key of keys) expect(MESSAGE_KEYS).toContain(key as MessageKey);
  });

  it.each(KINDS)('not found (%s): the English of noSuch, and the kind named in Chinese', (kind) => {
    expect(renderMessage(noSuchMessage(kind), 'en')).toBe(noSuch(kind));
    expect(renderMessage(noSuchMessage(kind, 'ord-1'), 'en')).toBe(noSuch(kind, 'ord-1'));
    expect(renderMessage(noSuchMessage(kind, null), 'en')).toBe(noSuch(kind, null));
    const zh = renderMessage(noSuchMessage(kind), 'zh-CN');
    expect(latinWords(zh)).toEqual([]);
    expect(zh).toMatch(/^找不到你可以查看的.+：请检查 ID，或在.+列表中重新查找$/);
    const withId = renderMessage(noSuchMessage(kind, 'ord-1'), 'zh-CN');
    expect(withId).toContain('“ord-1”');
    expect(latinWords(withId.replace('“ord-1”', ''))).toEqual([]);
  });

  it('names each kind as the web client does', () => {
    const zh = (kind: NoSuchKind) => renderMessage(noSuchMessage(kind), 'zh-CN');
    expect(zh('order')).toBe('找不到你可以查看的订单：请检查 ID，或在订单列表中重新查找');
    expect(zh('refund')).toContain('退款');
    expect(zh('account')).toContain('账户');
    expect(zh('subscription')).toContain('订阅');
    expect(zh('invoice')).toContain('发票');
    expect(zh('payment')).toContain('付款');
    expect(zh('API token')).toContain('API 令牌');
    expect(zh('test clock')).toContain('测试时钟');
    expect(zh('postpaid bill')).toContain('后付费账单');
  });

  it('writes amounts as ¥1,234.50 and statuses in Chinese', () => {
    const refunded = msg('api.refund.serviceAlreadyRefunded', {
      amount: fenParam(123_450),
      decidedOn: '2024-09-30',
    });
    expect(renderMessage(refunded, 'en')).toBe(
      'The service of this order was already refunded (¥1,234.50 approved on 2024-09-30); only a duplicate payment or overpayment can still be refunded (R-REF-CAP)',
    );
    expect(renderMessage(refunded, 'zh-CN')).toBe(
      '该订单的服务费用已经退过款（2024-09-30 批准退款 ¥1,234.50）；现在只能退还重复付款或多付的金额（R-REF-CAP）',
    );
    const decided = msg('api.refund.alreadyDecided', { refundStatus: 'APPROVED' });
    expect(renderMessage(decided, 'en')).toBe(
      'The refund is APPROVED, not waiting for review: it was already decided, so no action is needed (R-REF-REVIEW)',
    );
    expect(renderMessage(decided, 'zh-CN')).toBe(
      '该退款状态为已通过，不在待审核状态：已经处理过，无需操作（R-REF-REVIEW）',
    );
    const notActive = msg('api.order.addSeatsNotActive', { status: { status: 'GRACE' } });
    expect(renderMessage(notActive, 'en')).toBe(
      'Seats can only be added to an active subscription; it is GRACE (R-SEAT-1): cancel this order',
    );
    expect(renderMessage(notActive, 'zh-CN')).toBe(
      '只能为生效中的订阅增加席位；该订阅当前为宽限期（R-SEAT-1）：请取消此订单',
    );
  });

  it('keeps the English of the messages built from parts', () => {
    expect(
      renderMessage(msg('api.correction.used', { years: 1, end: '2022-05-01' }), 'en'),
    ).toMatch(/^Corrected to 1 year, the service/);
    expect(
      renderMessage(msg('api.correction.used', { years: 3, end: '2022-05-01' }), 'en'),
    ).toMatch(/^Corrected to 3 years, the service/);
    expect(
      renderMessage(
        msg('api.order.cannotCancel', {
          why: msg('api.order.cannotCancel.status', { orderStatus: 'CANCELLED' }),
        }),
        'en',
      ),
    ).toBe('The order cannot be cancelled: it is CANCELLED, so no action is needed');
    expect(
      renderMessage(
        msg('api.order.cannotCancel', {
          why: msg('api.order.cannotCancel.status', { orderStatus: 'CANCELLED' }),
        }),
        'zh-CN',
      ),
    ).toBe('该订单无法取消：订单状态为已取消，无需操作');
    expect(renderMessage(msg('api.input.nul', { fieldName: 'note' }), 'en')).toBe(
      'note contains a NUL character (\\0), which cannot be stored: remove it and send it again',
    );
    expect(
      renderMessage(msg('api.forbidden.accountAdmins', { action: 'request refunds' }), 'zh-CN'),
    ).toBe('只有该账户的管理员和运营人员可以申请退款：请联系该账户的管理员或运营人员办理');
  });

  it('the GraphQL layer’s input refusals and the HTTP answers read in English as they always did', () => {
    const en = (key: MessageKey, params: Parameters<typeof msg>[1] = {}) =>
      renderMessage(msg(key, params), 'en');
    const zh = (key: MessageKey, params: Parameters<typeof msg>[1] = {}) =>
      renderMessage(msg(key, params), 'zh-CN');
    expect(en('api.scalar.notString', { scalar: 'Date' })).toBe('Date must be given as a string');
    expect(en('api.decimal.notString')).toBe('Decimal must be a string such as "10450.00"');
    expect(en('api.date.notString')).toBe('Date must be a string YYYY-MM-DD');
    expect(en('api.dateTime.format')).toBe(
      'DateTime must be an ISO-8601 instant with an offset, e.g. "2021-05-01T09:00:00+08:00"',
    );
    expect(
      en('api.dateTime.range', {
        value: '“9999-12-31T23:59:59Z”',
        earliest: '1900-01-01',
        latest: '2999-12-31',
      }),
    ).toBe(
      '“9999-12-31T23:59:59Z” is out of range: give an instant whose date in Asia/Shanghai is from 1900-01-01 to 2999-12-31, e.g. "2021-05-01T09:00:00+08:00"',
    );
    expect(en('api.page.size', { fieldName: 'first', most: 100 })).toBe(
      'first must be between 1 and 100',
    );
    expect(en('api.page.cursor', { fieldName: 'after' })).toBe(
      'after is not a cursor of this list in this order: use a cursor this list returned (its edges or pageInfo) with the same sort',
    );
    expect(en('api.list.search', { fieldName: 'filter.search', limit: 100 })).toBe(
      'filter.search must be at most 100 characters of plain text (no control characters)',
    );
    expect(
      en('api.variable.invalid', {
        variable: 'input',
        value: '"2021-02-30"',
        path: 'input.date',
        problem: 'x',
      }),
    ).toBe('Variable "$input" got invalid value "2021-02-30" at "input.date"; x');
    expect(
      en('api.variable.invalid', { variable: 'to', value: '"x"', path: '', problem: 'y' }),
    ).toBe('Variable "$to" got invalid value "x"; y');
    expect(
      zh('api.variable.invalid', { variable: 'to', value: '"x"', path: '', problem: '无效' }),
    ).toBe('变量 $to 的值无效：无效');
    expect(en('api.export.range', { from: '2024-02-01', to: '2024-01-01' })).toBe(
      '"from" (2024-02-01) is after "to" (2024-01-01): give an earlier "from"',
    );
    expect(en('api.export.operatorsOnly', { kind: 'journal' })).toBe(
      'The journal export is for operators',
    );
    expect(zh('api.export.operatorsOnly', { kind: 'journal' })).toBe(
      '会计分录导出仅供运营人员使用',
    );
    expect(
      en('api.rateLimited', {
        limitedBy: 'token',
        limit: 1,
        window: 60,
        wait: 7,
        until: '2026-01-01T08:00:07Z',
      }),
    ).toMatch(/^Too many requests from this API token: at most 1 requests in 60 seconds/);
  });

  it('parseMoney and parseDate refuse a user’s text with a message whose English is the error’s', () => {
    for (const text of ['12.345', '1,000', '', '99999999999999.99']) {
      let refused: unknown = null;
      try {
        parseMoney(text);
      } catch (error) {
        refused = error;
      }
      expect(refused, text).toBeInstanceOf(MoneyError);
      const error = refused as MoneyError;
      expect(error.text, text).toBeDefined();
      expect(renderMessage(error.text!, 'en')).toBe(error.message);
      expect(latinWords(renderMessage(error.text!, 'zh-CN').replace(`"${text}"`, ''))).toEqual([]);
    }
    for (const text of ['2021-02-30', 'tomorrow', '2021-13-01']) {
      let refused: unknown = null;
      try {
        parseDate(text);
      } catch (error) {
        refused = error;
      }
      expect(refused, text).toBeInstanceOf(DateError);
      const error = refused as DateError;
      expect(renderMessage(error.text!, 'en')).toBe(error.message);
      expect(renderMessage(error.text!, 'zh-CN')).toBe(`"${text}" 不是 YYYY-MM-DD 格式的有效日期`);
    }
  });
});
