import { plural, type Templates } from '../explain/message-template.js';

/** Rule lists are passed as "R-A, R-B"; Chinese lists them with the enumeration comma. */
const zhRules = (rules: string | undefined): string => (rules ?? '').split(', ').join('、');

/** Refund reasons in Simplified Chinese (the web client's words for them); English shows the code. */
const REASONS_ZH_CN: Readonly<Record<string, string>> = {
  NO_REASON: '无理由退款',
  SERVICE_DEFECT: '产品故障',
  PLATFORM_OUTAGE: '平台故障',
  NOT_ACTIVATED: '未开通',
  ACTIVATION_OVERDUE: '开通超时',
  DUPLICATE_PAYMENT: '重复付款',
  ORDER_ERROR: '订单错误',
  ACCOUNT_ANOMALY: '账号异常',
  USER_CANCELLATION: '用户取消',
};
const zhReason = (reason: string | undefined): string =>
  REASONS_ZH_CN[reason ?? ''] ?? reason ?? '';

/** The order amounts in words, by field, as the engine names them when one is not whole fen. */
export const ORDER_AMOUNT_WORDS: Readonly<Record<string, string>> = {
  total: 'total',
  paid: 'amount paid',
  alreadyRefunded: 'amount already refunded',
  duplicatePaid: 'duplicate payment',
  overpaid: 'overpayment',
};

const ORDER_AMOUNT_WORDS_ZH_CN: Readonly<Record<string, string>> = {
  total: '总价',
  paid: '已付金额',
  alreadyRefunded: '已退款金额',
  duplicatePaid: '重复付款',
  overpaid: '多付款项',
};

/**
 * The refund decision's texts (explanations, refunded lines, why each rule applied or not) and
 * its due dates. The English templates write exactly what the engine has always written; the
 * refund tests compare both for many decisions.
 */
export const REFUND_MESSAGES = {
  // Two texts one after the other, as the engine joins reasons and refunded parts.
  'refund.joined': {
    en: (p) => `${p.first}; ${p.next}`,
    'zh-CN': (p) => `${p.first}；${p.next}`,
  },
  'refund.withRule': {
    en: (p) => `${p.text} (${p.rule})`,
    'zh-CN': (p) => `${p.text}（${p.rule}）`,
  },

  // The explanation.
  'refund.explain.granted': {
    en: (p) => `${p.head}: ${p.parts}${p.rest}`,
    'zh-CN': (p) => `${p.head}：${p.parts}${p.rest}`,
  },
  'refund.head.fee': {
    en: (p) =>
      `Refund ${p.amount} − ${p.fee} handling fee = ${p.payout} to the customer (R-REF-FEE)`,
    'zh-CN': (p) => `退款 ${p.amount} − 手续费 ${p.fee} = 客户实收 ${p.payout}（R-REF-FEE）`,
  },
  'refund.head.noFee': {
    en: (p) => `Refund ${p.amount}, no fee`,
    'zh-CN': (p) => `退款 ${p.amount}，不收手续费`,
  },
  'refund.part': {
    en: (p) => `${p.line}: ${p.amount}`,
    'zh-CN': (p) => `${p.line}：${p.amount}`,
  },
  'refund.rest': {
    en: (p) => `; the rest is not refundable${p.blocked}`,
    'zh-CN': (p) => `；其余部分不予退款${p.blocked}`,
  },
  'refund.explain.notRefundable': {
    en: (p) =>
      `Not refundable${p.blocked}. If you think another refund rule applies, ask an operator to review the order with your evidence`,
    'zh-CN': (p) =>
      `不予退款${p.blocked}。如认为适用其他退款规则，请携带证据联系运营人员复核该订单`,
  },
  'refund.explain.violation': {
    en: () =>
      'Not refundable: the subscription was suspended or terminated for violations, which allows no refund of any kind; if the violation was recorded in error, appeal it first (R-REF-VIOLATION)',
    'zh-CN': () =>
      '不予退款：订阅因违规被暂停或终止，不予任何形式的退款；如违规记录有误，请先提出申诉（R-REF-VIOLATION）',
  },
  'refund.explain.nothingLeft': {
    en: (p) =>
      `Not refundable: ${p.why}, so there is nothing left to refund and no action is needed (${p.rule})`,
    'zh-CN': (p) => `不予退款：${p.why}，已无可退金额，无需处理（${p.rule}）`,
  },
  // Why the service part is not refunded, written to follow "Not refundable".
  'refund.blocked.nonref': {
    en: (p) => `: ${p.what}, except a duplicate payment or overpayment (${p.rules})`,
    'zh-CN': (p) => `：${p.what}，重复付款或多付款项除外（${zhRules(p.rules)}）`,
  },
  'refund.blocked.promo': {
    en: (p) => `: bought under promotion ${p.code}, whose terms allow no refund (R-REF-PROMO)`,
    'zh-CN': (p) => `：通过促销活动 ${p.code} 购买，其条款不允许退款（R-REF-PROMO）`,
  },
  'refund.blocked.otherwise': {
    en: (p) => ` (R-REF-OTHERWISE): ${p.why}`,
    'zh-CN': (p) => `（R-REF-OTHERWISE）：${p.why}`,
  },

  // Refunded lines.
  'refund.line.duplicate': {
    en: () => 'Duplicate payment refunded in full (R-REF-DUPLICATE)',
    'zh-CN': () => '重复付款全额退款（R-REF-DUPLICATE）',
  },
  'refund.line.overpaid': {
    en: () => 'Overpayment refunded in full (R-REF-DUPLICATE)',
    'zh-CN': () => '多付款项全额退款（R-REF-DUPLICATE）',
  },
  'refund.line.corrected': {
    en: (p) =>
      `Wrong order corrected from ${p.original} to ${p.corrected}: the difference refunded (R-REF-DUPLICATE)`,
    'zh-CN': (p) => `错误订单已从 ${p.original} 更正为 ${p.corrected}：退还差额（R-REF-DUPLICATE）`,
  },
  'refund.line.capped': {
    en: (p) => `${p.line}, capped at ${p.amount} still refundable (R-REF-CAP)`,
    'zh-CN': (p) => `${p.line}，以尚可退的 ${p.amount} 为限（R-REF-CAP）`,
  },
  'refund.line.proRata': {
    en: (p) => `${p.label}: ${p.unused}`,
    'zh-CN': (p) => `${p.label}（${p.unused}）`,
  },
  'refund.unused': {
    en: (p) =>
      `unused ${p.unusedDays} of ${plural(p.totalDays!, 'day', 'days')} from ${p.since}: ${p.base} × ${p.unusedDays}/${p.totalDays} = ${p.value}`,
    'zh-CN': (p) =>
      `自 ${p.since} 起 ${p.totalDays} 天中未使用 ${p.unusedDays} 天：${p.base} × ${p.unusedDays}/${p.totalDays} = ${p.value}`,
  },
  'refund.label.termination': {
    en: () => 'Provider termination without cause, no fee',
    'zh-CN': () => '服务商无故终止，不收手续费',
  },
  'refund.label.outage': {
    en: (p) => `Outage of ${p.hours} hours, subscription ended`,
    'zh-CN': (p) => `服务中断 ${p.hours} 小时，订阅终止`,
  },
  'refund.label.cancel': {
    en: () => 'Cancelled during the term',
    'zh-CN': () => '服务期内取消',
  },
  'refund.line.termBeforeActivation': {
    en: () =>
      'Provider termination without cause before activation: refunded in full, no fee (R-TERM-1)',
    'zh-CN': () => '服务商在开通前无故终止：全额退款，不收手续费（R-TERM-1）',
  },
  'refund.line.activationOverdue': {
    en: (p) =>
      `Full refund, activation overdue: due by ${p.date}, 5 working days after ${p.readyOn}, still not activated on ${p.on} (R-REF-ACTIVATION, R-OPEN-4)`,
    'zh-CN': (p) =>
      `全额退款，开通逾期：应于 ${p.readyOn} 之后 5 个工作日即 ${p.date} 前开通，${p.on} 仍未开通（R-REF-ACTIVATION、R-OPEN-4）`,
  },
  'refund.line.within7Days': {
    en: (p) =>
      `Full refund, requested ${p.on}, within 7 natural days of activation on ${p.activatedOn} (R-REF-7DAY, R-TIME-4)`,
    'zh-CN': (p) =>
      `全额退款：${p.on} 申请，在 ${p.activatedOn} 开通后 7 个自然日内（R-REF-7DAY、R-TIME-4）`,
  },
  'refund.line.defect': {
    en: (p) =>
      `Full refund, login-blocking defect with evidence within 30 natural days of activation on ${p.activatedOn} (R-REF-DEFECT, R-TIME-4)`,
    'zh-CN': (p) =>
      `全额退款：${p.activatedOn} 开通后 30 个自然日内出现无法登录的故障，且有证据（R-REF-DEFECT、R-TIME-4）`,
  },
  'refund.line.unused': {
    en: () =>
      'Full refund, Exmail never put into use: no domain verified, administrator created or member added (R-REF-UNUSED)',
    'zh-CN': () =>
      '全额退款，企业邮从未投入使用：未验证域名、未创建管理员、未添加成员（R-REF-UNUSED）',
  },
  'refund.line.fee': {
    en: (p) => `Handling fee ${p.rate} of ${p.base} (R-REF-FEE, R-MONEY-1)`,
    'zh-CN': (p) => `手续费：${p.base} 的 ${p.rate}（R-REF-FEE、R-MONEY-1）`,
  },

  // Why each rule applied or not.
  'refund.why.violationTerminated': {
    en: () => 'the subscription was terminated for violations',
    'zh-CN': () => '订阅因违规被终止',
  },
  'refund.why.violationSuspended': {
    en: () => 'the subscription was suspended for violations',
    'zh-CN': () => '订阅因违规被暂停',
  },
  'refund.why.noRefundAfterViolation': {
    en: () => 'no refund of any kind after a violation',
    'zh-CN': () => '违规后不予任何形式的退款',
  },
  'refund.why.noViolation': {
    en: () => 'not suspended or terminated for violations',
    'zh-CN': () => '未因违规被暂停或终止',
  },
  'refund.why.nothingPaid': {
    en: () => 'nothing was paid for this order',
    'zh-CN': () => '该订单未付过款',
  },
  'refund.why.allRefunded': {
    en: (p) => `everything paid (${p.paid}) has already been refunded`,
    'zh-CN': (p) => `已付的 ${p.paid} 已全部退款`,
  },
  'refund.why.excessRefunded': {
    en: (p) =>
      `${p.amount} of duplicate payment, overpayment or wrong-order difference is refunded in full`,
    'zh-CN': (p) => `重复付款、多付款项或错误订单差额共 ${p.amount}，全额退款`,
  },
  'refund.why.notCorrected': {
    en: () =>
      'the order has not been corrected yet: a wrong order is refunded by the difference once corrected',
    'zh-CN': () => '订单尚未更正：错误订单更正后按差额退款',
  },
  'refund.why.noExcess': {
    en: () => 'no duplicate payment, overpayment or corrected wrong order to refund',
    'zh-CN': () => '没有可退的重复付款、多付款项或已更正的错误订单',
  },
  'refund.why.termValueAdded': {
    en: () => 'a one-off value-added purchase has no term left to refund',
    'zh-CN': () => '一次性购买的增值服务没有可退的剩余服务期',
  },
  'refund.why.termProRata': {
    en: (p) =>
      `the provider ends the agreement without cause on ${p.date}: the unused part is refunded pro rata without fee`,
    'zh-CN': (p) => `服务商于 ${p.date} 无故终止协议：未使用部分按比例退款，不收手续费`,
  },
  'refund.why.termBeforeActivation': {
    en: () =>
      'the provider ends the agreement before activation: nothing was used, refunded in full without fee',
    'zh-CN': () => '服务商在开通前终止协议：服务未使用，全额退款，不收手续费',
  },
  'refund.why.termNoPeriod': {
    en: () => "the order's service period is not given, so the unused part cannot be computed",
    'zh-CN': () => '未提供订单的服务期，无法计算未使用部分',
  },
  'refund.why.noTermination': {
    en: () => 'the provider is not ending the agreement',
    'zh-CN': () => '服务商未终止协议',
  },
  'refund.why.nonrefRenewal': {
    en: () => 'a renewal cannot be cancelled or refunded once paid',
    'zh-CN': () => '续费一经支付不可取消或退款',
  },
  'refund.why.nonrefAddSeats': {
    en: () => 'added seats cannot be cancelled or refunded once bought',
    'zh-CN': () => '增购的席位一经购买不可取消或退款',
  },
  'refund.why.nonrefValueAdded': {
    en: () => 'value-added services cannot be cancelled or refunded once bought',
    'zh-CN': () => '增值服务一经购买不可取消或退款',
  },
  'refund.why.renewalPaid': {
    en: () => 'a paid renewal cannot be cancelled or refunded',
    'zh-CN': () => '已支付的续费不可取消或退款',
  },
  'refund.why.notNonrefUpgrade': {
    en: () => 'an upgrade is not a renewal, value-added service or added seats',
    'zh-CN': () => '升级不属于续费、增值服务或增购席位',
  },
  'refund.why.notNonrefNew': {
    en: () => 'a new subscription is not a renewal, value-added service or added seats',
    'zh-CN': () => '新购订阅不属于续费、增值服务或增购席位',
  },
  'refund.why.noPromotion': {
    en: () => 'not bought under a promotion',
    'zh-CN': () => '未通过促销活动购买',
  },
  'refund.why.promoAllows': {
    en: (p) => `promotion ${p.code} allows refunds: its terms are not stricter`,
    'zh-CN': (p) => `促销活动 ${p.code} 允许退款：其条款并不更严格`,
  },
  'refund.why.promoBlocks': {
    en: (p) => `bought under promotion ${p.code}, whose terms allow no refund`,
    'zh-CN': (p) => `通过促销活动 ${p.code} 购买，其条款不允许退款`,
  },
  'refund.why.onlyNewAwaiting': {
    en: () => 'only a new subscription awaiting activation',
    'zh-CN': () => '仅适用于待开通的新购订阅',
  },
  'refund.why.activatedOn': {
    en: (p) => `activated on ${p.date}`,
    'zh-CN': (p) => `已于 ${p.date} 开通`,
  },
  'refund.why.clockNotPaid': {
    en: () =>
      'not activated, but the 5-working-day activation clock has not started: not paid in full (R-OPEN-4)',
    'zh-CN': () => '尚未开通，但 5 个工作日的开通时限尚未起算：尚未付清全款（R-OPEN-4）',
  },
  'refund.why.clockNotApproved': {
    en: () =>
      'not activated, but the 5-working-day activation clock has not started: materials not approved (R-OPEN-4)',
    'zh-CN': () => '尚未开通，但 5 个工作日的开通时限尚未起算：资质材料尚未审核通过（R-OPEN-4）',
  },
  'refund.why.activationUncomputable': {
    en: (p) => `the activation due date cannot be computed: ${p.reason}`,
    'zh-CN': (p) => `无法计算开通截止日：${p.reason}`,
  },
  'refund.why.notOverdue': {
    en: (p) => `not overdue: activation is due by ${p.date} (R-OPEN-4)`,
    'zh-CN': (p) => `未逾期：开通截止日为 ${p.date}（R-OPEN-4）`,
  },
  'refund.why.customerDelay': {
    en: (p) => `overdue since ${p.date}, but the delay came from the customer's materials`,
    'zh-CN': (p) => `自 ${p.date} 起逾期，但延误源于客户的资质材料`,
  },
  'refund.why.activationOverdue': {
    en: (p) => `not activated by ${p.date}, 5 working days after ${p.readyOn}: refunded in full`,
    'zh-CN': (p) => `${p.readyOn} 之后 5 个工作日即 ${p.date} 前仍未开通：全额退款`,
  },
  'refund.why.onlyNew': {
    en: () => 'only a new subscription',
    'zh-CN': () => '仅适用于新购订阅',
  },
  'refund.why.notActivated': {
    en: () => 'not activated yet',
    'zh-CN': () => '尚未开通',
  },
  'refund.why.within7Days': {
    en: (p) => `requested ${p.on}, within 7 natural days of activation on ${p.activatedOn}`,
    'zh-CN': (p) => `${p.on} 申请，在 ${p.activatedOn} 开通后 7 个自然日内`,
  },
  'refund.why.window7Closed': {
    en: (p) => `the 7-day window closed on ${p.closedOn}, requested ${p.on}`,
    'zh-CN': (p) => `7 天无理由退款期已于 ${p.closedOn} 结束，${p.on} 才申请`,
  },
  'refund.why.noDefectClaimed': {
    en: (p) => `no login-blocking defect claimed (reason ${p.reason})`,
    'zh-CN': (p) => `未申报无法登录的故障（申请原因：${zhReason(p.reason)}）`,
  },
  'refund.why.window30Closed': {
    en: (p) => `the 30-day defect window closed on ${p.closedOn}, requested ${p.on}`,
    'zh-CN': (p) => `30 天故障退款期已于 ${p.closedOn} 结束，${p.on} 才申请`,
  },
  'refund.why.noEvidence': {
    en: () => 'a defect claim needs evidence, and none was given',
    'zh-CN': () => '故障申报需提供证据，但未提供',
  },
  'refund.why.customerSide': {
    en: () => "the login problem was caused on the customer's side",
    'zh-CN': () => '登录问题由客户自身原因造成',
  },
  'refund.why.defect': {
    en: (p) =>
      `a login-blocking defect with evidence within 30 natural days of activation on ${p.activatedOn}`,
    'zh-CN': (p) => `${p.activatedOn} 开通后 30 个自然日内出现无法登录的故障，且有证据`,
  },
  'refund.why.defectLate': {
    en: () => 'the defect claim was not filed within the 48-hour window',
    'zh-CN': () => '故障申报未在 48 小时内提交',
  },
  'refund.why.exmailOnly': {
    en: () => 'Exmail only',
    'zh-CN': () => '仅适用于腾讯企业邮',
  },
  'refund.why.useUnknown': {
    en: () => 'whether the mailboxes were put into use is not known',
    'zh-CN': () => '不清楚邮箱是否已投入使用',
  },
  'refund.why.usedDomain': {
    en: () => 'the service was put into use: a domain was verified',
    'zh-CN': () => '服务已投入使用：已验证域名',
  },
  'refund.why.usedAdmin': {
    en: () => 'the service was put into use: an administrator was created',
    'zh-CN': () => '服务已投入使用：已创建管理员',
  },
  'refund.why.usedMember': {
    en: () => 'the service was put into use: a member was added',
    'zh-CN': () => '服务已投入使用：已添加成员',
  },
  'refund.why.unused': {
    en: () => 'no domain verified, no administrator created, no member added',
    'zh-CN': () => '未验证域名、未创建管理员、未添加成员',
  },
  'refund.why.exmailMeetingOnly': {
    en: () => 'Exmail and Meeting only',
    'zh-CN': () => '仅适用于腾讯企业邮和腾讯会议',
  },
  'refund.why.noOutageClaimed': {
    en: (p) => `no platform outage claimed (reason ${p.reason})`,
    'zh-CN': (p) => `未申报平台服务中断（申请原因：${zhReason(p.reason)}）`,
  },
  'refund.why.outageUnknown': {
    en: () => 'the outage length is not given',
    'zh-CN': () => '未提供服务中断时长',
  },
  'refund.why.outageShort': {
    en: (p) => `the outage lasted ${p.hours} hours, not more than ${p.min} consecutive hours`,
    'zh-CN': (p) => `服务中断 ${p.hours} 小时，未连续超过 ${p.min} 小时`,
  },
  'refund.why.noPeriod': {
    en: () => 'no service period to refund (not activated)',
    'zh-CN': () => '没有可退的服务期（尚未开通）',
  },
  'refund.why.termEnded': {
    en: (p) => `the term ended on ${p.date}: nothing unused`,
    'zh-CN': (p) => `服务期已于 ${p.date} 结束：没有未使用的部分`,
  },
  'refund.why.outage': {
    en: (p) => `an outage of ${p.hours} consecutive hours, more than ${p.min}`,
    'zh-CN': (p) => `连续服务中断 ${p.hours} 小时，超过 ${p.min} 小时`,
  },
  'refund.why.outageLate': {
    en: () => 'the outage claim was not filed within the 48-hour window',
    'zh-CN': () => '服务中断申报未在 48 小时内提交',
  },
  'refund.why.meetingOnly': {
    en: () => 'Meeting only',
    'zh-CN': () => '仅适用于腾讯会议',
  },
  'refund.why.noTermToCancel': {
    en: () => 'not activated yet: there is no term to cancel',
    'zh-CN': () => '尚未开通：没有可取消的服务期',
  },
  'refund.why.cancelled': {
    en: (p) => `cancelled during the term [${p.start}, ${p.end})`,
    'zh-CN': (p) => `在服务期 [${p.start}, ${p.end}) 内取消`,
  },
  'refund.why.noRuleForOrder': {
    en: () => 'no rule allows a refund of this order',
    'zh-CN': () => '没有规则允许退还该订单',
  },
  'refund.why.noRule': {
    en: () => 'no rule allows a refund',
    'zh-CN': () => '没有规则允许退款',
  },
  'refund.why.eventUnknown': {
    en: (p) =>
      `the time of the event is not given, so the claim cannot be shown to be within ${p.window} hours`,
    'zh-CN': (p) => `未提供事件发生时间，无法证明在 ${p.window} 小时内申报`,
  },
  'refund.why.filedWithin': {
    en: (p) =>
      `filed ${plural(p.hours!, 'hour', 'hours')} after the event, within ${p.window} hours`,
    'zh-CN': (p) => `事件发生 ${p.hours} 小时后申报，未超过 ${p.window} 小时`,
  },
  'refund.why.filedLate': {
    en: (p) =>
      `filed ${plural(p.hours!, 'hour', 'hours')} after the event, more than ${p.window} hours`,
    'zh-CN': (p) => `事件发生 ${p.hours} 小时后申报，超过 ${p.window} 小时`,
  },
  'refund.why.excessOnly': {
    en: (p) => `${p.missed}; a request with reason ${p.reason} asks for nothing else`,
    'zh-CN': (p) => `${p.missed}；申请原因为“${zhReason(p.reason)}”，不涉及其他退款`,
  },
  'refund.why.nothingLeft': {
    en: () => 'nothing is left to refund',
    'zh-CN': () => '已无可退金额',
  },
  'refund.why.fee': {
    en: (p) =>
      `handling fee ${p.rate} of the pro-rata refund ${p.base} = ${p.fee}, rounded half-up`,
    'zh-CN': (p) => `按比例退款 ${p.base} 的 ${p.rate} 手续费 = ${p.fee}（四舍五入）`,
  },
  'refund.why.feeRoundsToNothing': {
    en: () => 'the fee rounds to nothing',
    'zh-CN': () => '手续费四舍五入后为零',
  },
  'refund.why.feeNoneTermination': {
    en: () => 'a termination without cause carries no fee (R-TERM-1)',
    'zh-CN': () => '无故终止不收手续费（R-TERM-1）',
  },
  'refund.why.feeNoneFull': {
    en: () => 'full and duplicate refunds carry no fee',
    'zh-CN': () => '全额退款和重复付款退款不收手续费',
  },
  'refund.why.cap': {
    en: (p) => `${p.refunded} refunded in total of ${p.paid} paid`,
    'zh-CN': (p) => `已付 ${p.paid}，累计退款 ${p.refunded}`,
  },
  'refund.why.capped': {
    en: (p) => `capped: ${p.refunded} refunded in total of ${p.paid} paid`,
    'zh-CN': (p) => `已达上限：已付 ${p.paid}，累计退款 ${p.refunded}`,
  },

  // Requests the engine cannot decide (INVALID_INPUT).
  'refund.explain.invalid': {
    en: (p) => `Cannot decide the refund: ${p.why} (R-REF-OTHERWISE)`,
    'zh-CN': (p) => `无法判定退款：${p.why}（R-REF-OTHERWISE）`,
  },
  'refund.why.invalid': {
    en: (p) => `invalid request: ${p.why}`,
    'zh-CN': (p) => `申请无效：${p.why}`,
  },
  'refund.invalid.reason': {
    en: (p) => `the refund reason ${p.reason} is unknown: choose one of ${p.known}`,
    'zh-CN': (p) => `退款原因 ${p.reason} 无效：请从 ${zhRules(p.known)} 中选择`,
  },
  'refund.invalid.amount': {
    en: (p) =>
      `the order's ${ORDER_AMOUNT_WORDS[p.field!] ?? p.field} must be a whole number of fen ≥ 0, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) =>
      `订单的${ORDER_AMOUNT_WORDS_ZH_CN[p.field!] ?? p.field}必须是不小于 0 的整数（单位：分），实际为 ${p.got}（R-MONEY-1）`,
  },
  'refund.invalid.refundedAbovePaid': {
    en: (p) =>
      `the ${p.refunded} already refunded exceeds the ${p.paid} paid: what is refunded must be at most what was paid (R-REF-CAP)`,
    'zh-CN': (p) =>
      `已退款 ${p.refunded} 超过已付 ${p.paid}：退款金额不得超过已付金额（R-REF-CAP）`,
  },
  'refund.invalid.correctedFen': {
    en: (p) => `the corrected total must be a whole number of fen ≥ 0, got ${p.got} (R-MONEY-1)`,
    'zh-CN': (p) => `更正后的总价必须是不小于 0 的整数（单位：分），实际为 ${p.got}（R-MONEY-1）`,
  },
  'refund.invalid.correctedAbove': {
    en: (p) =>
      `a corrected total (${p.corrected}) above the original ${p.original} is a new order, not a refund: the corrected total must be at most the original`,
    'zh-CN': (p) =>
      `更正后的总价（${p.corrected}）高于原价 ${p.original}，属于新订单而非退款：更正后的总价不得高于原价`,
  },
  'refund.invalid.emptyPeriod': {
    en: (p) =>
      `the service period [${p.start}, ${p.end}) is empty: its end must be after its start`,
    'zh-CN': (p) => `服务期 [${p.start}, ${p.end}) 为空：结束日期必须晚于开始日期`,
  },
  'refund.invalid.noSubscription': {
    en: (p) => `a ${p.kind} order needs its subscription`,
    'zh-CN': (p) => `${p.kind} 订单须提供其所属订阅`,
  },
  'refund.invalid.beforeActivation': {
    en: (p) =>
      `the decision date ${p.date} is before the activation on ${p.activatedOn}: it must be on or after the activation`,
    'zh-CN': (p) => `判定日期 ${p.date} 早于开通日期 ${p.activatedOn}：判定日期不得早于开通日期`,
  },
  'refund.invalid.requestTime': {
    en: (p) =>
      `the request time must be an instant on ${p.date} (Asia/Shanghai): give the time the customer filed the request, on the decision date (R-REF-WINDOW)`,
    'zh-CN': (p) =>
      `申请时间必须是 ${p.date}（北京时间）当天的某一时刻：请填写客户提交申请的时间，须在判定日期当天（R-REF-WINDOW）`,
  },
  'refund.invalid.eventTime': {
    en: () =>
      'the event time must be an instant (epoch milliseconds): give when the outage or defect happened (R-REF-WINDOW)',
    'zh-CN': () =>
      '事件时间必须是一个时刻（毫秒时间戳）：请填写服务中断或故障发生的时间（R-REF-WINDOW）',
  },
  'refund.invalid.eventAfterRequest': {
    en: () =>
      'the event time is after the request: it must be at or before the request (R-REF-WINDOW)',
    'zh-CN': () => '事件时间晚于申请时间：事件时间不得晚于申请时间（R-REF-WINDOW）',
  },
  'refund.invalid.outageHours': {
    en: (p) =>
      `the outage must last a number of hours ≥ 0, got ${p.got}: give the outage length in hours (R-REF-OUTAGE)`,
    'zh-CN': (p) =>
      `服务中断时长必须是不小于 0 的小时数，实际为 ${p.got}：请以小时为单位填写中断时长（R-REF-OUTAGE）`,
  },
  'refund.invalid.feeRate': {
    en: (p) =>
      `the handling fee must be a whole number of basis points from 0 to 10000, got ${p.got}: leave it out for the default of ${p.default} (R-REF-FEE)`,
    'zh-CN': (p) =>
      `手续费必须是 0 到 10000 之间的整数基点，实际为 ${p.got}：不填则按默认的 ${p.default} 个基点收取（R-REF-FEE）`,
  },

  // A subscription ended by an approved refund (its history).
  'refund.subscriptionEnded': {
    en: (p) => `Ended by the refund of ${p.amount} approved on ${p.on} (${p.rules})${p.released}`,
    'zh-CN': (p) => `因 ${p.on} 批准的 ${p.amount} 退款而终止（${zhRules(p.rules)}）${p.released}`,
  },
  'refund.numberReleased': {
    en: (p) => `; enterprise number ${p.number} returns to the pool (R-NUM-4)`,
    'zh-CN': (p) => `；企业号码 ${p.number} 退回号码池（R-NUM-4）`,
  },

  // Due dates.
  'refund.noReview': {
    en: () => 'No review: the provider ended the agreement and owes the refund (R-TERM-1)',
    'zh-CN': () => '无需审核：服务商已终止协议，应予退款（R-TERM-1）',
  },
  'refund.reviewDue': {
    en: (p) =>
      `First response to the refund request due by ${p.date}, 1 working day after it was filed on ${p.requestedOn} (R-REF-REVIEW; ${p.how})`,
    'zh-CN': (p) =>
      `退款申请应于 ${p.date} 前首次答复，即 ${p.requestedOn} 提交后 1 个工作日（R-REF-REVIEW；${p.how}）`,
  },
  'refund.payoutDue': {
    en: (p) =>
      `Refund paid back to the original payment method by ${p.date}, 7 working days after approval on ${p.approvedOn} (R-REF-PAYOUT; ${p.how})`,
    'zh-CN': (p) =>
      `退款应于 ${p.date} 前原路退回，即 ${p.approvedOn} 审批通过后 7 个工作日（R-REF-PAYOUT；${p.how}）`,
  },
} as const satisfies Templates;
