import type { Templates } from '../explain/message-template.js';

/** R-REF-DUPLICATE: a wrong order corrected by an operator, re-priced at its own order date. */
export const ORDER_CORRECTION_MESSAGES = {
  'correction.explanation': {
    en: (p) =>
      `Corrected: ${p.reason}; ${p.amount} less than ordered, refundable as ORDER_ERROR (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `已更正：${p.reason}；比原订单少 ${p.amount}，可按订单错误（ORDER_ERROR）退款（R-REF-DUPLICATE）`,
  },
  'correction.event': {
    en: (p) =>
      `${p.kind === 'RENEWAL' ? 'Renewal' : 'Opening'} order corrected to ${p.reason}${p.period} (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `${p.kind === 'RENEWAL' ? '续费' : '开通'}订单已更正为 ${p.reason}${p.period}（R-REF-DUPLICATE）`,
  },
  'correction.periodMoved': {
    en: (p) => `; the period now ends on ${p.end} (was ${p.was})`,
    'zh-CN': (p) => `；服务期结束日现为 ${p.end}（原为 ${p.was}）`,
  },
} as const satisfies Templates;
