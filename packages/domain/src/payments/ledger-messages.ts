import type { Templates } from '../explain/message-template.js';

/** Payment methods in Chinese, as the web client names them. */
const METHODS_ZH_CN: Readonly<Record<string, string>> = {
  BANK_CARD: '银行卡',
  ALIPAY: '支付宝',
  WECHAT_PAY: '微信支付',
  TENCENT_WALLET: '腾讯钱包',
  BALANCE: '预付余额',
};

/** "ALIPAY, BALANCE" → "支付宝、预付余额". */
const methodsZh = (methods: string): string =>
  methods
    .split(', ')
    .map((method) => METHODS_ZH_CN[method] ?? method)
    .join('、');

/**
 * Texts of payments (R-PAY-2, R-PAY-3), the prepaid balance (R-PAY-4) and invoices (R-INV-1,
 * R-INV-2, R-INV-3).
 */
export const LEDGER_MESSAGES = {
  'payment.duplicate': {
    en: (p) =>
      `payment of ${p.paid} is a duplicate: the order (${p.total}) was already paid in full; ${p.paid} refundable in full (R-PAY-3, R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `付款 ${p.paid} 为重复付款：订单（${p.total}）此前已全额付清；${p.paid} 可全额退款（R-PAY-3、R-REF-DUPLICATE）`,
  },
  'payment.partial': {
    en: (p) =>
      `partial payment of ${p.paid}: ${p.reached} of ${p.total} paid, ${p.outstanding} outstanding; the order is fulfilled only when paid in full (R-PAY-2)`,
    'zh-CN': (p) =>
      `部分付款 ${p.paid}：已付 ${p.reached}（共 ${p.total}），尚欠 ${p.outstanding}；订单付清后才会履约（R-PAY-2）`,
  },
  'payment.completes': {
    en: (p) => `payment of ${p.paid} completes the order: ${p.total} of ${p.total} paid (R-PAY-2)`,
    'zh-CN': (p) => `付款 ${p.paid} 付清订单：已付 ${p.total}（共 ${p.total}）（R-PAY-2）`,
  },
  'payment.overpays': {
    en: (p) =>
      `payment of ${p.paid} overpays the order (${p.total}) by ${p.excess}: ${p.applied} applied, ${p.excess} refundable in full (R-PAY-2, R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `付款 ${p.paid} 超出订单金额（${p.total}）${p.excess}：计入订单 ${p.applied}，多付的 ${p.excess} 可全额退款（R-PAY-2、R-REF-DUPLICATE）`,
  },
  'balance.debit': {
    en: (p) => `${p.amount} paid from the balance: ${p.before} → ${p.after} (R-PAY-4)`,
    'zh-CN': (p) => `余额支付 ${p.amount}：余额 ${p.before} → ${p.after}（R-PAY-4）`,
  },
  'balance.topUp': {
    en: (p) => `balance topped up by ${p.amount}: ${p.before} → ${p.after} (R-PAY-4)`,
    'zh-CN': (p) => `余额充值 ${p.amount}：余额 ${p.before} → ${p.after}（R-PAY-4）`,
  },
  'invoice.approved': {
    en: (p) =>
      `${p.type === 'SPECIAL_VAT' ? 'special VAT' : 'general'} invoice to ${p.title} for ${p.amount} (R-INV-1)`,
    'zh-CN': (p) =>
      `开具${p.type === 'SPECIAL_VAT' ? '增值税专用发票' : '普通发票'}，抬头 ${p.title}，金额 ${p.amount}（R-INV-1）`,
  },
  'invoice.approvedLessRefunded': {
    en: (p) =>
      `${p.type === 'SPECIAL_VAT' ? 'special VAT' : 'general'} invoice to ${p.title} for ${p.amount}: payment ${p.payment} − refunded ${p.refunded} (R-INV-1, R-INV-3)`,
    'zh-CN': (p) =>
      `开具${p.type === 'SPECIAL_VAT' ? '增值税专用发票' : '普通发票'}，抬头 ${p.title}，金额 ${p.amount}：付款 ${p.payment} − 已退款 ${p.refunded}（R-INV-1、R-INV-3）`,
  },
  'invoice.dueBy': {
    en: (p) =>
      `invoice due by ${p.date}, the ${p.days}th working day after the payment confirmed on ${p.paidOn} (R-INV-2, R-TIME-3)`,
    'zh-CN': (p) =>
      `发票应于 ${p.date} 前开具，即付款于 ${p.paidOn} 确认后的第 ${p.days} 个工作日（R-INV-2、R-TIME-3）`,
  },
  'refund.paidBack': {
    en: (p) => `Refund of ${p.amount} paid back to ${p.methods} (R-REF-PAYOUT)`,
    'zh-CN': (p) => `退款 ${p.amount} 已原路退回至${methodsZh(p.methods!)}（R-REF-PAYOUT）`,
  },
} as const satisfies Templates;
