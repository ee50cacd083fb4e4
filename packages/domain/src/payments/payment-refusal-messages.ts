import type { Templates } from '../explain/message-template.js';

/**
 * Refusals of payments, the prepaid balance and postpaid bills (R-PAY-1, R-PAY-2, R-PAY-4, R-PAY-5,
 * R-MONEY-1). The English templates write exactly the text the payment rules have always returned.
 */
export const PAYMENT_REFUSAL_MESSAGES = {
  'payment.orderTotal': {
    en: (p) => `the order total must be a positive whole number of fen, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `订单总额必须是正整数分，实际为 ${p.got}（R-MONEY-1）`,
  },
  'payment.prior': {
    en: (p) => `a prior payment must be a positive whole number of fen, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `此前的付款必须是正整数分，实际为 ${p.got}（R-MONEY-1）`,
  },
  'payment.amount': {
    en: (p) => `a payment must be a positive whole number of fen, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `付款金额必须是正整数分，实际为 ${p.got}（R-MONEY-1）`,
  },
  'payment.paidBefore': {
    en: (p) =>
      `the amount paid before must be a whole number of fen, 0 or more, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `此前已付金额必须是不小于 0 的整数分，实际为 ${p.got}（R-MONEY-1）`,
  },
  'payment.method': {
    en: (p) => `unknown payment method "${p.method}"; expected one of ${p.known} (R-PAY-1)`,
    'zh-CN': (p) => `未知的付款方式 "${p.method}"；应为以下之一：${p.known}（R-PAY-1）`,
  },
  'payment.amountMethod': {
    en: (p) =>
      `a payment must be a positive whole number of fen, got ${p.got} (R-PAY-1, R-MONEY-1)`,
    'zh-CN': (p) => `付款金额必须是正整数分，实际为 ${p.got}（R-PAY-1、R-MONEY-1）`,
  },
  'payment.reference': {
    en: () => 'a payment must keep the provider’s reference (R-PAY-1)',
    'zh-CN': () => `付款必须保留支付服务商的流水号（R-PAY-1）`,
  },
  'postpaid.dueDay': {
    en: (p) => `the due day must be a day of month from 1 to 28, got ${p.got} (R-PAY-5)`,
    'zh-CN': (p) => `到期日必须是每月的 1 到 28 日之一，实际为 ${p.got}（R-PAY-5）`,
  },
  'postpaid.lateFeeRate': {
    en: (p) => `the late-fee rate must be whole basis points ≥ 0, got ${p.got} (R-PAY-5)`,
    'zh-CN': (p) => `滞纳金费率必须是不小于 0 的整数基点，实际为 ${p.got}（R-PAY-5）`,
  },
  'postpaid.thresholds': {
    en: (p) =>
      `suspension and closure must be whole days overdue with 1 ≤ suspension < closure, got ${p.suspend} and ${p.close} (R-PAY-5)`,
    'zh-CN': (p) =>
      `暂停和关闭的逾期天数必须是整数，且 1 ≤ 暂停天数 < 关闭天数，实际为 ${p.suspend} 和 ${p.close}（R-PAY-5）`,
  },
  'postpaid.month': {
    en: (p) => `"${p.month}" is not a month in the form YYYY-MM (R-PAY-5)`,
    'zh-CN': (p) => `"${p.month}" 不是 YYYY-MM 格式的月份（R-PAY-5）`,
  },
  'postpaid.quantity': {
    en: (p) => `usage quantity must be a whole number ≥ 0, got ${p.got} (R-PAY-5)`,
    'zh-CN': (p) => `用量必须是不小于 0 的整数，实际为 ${p.got}（R-PAY-5）`,
  },
  'postpaid.unitPrice': {
    en: (p) => `unit price must be a whole number of fen ≥ 0, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `单价必须是不小于 0 的整数分，实际为 ${p.got}（R-MONEY-1）`,
  },
  'postpaid.unpaid': {
    en: (p) => `the unpaid amount must be a whole number of fen ≥ 0, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `未付金额必须是不小于 0 的整数分，实际为 ${p.got}（R-MONEY-1）`,
  },
  'balance.invalid': {
    en: (p) =>
      `a prepaid balance is a whole number of fen ≥ 0, got ${p.got}: ask an operator to check the account's balance (R-PAY-4)`,
    'zh-CN': (p) =>
      `预付余额应为不小于 0 的整数分，实际为 ${p.got}：请联系运营人员核查该账户的余额（R-PAY-4）`,
  },
  // `use` is `topUp` or `debit`.
  'balance.amount': {
    en: (p) =>
      `a ${p.use === 'topUp' ? 'top-up' : 'payment from the balance'} must be a positive whole number of fen, got ${p.got} (R-PAY-4, R-MONEY-1)`,
    'zh-CN': (p) =>
      `${p.use === 'topUp' ? '充值金额' : '余额付款金额'}必须是正整数分，实际为 ${p.got}（R-PAY-4、R-MONEY-1）`,
  },
} as const satisfies Templates;
