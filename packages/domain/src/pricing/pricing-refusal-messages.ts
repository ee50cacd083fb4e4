import { plural, type Templates } from '../explain/message-template.js';

/**
 * Refusals of the pricing rules (R-CAT-2, R-CAT-4, R-SEAT-1, R-SEAT-5, R-RENEW-2, R-MIG-1,
 * R-MIG-2): what a purchase, a renewal, an added or removed seat, an upgrade or a contract price
 * cannot be. The English templates write exactly the text the pricing functions have always
 * returned.
 */
export const PRICING_REFUSAL_MESSAGES = {
  'pricing.noTier': {
    en: (p) =>
      `No tier of price book ${p.book} contains ${p.seats} seats: choose another seat count, or ask an operator about a contract price (R-CAT-2)`,
    'zh-CN': (p) =>
      `价格表 ${p.book} 中没有包含 ${p.seats} 个席位的阶梯：请选择其他席位数，或向运营人员咨询合同价（R-CAT-2）`,
  },
  'pricing.noFlatPrice': {
    en: (p) =>
      `Price book ${p.book} has no annual or monthly price: ask an operator to correct the price book (R-CAT-2)`,
    'zh-CN': (p) => `价格表 ${p.book} 没有年价或月价：请联系运营人员更正价格表（R-CAT-2）`,
  },
  'pricing.noContractPrice': {
    en: () =>
      'This plan is sold at a contract price, and none is in force for this account on this date: an operator must set the contract price (per seat per year) for the account first (R-CAT-2)',
    'zh-CN': () =>
      `该套餐按合同价销售，而此账户在该日期没有生效的合同价：请先由运营人员为该账户设定合同价（每席位每年）（R-CAT-2）`,
  },
  'pricing.contractPriceNotFen': {
    en: (p) =>
      `The contract price must be a whole, non-negative number of fen, got ${p.got} (R-CAT-2, R-MONEY-1)`,
    'zh-CN': (p) => `合同价必须是非负整数分，实际为 ${p.got}（R-CAT-2、R-MONEY-1）`,
  },
  // `most` is the most years one purchase may buy.
  'pricing.years': {
    en: (p) =>
      `This purchase takes ${p.most === '1' ? 'exactly 1 year' : `1 to ${p.most} years`}, got ${p.got}: choose ${p.most === '1' ? 'exactly 1 year' : `1 to ${p.most} years`} (${p.rule})`,
    'zh-CN': (p) =>
      `此次购买的年数${p.most === '1' ? '只能是 1 年' : `须为 1 到 ${p.most} 年`}，实际为 ${p.got}：请选择${p.most === '1' ? ' 1 年' : ` 1 到 ${p.most} 年`}（${p.rule}）`,
  },
  'addSeats.notWhole': {
    en: (p) => `Seats to add must be a whole number of at least 1, got ${p.got} (R-SEAT-1)`,
    'zh-CN': (p) => `要增加的席位数必须是不小于 1 的整数，实际为 ${p.got}（R-SEAT-1）`,
  },
  'addSeats.notActive': {
    en: (p) =>
      `Seats can be added only to an ACTIVE subscription; this one is ${p.status}: renew it with renewSubscription first, or open a new subscription (R-SEAT-1)`,
    'zh-CN': (p) =>
      `只能为生效中的订阅增加席位；该订阅当前为${p.status}：请先用 renewSubscription 续费，或开通新的订阅（R-SEAT-1）`,
  },
  'addSeats.sunset': {
    en: (p) =>
      `${p.product} takes no purchases on or after ${p.date}: use the seats you have, or open a subscription to another product (R-CAT-4)`,
    'zh-CN': (p) =>
      `${p.product} 自 ${p.date} 起不再受理购买：请继续使用现有席位，或开通其他产品的订阅（R-CAT-4）`,
  },
  'addSeats.flat': {
    en: (p) =>
      `Plan ${p.planCode} has a flat price, not a price per seat: seats can be added only to a plan priced per seat (R-CAT-2)`,
    'zh-CN': (p) =>
      `套餐 ${p.planCode} 是固定价，不按席位计价：只能为按席位计价的套餐增加席位（R-CAT-2）`,
  },
  'contractPrice.notCustom': {
    en: (p) =>
      `${p.plan} is priced by the catalog, not by a contract price: only a plan sold at a contract price takes one (R-CAT-2)`,
    'zh-CN': (p) =>
      `${p.plan} 按价格目录定价，不使用合同价：只有按合同价销售的套餐才能设定合同价（R-CAT-2）`,
  },
  'contractPrice.past': {
    en: (p) =>
      `A contract price cannot change in the past: ${p.from} is before today, ${p.today}; choose today or a later date (R-CAT-2)`,
    'zh-CN': (p) =>
      `合同价不能在过去的日期变更：${p.from} 早于今天 ${p.today}；请选择今天或之后的日期（R-CAT-2）`,
  },
  'contractPrice.noneToEnd': {
    en: (p) =>
      `No contract price of ${p.plan} is in force on ${p.from}: there is nothing to end, so no action is needed (R-CAT-2)`,
    'zh-CN': (p) =>
      `${p.plan} 在 ${p.from} 没有生效的合同价：没有可结束的合同价，无需操作（R-CAT-2）`,
  },
  'contractPrice.range': {
    en: (p) =>
      `A contract price must be a whole number of fen from ¥0.01 to ${p.most} per seat per year (R-CAT-2, R-MONEY-1)`,
    'zh-CN': (p) => `合同价必须是整数分，每席位每年 ¥0.01 到 ${p.most}（R-CAT-2、R-MONEY-1）`,
  },
  'opening.oneOff': {
    en: (p) =>
      `${p.productCode} items are one-off purchases, not subscriptions: buy them with buyValueAdded (R-CAT-2)`,
    'zh-CN': (p) =>
      `${p.productCode} 是一次性购买的项目，不是订阅：请用 buyValueAdded 购买（R-CAT-2）`,
  },
  'upgrade.noPath': {
    en: (p) =>
      `${p.productCode} subscriptions have no upgrade path: only an EQQ subscription can be upgraded (R-MIG-1)`,
    'zh-CN': (p) => `${p.productCode} 订阅没有升级路径：只有 EQQ 订阅可以升级（R-MIG-1）`,
  },
  'upgrade.state': {
    en: (p) =>
      `Only an ACTIVE subscription or one in grace can be upgraded; this one is ${p.status}: open a new subscription instead (R-MIG-1)`,
    'zh-CN': (p) =>
      `只有生效中或宽限期内的订阅可以升级；该订阅当前为${p.status}：请改为开通新的订阅（R-MIG-1）`,
  },
  'upgrade.serviceEnded': {
    en: (p) =>
      `${p.product} service ended on ${p.date}, so it can no longer be upgraded: open a new subscription instead (R-CAT-4)`,
    'zh-CN': (p) =>
      `${p.product} 的服务已于 ${p.date} 结束，无法再升级：请改为开通新的订阅（R-CAT-4）`,
  },
  'upgrade.noTarget': {
    en: (p) =>
      `The upgrade plan ${p.productCode}/${p.planCode} is not in the catalog: ask an operator to publish it (R-MIG-1)`,
    'zh-CN': (p) =>
      `升级目标套餐 ${p.productCode}/${p.planCode} 不在价格目录中：请联系运营人员发布该套餐（R-MIG-1）`,
  },
  'upgrade.noLastPurchase': {
    en: (p) =>
      `No record of the last ${p.productCode} purchase to take the legacy price from: ask an operator to check the subscription's orders (R-MIG-2)`,
    'zh-CN': (p) =>
      `没有上一次 ${p.productCode} 购买的记录，无法确定原价：请联系运营人员核查该订阅的订单（R-MIG-2）`,
  },
  'renewal.state': {
    en: (p) =>
      `Only an ACTIVE subscription or one in grace can be renewed; this one is ${p.status}: open a new subscription instead (R-RENEW-1, R-LIFE-2, R-LIFE-3)`,
    'zh-CN': (p) =>
      `只有生效中或宽限期内的订阅可以续费；该订阅当前为${p.status}：请改为开通新的订阅（R-RENEW-1、R-LIFE-2、R-LIFE-3）`,
  },
  'renewal.sunset': {
    en: (p) =>
      `${p.product} takes no renewals on or after ${p.date}: use the service until it ends, or open a subscription to another product (R-CAT-4)`,
    'zh-CN': (p) =>
      `${p.product} 自 ${p.date} 起不再受理续费：请继续使用服务直至其结束，或开通其他产品的订阅（R-CAT-4）`,
  },
  'renewal.noPeriod': {
    en: () =>
      'This subscription has no paid period to renew: activate it with activateSubscription first (R-RENEW-2)',
    'zh-CN': () => `该订阅没有可续费的已付费服务期：请先用 activateSubscription 开通（R-RENEW-2）`,
  },
  'renewal.noTier': {
    en: (p) =>
      `No tier of price book ${p.book} contains ${p.seats} seats: change the seat count first, or ask an operator about a contract price (R-CAT-2)`,
    'zh-CN': (p) =>
      `价格表 ${p.book} 中没有包含 ${p.seats} 个席位的阶梯：请先调整席位数，或向运营人员咨询合同价（R-CAT-2）`,
  },
  'removeSeats.notWhole': {
    en: (p) => `Seats to remove must be a whole number of at least 1, got ${p.got} (R-SEAT-5)`,
    'zh-CN': (p) => `要减少的席位数必须是不小于 1 的整数，实际为 ${p.got}（R-SEAT-5）`,
  },
  'removeSeats.state': {
    en: (p) =>
      `Seats can be removed only from an ACTIVE subscription or one in grace; this one is ${p.status}, so no action is needed (R-SEAT-5)`,
    'zh-CN': (p) =>
      `只能从生效中或宽限期内的订阅减少席位；该订阅当前为${p.status}，无需操作（R-SEAT-5）`,
  },
  'removeSeats.belowMin': {
    en: (p) =>
      `Removing ${plural(p.seats!, 'seat', 'seats')} from ${p.current} leaves ${p.total}, below the plan's minimum of ${p.min}: remove at most ${p.room} (R-SEAT-5, R-CAT-3)`,
    'zh-CN': (p) =>
      `从 ${p.current} 个席位中减少 ${p.seats} 个后剩 ${p.total} 个，低于套餐下限 ${p.min} 个：最多可减少 ${p.room} 个（R-SEAT-5、R-CAT-3）`,
  },
  'valueAdded.subscriptionProduct': {
    en: (p) =>
      `${p.productCode} is a subscription product, not a one-off item: open it with openSubscription instead (R-CAT-2)`,
    'zh-CN': (p) =>
      `${p.productCode} 是订阅产品，不是一次性购买的项目：请改用 openSubscription 开通（R-CAT-2）`,
  },
  'valueAdded.quantity': {
    en: (p) => `The quantity must be a whole number from 1 to ${p.most}, got ${p.got} (R-CAT-2)`,
    'zh-CN': (p) => `数量必须是 1 到 ${p.most} 之间的整数，实际为 ${p.got}（R-CAT-2）`,
  },
  'valueAdded.oneAtATime': {
    en: (p) =>
      `${p.plan} is bought one at a time, got a quantity of ${p.got}: the quantity must be 1 (R-CAT-2)`,
    'zh-CN': (p) => `${p.plan} 每次只能购买一个，实际数量为 ${p.got}：数量必须为 1（R-CAT-2）`,
  },
  'valueAdded.noPrice': {
    en: (p) =>
      `Price book ${p.book} has no one-off price: ask an operator to correct the price book (R-CAT-2)`,
    'zh-CN': (p) => `价格表 ${p.book} 没有一次性价格：请联系运营人员更正价格表（R-CAT-2）`,
  },
} as const satisfies Templates;
