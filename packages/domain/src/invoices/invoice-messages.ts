import type { Templates } from '../explain/message-template.js';

/**
 * Refusals of invoice requests, issues, voids and credit notes (R-INV-1, R-INV-2, R-INV-3). The
 * English templates write exactly the text the invoice rules have always returned.
 */
export const INVOICE_MESSAGES = {
  'invoice.issue.issued': {
    en: () => 'this invoice is already issued; void it first to issue it again (R-INV-3)',
    'zh-CN': () => `该发票已开具；如需重新开具，请先将其作废（R-INV-3）`,
  },
  'invoice.issue.reversed': {
    en: () =>
      'this invoice was reversed by red-letter credit notes: nothing is left to issue, so no action is needed (R-INV-3)',
    'zh-CN': () => `该发票已被红字发票冲销：没有可开具的金额，无需操作（R-INV-3）`,
  },
  'invoice.issue.credited': {
    en: () =>
      'the refunds credited the whole invoice: nothing is left to issue, so no action is needed (R-INV-3)',
    'zh-CN': () => `退款已冲销整张发票：没有可开具的金额，无需操作（R-INV-3）`,
  },
  // `number` and the dates the user gave come quoted (`quotedInput`).
  'invoice.issue.number': {
    en: (p) =>
      `the fapiao number ${p.number} must be 8 digits (paper or classic e-fapiao) or 20 digits (fully digital fapiao): enter the number printed on the fapiao (R-INV-2)`,
    'zh-CN': (p) =>
      `发票号码 ${p.number} 必须是 8 位（纸质发票或传统电子发票）或 20 位（数电发票）数字：请输入发票上印的号码（R-INV-2）`,
  },
  'invoice.issue.notDate': {
    en: (p) => `the issue date ${p.date} is not a date: enter it as YYYY-MM-DD (R-TIME-1)`,
    'zh-CN': (p) => `开票日期 ${p.date} 不是有效日期：请按 YYYY-MM-DD 格式输入（R-TIME-1）`,
  },
  'invoice.issue.beforeRequest': {
    en: (p) =>
      `the issue date ${p.date} is before the request on ${p.requestedOn}: enter the date the fapiao was issued, on or after the request (R-INV-2)`,
    'zh-CN': (p) =>
      `开票日期 ${p.date} 早于申请日期 ${p.requestedOn}：请输入发票的实际开具日期，不早于申请日期（R-INV-2）`,
  },
  'invoice.issue.future': {
    en: (p) =>
      `the issue date ${p.date} is in the future (today is ${p.today}): enter the date the fapiao was issued, today or earlier (R-TIME-1)`,
    'zh-CN': (p) =>
      `开票日期 ${p.date} 在未来（今天是 ${p.today}）：请输入发票的实际开具日期，不晚于今天（R-TIME-1）`,
  },
  'invoice.void.notIssued': {
    en: () =>
      'this invoice is not issued yet, so there is no fapiao to void: issue it first with issueInvoice (R-INV-3)',
    'zh-CN': () => `该发票尚未开具，没有可作废的发票：请先用 issueInvoice 开具（R-INV-3）`,
  },
  'invoice.void.reversed': {
    en: () =>
      'this invoice was reversed by red-letter credit notes, so it cannot be voided: no action is needed (R-INV-3)',
    'zh-CN': () => `该发票已被红字发票冲销，不能作废：无需操作（R-INV-3）`,
  },
  'invoice.void.credited': {
    en: () =>
      'a red-letter credit note stands against this fapiao, so it cannot be voided: leave it, the credit notes correct it (R-INV-3)',
    'zh-CN': () => `该发票已开具红字发票，不能作废：请保持原样，由红字发票更正（R-INV-3）`,
  },
  'invoice.void.reason': {
    en: () => 'give the reason for voiding the fapiao in 1–500 characters (R-INV-3)',
    'zh-CN': () => `请用 1–500 个字符说明作废发票的原因（R-INV-3）`,
  },
  'invoice.request.payment': {
    en: (p) => `the payment must be a positive whole number of fen, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `付款金额必须是正整数分，实际为 ${p.got}（R-MONEY-1）`,
  },
  'invoice.request.refunded': {
    en: (p) =>
      `the refunded amount must be a whole number of fen from 0 to the payment (${p.payment}), got ${p.got} (R-REF-CAP)`,
    'zh-CN': (p) =>
      `退款金额必须是 0 到付款金额（${p.payment}）之间的整数分，实际为 ${p.got}（R-REF-CAP）`,
  },
  'invoice.request.unpaid': {
    en: () =>
      'an invoice can be requested only for a paid order: pay the order first, then request the invoice (R-INV-1)',
    'zh-CN': () => `只能为已付款的订单申请发票：请先支付订单，再申请发票（R-INV-1）`,
  },
  'invoice.request.already': {
    en: () =>
      'this payment has already been invoiced, and an invoice is never issued twice: use the existing invoice (R-INV-3)',
    'zh-CN': () => `该笔付款已申请过发票，发票不会重复开具：请使用已有的发票（R-INV-3）`,
  },
  'invoice.request.unverified': {
    en: () =>
      'the account has no verified enterprise name yet, so no invoice title can match it: submit the verification materials with submitVerification first, then request the invoice (R-INV-1)',
    'zh-CN': () =>
      `该账户还没有经认证的企业名称，发票抬头无从核对：请先用 submitVerification 提交认证材料，再申请发票（R-INV-1）`,
  },
  'invoice.request.title': {
    en: (p) =>
      `the invoice title ${p.title} must equal the verified enterprise name ${p.verifiedName}: use the verified name as the title (R-INV-1)`,
    'zh-CN': (p) =>
      `发票抬头 ${p.title} 必须与认证企业名称 ${p.verifiedName} 一致：请以认证名称作为抬头（R-INV-1）`,
  },
  'invoice.request.special': {
    en: () =>
      'a special VAT invoice (增值税专用发票) needs the general-taxpayer certificate on file: have an operator record it with setGeneralTaxpayer first, or request a general VAT invoice instead (R-INV-1)',
    'zh-CN': () =>
      `增值税专用发票需要已备案的一般纳税人证明：请先由运营人员用 setGeneralTaxpayer 登记，或改为申请增值税普通发票（R-INV-1）`,
  },
  'invoice.request.refundedInFull': {
    en: (p) =>
      `the payment of ${p.payment} was refunded in full: there is nothing to invoice, so no action is needed (R-INV-3)`,
    'zh-CN': (p) => `金额为 ${p.payment} 的付款已全额退款：没有可开票的金额，无需操作（R-INV-3）`,
  },
  'invoice.credit.invoiced': {
    en: (p) =>
      `the invoiced amount must be a positive whole number of fen, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `开票金额必须是正整数分，实际为 ${p.got}（R-MONEY-1）`,
  },
  'invoice.credit.already': {
    en: (p) =>
      `the amount already credited must lie between 0 and the invoice, got ${p.got} (R-INV-3)`,
    'zh-CN': (p) => `已冲销金额必须在 0 到发票金额之间，实际为 ${p.got}（R-INV-3）`,
  },
  'invoice.credit.refunded': {
    en: (p) =>
      `the refunded amount must be a positive whole number of fen, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `退款金额必须是正整数分，实际为 ${p.got}（R-MONEY-1）`,
  },
  'invoice.credit.exceeds': {
    en: (p) =>
      `a refund of ${p.refunded} exceeds the ${p.open} the invoice still covers: credit at most that amount (R-INV-3, R-REF-CAP)`,
    'zh-CN': (p) =>
      `退款 ${p.refunded} 超过了发票尚未冲销的 ${p.open}：最多冲销该金额（R-INV-3、R-REF-CAP）`,
  },
  'invoice.dueDate': {
    en: (p) => `The invoice due date cannot be computed (R-INV-2): ${p.why}`,
    'zh-CN': (p) => `无法计算发票的开具期限（R-INV-2）：${p.why}`,
  },
} as const satisfies Templates;
