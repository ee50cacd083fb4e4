import type { Templates } from '../explain/message-template.js';

/** Violation steps (R-VIO-1) in Chinese. */
const VIOLATION_LEVELS_ZH_CN: Readonly<Record<string, string>> = {
  NONE: '无处理',
  WARNING: '警告',
  SUSPENDED: '暂停服务',
  BANNED: '永久封禁',
};

const zh = (table: Readonly<Record<string, string>>, code: string | undefined): string =>
  code === undefined ? '' : (table[code] ?? code);

/**
 * Refusals of a subscription's lifecycle: activation (R-OPEN-1, R-OPEN-2, R-OPEN-4), renewal
 * windows (R-RENEW-1), free plans (R-CAT-2), force majeure (R-FM-1) and violation steps (R-VIO-1).
 * The English templates write exactly the text the lifecycle rules have always returned.
 */
export const LIFECYCLE_MESSAGES = {
  // R-OPEN-2: what activation waits for (`what` is one of the three below, or `state.missing*`).
  'activation.notYet': {
    en: (p) => `Cannot activate yet: waiting for ${p.what}; activate once they are in (R-OPEN-2)`,
    'zh-CN': (p) => `尚不能开通：正在等待${p.what}；条件满足后即可开通（R-OPEN-2）`,
  },
  'activation.missingMaterials': {
    en: () => 'approved qualification materials',
    'zh-CN': () => '资质材料审核通过',
  },
  'activation.missingBoth': {
    en: () => 'full payment and approved qualification materials',
    'zh-CN': () => '全额付款和资质材料审核通过',
  },
  'activation.noDueDate': {
    en: (p) =>
      `No activation due date yet: waiting for ${p.what}; the due date is set once they are in (R-OPEN-2, R-OPEN-4)`,
    'zh-CN': (p) => `尚无开通期限：正在等待${p.what}；条件满足后才会确定期限（R-OPEN-2、R-OPEN-4）`,
  },
  // R-CAT-2: a free plan is never renewed; `what` names it (one of the two below).
  'freePlan.noRenewal': {
    en: (p) =>
      `${p.what} with no time limit: it has no period end and is never renewed (R-CAT-2). It stays active until you leave it; to get a paid edition, open a paid plan instead`,
    'zh-CN': (p) =>
      `${p.what}，不限时长：没有服务期结束日，也从不续费（R-CAT-2）。在你退出之前它一直有效；如需付费版本，请改为开通付费套餐`,
  },
  'freePlan.named': {
    en: (p) => `${p.plan} is a free plan`,
    'zh-CN': (p) => `${p.plan} 是免费套餐`,
  },
  'freePlan.unnamed': {
    en: () => 'This is a free plan',
    'zh-CN': () => '这是免费套餐',
  },
  // R-LIFE-3: `on` is the recycling date, or the message below.
  'renewWindow.recycled': {
    en: (p) =>
      `Recycled on ${p.on}, so it cannot be renewed: open a new subscription instead (R-LIFE-3)`,
    'zh-CN': (p) => `已于 ${p.on} 回收，无法续费：请改为开通新的订阅（R-LIFE-3）`,
  },
  'renewWindow.earlierDate': {
    en: () => 'an earlier date',
    'zh-CN': () => '此前某日',
  },
  'activation.years': {
    en: (p) => `Years must be a whole number from 1 to ${p.most}, got ${p.got} (R-OPEN-1)`,
    'zh-CN': (p) => `年数必须是 1 到 ${p.most} 之间的整数，实际为 ${p.got}（R-OPEN-1）`,
  },
  'fm.days': {
    en: (p) => `Force-majeure days must be a whole number ≥ 0, got ${p.got} (R-FM-1)`,
    'zh-CN': (p) => `不可抗力天数必须是不小于 0 的整数，实际为 ${p.got}（R-FM-1）`,
  },
  'freePlan.forceMajeure': {
    en: (p) =>
      `${p.plan} is a free plan with no period end: there is nothing for force majeure to extend, so no action is needed (R-CAT-2, R-FM-1)`,
    'zh-CN': (p) =>
      `${p.plan} 是没有服务期结束日的免费套餐：不可抗力没有可顺延的期限，无需操作（R-CAT-2、R-FM-1）`,
  },
  'freePlan.paidCannotLeave': {
    en: (p) =>
      `${p.plan} is a paid plan: it cannot be left here. It ends at its period end unless renewed; to end it early, request a refund or contact your account manager (R-CAT-2, R-LIFE-5)`,
    'zh-CN': (p) =>
      `${p.plan} 是付费套餐：不能在此退出。未续费时它在服务期结束日结束；如需提前结束，请申请退款或联系你的客户经理（R-CAT-2、R-LIFE-5）`,
  },
  'renewWindow.sunset': {
    en: (p) =>
      `The product takes no renewals on or after ${p.date}: use the service until it ends, or open a subscription to another product (R-CAT-4)`,
    'zh-CN': (p) =>
      `该产品自 ${p.date} 起不再受理续费：请继续使用服务直至其结束，或开通其他产品的订阅（R-CAT-4）`,
  },
  'renewWindow.notActivated': {
    en: () =>
      'Not activated yet, so there is no period to renew: activate the subscription with activateSubscription first (R-OPEN-2)',
    'zh-CN': () => `尚未开通，没有可续费的服务期：请先用 activateSubscription 开通订阅（R-OPEN-2）`,
  },
  'renewWindow.suspended': {
    en: (p) =>
      `Suspended: no entitlements, renewal included; renew once the suspension is lifted (R-LIFE-5). ${p.why}`,
    'zh-CN': (p) => `已暂停：不享有任何权益，包括续费；请在暂停解除后续费（R-LIFE-5）。${p.why}`,
  },
  'renewWindow.terminated': {
    en: (p) =>
      `Terminated: no entitlements, renewal included; open a new subscription instead (R-LIFE-5). ${p.why}`,
    'zh-CN': (p) => `已终止：不享有任何权益，包括续费；请改为开通新的订阅（R-LIFE-5）。${p.why}`,
  },
  'renewWindow.notYet': {
    en: (p) =>
      `Renewal opens on ${p.date}, 1 month before the period end ${p.end}: renew on or after that date (R-RENEW-1)`,
    'zh-CN': (p) =>
      `续费窗口于 ${p.date} 开启，即服务期结束日 ${p.end} 前 1 个月：请在该日期当天或之后续费（R-RENEW-1）`,
  },
  'violation.reason': {
    en: () => 'A violation step must be recorded with its reason (R-VIO-1)',
    'zh-CN': () => `记录违规处理时必须填写原因（R-VIO-1）`,
  },
  'violation.last': {
    en: (p) =>
      `Already ${p.level}: a permanent ban is the last step, so no further step can be recorded; an appeal can still restore the service (R-VIO-1)`,
    'zh-CN': (p) =>
      `当前已是${zh(VIOLATION_LEVELS_ZH_CN, p.level)}：永久封禁是最后一步，不能再记录更重的处理；申诉仍可恢复服务（R-VIO-1）`,
  },
  'violation.nothingToAppeal': {
    en: () =>
      'No violation step is in force, so there is nothing to appeal: no action is needed (R-VIO-1)',
    'zh-CN': () => `当前没有生效的违规处理，无可申诉：无需操作（R-VIO-1）`,
  },
} as const satisfies Templates;
