import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRC_CALENDAR } from '../calendar/index.js';
import { fenParam, msg, renderMessage, type Message } from '../explain/messages.js';
import { yuan } from '../money/money.js';
import { latinWords } from '../test-support/latin-words.js';
import { refundInput } from '../test-support/refund-arbitrary.js';
import { checkRefundMessages } from '../test-support/refund-english.js';
import type { BusinessDate } from '../time/business-date.js';
import { decideRefund } from './refund-decision.js';
import type { RefundDecision, RefundInput, RefundOrderFacts } from './refund-types.js';

/*
 * Every text of a refund decision comes with its message: written in English it is the very text
 * (so the English answer is unchanged), written in Chinese it has no English word left.
 */
const d = (text: string): BusinessDate => text as BusinessDate;

/** A ¥1,200.00 order of a subscription activated 2024-01-01, decided 2024-07-01. */
function req(over: Partial<RefundInput> = {}, order: Partial<RefundOrderFacts> = {}): RefundInput {
  return {
    asOf: d('2024-07-01'),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    ...over,
    order: {
      kind: 'NEW_SUBSCRIPTION',
      productCode: 'EXMAIL',
      total: yuan(1200),
      paid: yuan(1200),
      alreadyRefunded: 0,
      duplicatePaid: 0,
      overpaid: 0,
      period: { start: d('2024-01-01'), end: d('2025-01-01') },
      ...order,
    },
    subscription: {
      status: 'ACTIVE',
      activatedOn: d('2024-01-01'),
      violation: false,
      fullyPaidOn: d('2023-12-28'),
      materialsApprovedOn: d('2023-12-28'),
      inUse: { domainVerified: false, adminCreated: false, memberAdded: false },
    },
  };
}

const zh = (message: Message | undefined): string =>
  message === undefined ? 'no message' : renderMessage(message, 'zh-CN');

/** Every Chinese text of a decision. */
function chinese(decision: RefundDecision): string[] {
  return [
    zh(decision.explanationMessage),
    ...decision.considered.map((check) => zh(check.whyMessage)),
    ...decision.lines.map((line) => zh(line.message)),
  ];
}

describe('R-REF-OTHERWISE a refund decision in English and in Chinese', () => {
  it('every text of arbitrary decisions: the message in English is the text, in Chinese it has no English word', () => {
    fc.assert(
      fc.property(refundInput, (input) => {
        const decision = decideRefund(input);
        checkRefundMessages(decision);
        for (const text of chinese(decision)) {
          expect(latinWords(text), text).toEqual([]);
          expect(text).not.toMatch(/undefined|\{/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('R-REF-UNUSED a full refund in Chinese', () => {
    const decision = decideRefund(req());
    expect(zh(decision.explanationMessage)).toBe(
      '退款 ¥1,200.00，不收手续费：全额退款，企业邮从未投入使用：未验证域名、未创建管理员、未添加成员（R-REF-UNUSED）',
    );
    expect(chinese(decision).slice(1, 4)).toEqual([
      '未因违规被暂停或终止',
      '没有可退的重复付款、多付款项或已更正的错误订单',
      '服务商未终止协议',
    ]);
  });

  it('R-REF-CANCEL R-REF-FEE a Meeting cancelled mid-term: the pro-rata line and the fee in Chinese', () => {
    const decision = decideRefund(req({ reason: 'USER_CANCELLATION' }, { productCode: 'MEETING' }));
    expect(zh(decision.explanationMessage)).toBe(
      '退款 ¥603.28 − 手续费 ¥6.03 = 客户实收 ¥597.25（R-REF-FEE）：服务期内取消（自 2024-07-01 起 366 天中未使用 184 天：¥1,200.00 × 184/366 = ¥603.28）',
    );
    expect(decision.lines.map((line) => zh(line.message))).toEqual([
      '服务期内取消（自 2024-07-01 起 366 天中未使用 184 天：¥1,200.00 × 184/366 = ¥603.28）',
      '手续费：¥603.28 的 1%（R-REF-FEE、R-MONEY-1）',
    ]);
    const fee = decision.considered.find((check) => check.rule === 'R-REF-FEE');
    expect(zh(fee?.whyMessage)).toBe('按比例退款 ¥603.28 的 1% 手续费 = ¥6.03（四舍五入）');
  });

  it('R-REF-NONREF R-REF-DUPLICATE a renewal: the duplicate refunded, the rest refused, in Chinese', () => {
    const decision = decideRefund(
      req({}, { kind: 'RENEWAL', productCode: 'MEETING', duplicatePaid: yuan(100) }),
    );
    expect(zh(decision.explanationMessage)).toBe(
      '退款 ¥100.00，不收手续费：重复付款全额退款（R-REF-DUPLICATE）；其余部分不予退款：续费一经支付不可取消或退款，重复付款或多付款项除外（R-REF-NONREF、R-RENEW-4）',
    );
  });

  it('R-REF-OTHERWISE a refusal joins every reason in Chinese, and the refusal carries the message', () => {
    const decision = decideRefund(req({}, { productCode: 'EQQ' }));
    const text =
      '不予退款（R-REF-OTHERWISE）：7 天无理由退款期已于 2024-01-08 结束，2024-07-01 才申请；未申报无法登录的故障（申请原因：无理由退款）。如认为适用其他退款规则，请携带证据联系运营人员复核该订单';
    expect(zh(decision.explanationMessage)).toBe(text);
    expect(zh(decision.refusal?.text)).toBe(text);
  });

  it('R-REF-OTHERWISE R-MONEY-1 an invalid request in Chinese', () => {
    const decision = decideRefund(req({}, { paid: -1 }));
    expect(decision.refusal?.code).toBe('INVALID_INPUT');
    expect(zh(decision.refusal?.text)).toBe(
      '无法判定退款：订单的已付金额必须是不小于 0 的整数（单位：分），实际为 -1（R-MONEY-1）（R-REF-OTHERWISE）',
    );
  });

  it('R-LIFE-6 R-NUM-4 the history line of a subscription ended by a refund, in both languages', () => {
    const ended = msg('refund.subscriptionEnded', {
      amount: fenParam(yuan(3600)),
      on: '2024-09-27',
      rules: 'R-REF-7DAY, R-TIME-4',
      released: msg('refund.numberReleased', { number: '800012345' }),
    });
    expect(renderMessage(ended, 'en')).toBe(
      'Ended by the refund of ¥3,600.00 approved on 2024-09-27 (R-REF-7DAY, R-TIME-4); enterprise number 800012345 returns to the pool (R-NUM-4)',
    );
    expect(zh(ended)).toBe(
      '因 2024-09-27 批准的 ¥3,600.00 退款而终止（R-REF-7DAY、R-TIME-4）；企业号码 800012345 退回号码池（R-NUM-4）',
    );
  });
});
