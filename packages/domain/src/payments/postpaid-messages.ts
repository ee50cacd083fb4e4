import { plural, type Templates } from '../explain/message-template.js';

/** R-PAY-5: why a postpaid bill and its late fee are what they are. */
export const POSTPAID_MESSAGES = {
  'postpaid.bill': {
    en: (p) =>
      `usage of ${p.month}: ${plural(p.count!, 'line', 'lines')}, ${p.total}; issued ${p.issuedOn}, due ${p.dueOn} (R-PAY-5)`,
    'zh-CN': (p) =>
      `${p.month} 的用量：共 ${p.count} 项，合计 ${p.total}；${p.issuedOn} 出账，${p.dueOn} 到期（R-PAY-5）`,
  },
  'lateFee.nothingUnpaid': {
    en: () => 'nothing unpaid: no late fee (R-PAY-5)',
    'zh-CN': () => '没有未付金额：不收滞纳金（R-PAY-5）',
  },
  'lateFee.notOverdue': {
    en: (p) =>
      `${p.unpaid} due on ${p.dueOn} is not overdue yet: a late fee accrues from ${p.overdueFrom} (R-PAY-5)`,
    'zh-CN': (p) =>
      `${p.unpaid} 于 ${p.dueOn} 到期，尚未逾期：滞纳金自 ${p.overdueFrom} 起计（R-PAY-5）`,
  },
  'lateFee.charged': {
    en: (p) =>
      `${p.unpaid} × ${p.rate} × ${plural(p.days!, 'day', 'days')} = ${p.fee} late fee, rounded half-up once; ${p.state} (R-PAY-5, R-MONEY-1)`,
    'zh-CN': (p) =>
      `滞纳金 ${p.unpaid} × ${p.rate} × ${p.days} 天 = ${p.fee}，整笔四舍五入一次；${p.state}（R-PAY-5、R-MONEY-1）`,
  },
  'lateFee.overdue': {
    en: (p) =>
      `overdue since ${p.overdueFrom}; suspended on ${p.suspendsOn} and closed on ${p.closesOn} if still unpaid`,
    'zh-CN': (p) =>
      `自 ${p.overdueFrom} 起逾期；如仍未付款，将于 ${p.suspendsOn} 暂停服务，于 ${p.closesOn} 关闭账户`,
  },
  'lateFee.suspended': {
    en: (p) =>
      `service suspended since ${p.suspendsOn} (${p.days} days overdue); closed on ${p.closesOn} if still unpaid`,
    'zh-CN': (p) =>
      `已自 ${p.suspendsOn} 起暂停服务（逾期 ${p.days} 天）；如仍未付款，将于 ${p.closesOn} 关闭账户`,
  },
  'lateFee.closed': {
    en: (p) =>
      `account closed on ${p.closesOn} (${p.days} days overdue); the fee stopped accruing then`,
    'zh-CN': (p) => `账户已于 ${p.closesOn} 关闭（逾期 ${p.days} 天）；滞纳金自此停止计算`,
  },
} as const satisfies Templates;
