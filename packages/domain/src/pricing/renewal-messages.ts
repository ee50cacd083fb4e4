import { plural, type Templates } from '../explain/message-template.js';

/**
 * Why a renewal (R-RENEW-2, R-RENEW-3, R-LEGACY-1, R-MIG-3), an add-seat purchase (R-SEAT-3,
 * R-SEAT-4, R-LEGACY-2, R-CAT-2 free plans) and an upgrade to Qidian (R-MIG-1, R-MIG-2) cost what
 * they cost. The English templates write exactly the text the pricing functions have always
 * returned.
 */
export const RENEWAL_MESSAGES = {
  'reason.renewal': {
    en: (p) =>
      `${p.line} = ${p.amount} (R-RENEW-3: price book ${p.book} in force on ${p.date}, ${p.basis}; R-RENEW-2: ${p.start} to ${p.end})`,
    'zh-CN': (p) =>
      `${p.line} = ${p.amount}（R-RENEW-3：${p.date} 适用的价格表 ${p.book}，${p.basis}；R-RENEW-2：服务期 ${p.start} 至 ${p.end}）`,
  },
  'reason.renewalLegacy': {
    en: (p) =>
      `${p.line} = ${p.amount} (R-LEGACY-1: first renewal at the opening price book ${p.book}, ${p.basis}; R-RENEW-2: ${p.start} to ${p.end})`,
    'zh-CN': (p) =>
      `${p.line} = ${p.amount}（R-LEGACY-1：首次续费按开通时的价格表 ${p.book}，${p.basis}；R-RENEW-2：服务期 ${p.start} 至 ${p.end}）`,
  },
  'reason.renewalPromotion': {
    en: (p) =>
      `${p.perYear} × ${plural(p.years!, 'year', 'years')} = ${p.amount} (R-MIG-3: original-price promotion, market ${p.tier} of price book ${p.book}; R-RENEW-2: ${p.start} to ${p.end})`,
    'zh-CN': (p) =>
      `${p.perYear} × ${p.years} 年 = ${p.amount}（R-MIG-3：原价促销，市场价按价格表 ${p.book} 的${p.tier}；R-RENEW-2：服务期 ${p.start} 至 ${p.end}）`,
  },
  /** R-MIG-3, per year: E × P. */
  'part.legacySeats': {
    en: (p) => `${plural(p.seats!, 'legacy seat', 'legacy seats')} × ${p.unitPrice}`,
    'zh-CN': (p) => `${p.seats} 个原有席位 × ${p.unitPrice}`,
  },
  /** R-MIG-3, per year: (total − E) × the market tier price. */
  'part.seats': {
    en: (p) => `${plural(p.seats!, 'seat', 'seats')} × ${p.unitPrice}`,
    'zh-CN': (p) => `${p.seats} 个席位 × ${p.unitPrice}`,
  },
  'part.sum': {
    en: (p) => `(${p.legacyPart} + ${p.marketPart})`,
    'zh-CN': (p) => `(${p.legacyPart} + ${p.marketPart})`,
  },
  'reason.addSeats': {
    en: (p) => `${p.line} = ${p.amount} (R-SEAT-3: ${p.billable}; R-SEAT-4: ${p.basis})`,
    'zh-CN': (p) => `${p.line} = ${p.amount}（R-SEAT-3：${p.billable}；R-SEAT-4：${p.basis}）`,
  },
  'reason.addSeatsLegacy': {
    en: (p) =>
      `${p.line} = ${p.amount} (R-SEAT-3: ${p.billable}; R-SEAT-4: ${p.basis}; R-LEGACY-2: one add-seat purchase at the opening price book ${p.book})`,
    'zh-CN': (p) =>
      `${p.line} = ${p.amount}（R-SEAT-3：${p.billable}；R-SEAT-4：${p.basis}；R-LEGACY-2：按开通时的价格表 ${p.book} 增购席位，仅限一次）`,
  },
  'reason.addSeatsFree': {
    en: (p) => `${p.line} = ${p.amount} (R-CAT-2: free plan)`,
    'zh-CN': (p) => `${p.line} = ${p.amount}（R-CAT-2：免费套餐）`,
  },
  /** R-SEAT-3: the billable months of added seats. */
  'billable.exact': {
    en: (p) => `${plural(p.months!, 'month', 'months')} exactly`,
    'zh-CN': (p) => `整 ${p.months} 个月`,
  },
  'billable.rounded': {
    en: (p) =>
      `${plural(p.whole!, 'month', 'months')} and ${plural(p.days!, 'day', 'days')} rounded to ${p.months}`,
    'zh-CN': (p) => `${p.whole} 个月零 ${p.days} 天，计为 ${p.months} 个月`,
  },
  'billable.none': {
    en: () => 'no time left before the period end',
    'zh-CN': () => '服务期结束前已无剩余时间',
  },
  'basis.contractMonthly': { en: () => 'contract price ÷ 12', 'zh-CN': () => '合同价 ÷ 12' },
  'reason.upgradePromotion': {
    en: (p) =>
      `${p.line} (R-MIG-1: upgraded on ${p.date}, on or before ${p.cutOff}: original-price promotion; R-MIG-2: ${plural(p.seats!, 'seat', 'seats')} at ${p.unitPrice} per year from ${p.book})`,
    'zh-CN': (p) =>
      `${p.line}（R-MIG-1：${p.date} 升级，不晚于 ${p.cutOff}：参加原价促销；R-MIG-2：${p.seats} 个席位按每年 ${p.unitPrice} 计价，取自价格表 ${p.book}）`,
  },
  'reason.upgradeNoPromotion': {
    en: (p) =>
      `${p.line} (R-MIG-1: upgraded on ${p.date}, after ${p.cutOff}: no original-price promotion)`,
    'zh-CN': (p) => `${p.line}（R-MIG-1：${p.date} 升级，晚于 ${p.cutOff}：不参加原价促销）`,
  },
} as const satisfies Templates;
