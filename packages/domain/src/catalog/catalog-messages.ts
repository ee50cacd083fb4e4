import type { Templates } from '../explain/message-template.js';

/**
 * Refusals of the catalogue (R-CAT-1, R-CAT-3): unknown products and plans, price books not in
 * force, seat counts outside a plan's limits. The English templates write exactly the text the
 * lookups have always returned.
 */
export const CATALOG_MESSAGES = {
  'seats.notWhole': {
    en: (p) => `The seat count must be a whole number of at least 1, got ${p.got} (R-CAT-3)`,
    'zh-CN': (p) => `席位数必须是不小于 1 的整数，实际为 ${p.got}（R-CAT-3）`,
  },
  // `limits` is one of the three below.
  'seats.outsidePlan': {
    en: (p) =>
      `Plan ${p.planCode} allows ${p.limits}, got ${p.got}: choose a seat count in that range (R-CAT-3)`,
    'zh-CN': (p) =>
      `套餐 ${p.planCode} 允许的席位数：${p.limits}，而实际为 ${p.got} 个：请选择此范围内的席位数（R-CAT-3）`,
  },
  'seats.range': {
    en: (p) => `${p.min}–${p.max} seats`,
    'zh-CN': (p) => `${p.min}–${p.max} 个`,
  },
  'seats.atLeast': {
    en: (p) => `at least ${p.min} seats`,
    'zh-CN': (p) => `至少 ${p.min} 个`,
  },
  'seats.atMost': {
    en: (p) => `at most ${p.max} seats`,
    'zh-CN': (p) => `至多 ${p.max} 个`,
  },
  'catalog.noBook': {
    en: (p) =>
      `No price book of plan ${p.planCode} is in force on ${p.date}: choose a later date, or ask an operator to publish a price book for it (R-CAT-1)`,
    'zh-CN': (p) =>
      `套餐 ${p.planCode} 在 ${p.date} 没有生效的价格表：请选择更晚的日期，或联系运营人员为其发布价格表（R-CAT-1）`,
  },
  // `productCode` and `planCode` come quoted (`quotedInput`).
  'catalog.noProduct': {
    en: (p) =>
      `There is no product ${p.productCode} in the catalog: choose a product from the catalog (R-CAT-1)`,
    'zh-CN': (p) => `价格目录中没有产品 ${p.productCode}：请从价格目录中选择产品（R-CAT-1）`,
  },
  'catalog.noPlan': {
    en: (p) =>
      `There is no plan ${p.planCode} in product ${p.productCode}: choose one of the product's plans (R-CAT-1)`,
    'zh-CN': (p) =>
      `产品 ${p.productCode} 中没有套餐 ${p.planCode}：请从该产品的套餐中选择（R-CAT-1）`,
  },
  'catalog.planGone': {
    en: (p) =>
      `The plan ${p.productCode}/${p.planCode} is no longer in the catalog: ask an operator to check the subscription (R-CAT-1)`,
    'zh-CN': (p) =>
      `套餐 ${p.productCode}/${p.planCode} 已不在价格目录中：请联系运营人员核查该订阅（R-CAT-1）`,
  },
} as const satisfies Templates;
