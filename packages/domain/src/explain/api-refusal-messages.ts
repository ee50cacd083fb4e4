import { plural, type Templates } from './message-template.js';

/**
 * The refusals the API writes itself (its `userError`s, and the FORBIDDEN and BAD_USER_INPUT
 * errors of its resolvers), in English and Simplified Chinese. The English of each is the text
 * the API has always answered, byte for byte. Amounts come rendered (`¥1,234.50` in both
 * languages), dates as YYYY-MM-DD, user input already quoted (`quotedInput`); enum values
 * (statuses, order kinds) are passed as the API's own codes and named in Chinese here.
 */

/** What `noSuch` names, in Chinese. */
const KINDS_ZH_CN: Readonly<Record<string, string>> = {
  account: '账户',
  'API token': 'API 令牌',
  invoice: '发票',
  payment: '付款',
  order: '订单',
  subscription: '订阅',
  'postpaid bill': '后付费账单',
  refund: '退款',
  'test clock': '测试时钟',
  'webhook endpoint': 'Webhook 端点',
  'billing event': '计费事件',
};

/** The kinds of thing a not-found message names (`noSuchMessage`). */
export type NoSuchKind =
  | 'account'
  | 'API token'
  | 'invoice'
  | 'payment'
  | 'order'
  | 'subscription'
  | 'postpaid bill'
  | 'refund'
  | 'test clock'
  | 'webhook endpoint'
  | 'billing event';

/** What only an account's administrators and operators may do (`mayActOn`), in Chinese. */
const ACTIONS_ZH_CN: Readonly<Record<string, string>> = {
  'do this': '执行此操作',
  'revoke its API tokens': '吊销其 API 令牌',
  'cancel orders': '取消订单',
  'pay orders': '支付订单',
  buy: '购买',
  'submit materials': '提交资质材料',
  'change subscriptions': '变更订阅',
  'request invoices': '申请发票',
  'request refunds': '申请退款',
  'top up its balance': '充值余额',
  'manage its webhook endpoints': '管理其 Webhook 端点',
};

/** What only an account's administrators and operators may do (the English of the refusal). */
export type AccountAction =
  | 'do this'
  | 'revoke its API tokens'
  | 'cancel orders'
  | 'pay orders'
  | 'buy'
  | 'submit materials'
  | 'change subscriptions'
  | 'request invoices'
  | 'request refunds'
  | 'top up its balance'
  | 'manage its webhook endpoints';

/** Order statuses, order kinds, refund and verification statuses in Chinese (the web client's words). */
const ORDER_STATUSES_ZH_CN: Readonly<Record<string, string>> = {
  AWAITING_PAYMENT: '待付款',
  PAID: '已付款',
  FULFILLED: '已履约',
  CANCELLED: '已取消',
  REFUNDED: '已退款',
  PARTIALLY_REFUNDED: '部分退款',
};
const ORDER_KINDS_ZH_CN: Readonly<Record<string, string>> = {
  NEW_SUBSCRIPTION: '新购',
  ADD_SEATS: '增加席位',
  RENEWAL: '续费',
  VALUE_ADDED: '增值服务',
  UPGRADE: '升级',
};
const REFUND_STATUSES_ZH_CN: Readonly<Record<string, string>> = {
  REQUESTED: '待审核',
  APPROVED: '已通过',
  REJECTED: '已驳回',
  PAID: '已退款',
};
const VERIFICATION_STATUSES_ZH_CN: Readonly<Record<string, string>> = {
  NOT_SUBMITTED: '未提交',
  PENDING: '审核中',
  APPROVED: '已认证',
  REJECTED: '未通过',
};

/** The CSV exports by their name in the URL, in Chinese (the web client's words for the lists). */
const EXPORT_KINDS_ZH_CN: Readonly<Record<string, string>> = {
  orders: '订单',
  payments: '付款',
  refunds: '退款',
  invoices: '发票',
  journal: '会计分录',
};

/** `code` in Chinese from `table`; a code the table does not know stays as it is. */
const zh = (table: Readonly<Record<string, string>>, code: string | undefined): string =>
  code === undefined ? '' : (table[code] ?? code);

export const API_REFUSAL_MESSAGES = {
  // Not found (`noSuch`): `thing` is a NoSuchKind, `id` the quoted id or ''.
  'api.noSuch': {
    en: (p) =>
      `There is ${p.id === '' ? `no such ${p.thing}` : `no ${p.thing} ${p.id}`} you can see: check the id, or look the ${p.thing} up again in its list`,
    'zh-CN': (p) =>
      `找不到你可以查看的${zh(KINDS_ZH_CN, p.thing)}${p.id === '' ? '' : ` ${p.id}`}：请检查 ID，或在${zh(KINDS_ZH_CN, p.thing)}列表中重新查找`,
  },

  // Signing in (UNAUTHENTICATED): the header's syntax stays as HTTP writes it.
  'api.auth.badHeader': {
    en: () => 'The Authorization header must be "Bearer <token>": send your API token in that form',
    'zh-CN': () => '请求头 Authorization 必须为 "Bearer <token>" 格式：请按此格式发送你的 API 令牌',
  },
  'api.auth.unknown': {
    en: () =>
      'The API token is unknown: check that it was copied whole, or ask an operator (or your account’s administrator) for a new one',
    'zh-CN': () =>
      'API 令牌无法识别：请检查是否完整复制，或向运营人员（或你账户的管理员）申请新令牌',
  },
  'api.auth.revoked': {
    en: (p) =>
      `The API token was revoked on ${p.at}: sign in with a current token, or ask an operator (or your account’s administrator) for a new one`,
    'zh-CN': (p) =>
      `API 令牌已于 ${p.at} 吊销：请用有效的令牌登录，或向运营人员（或你账户的管理员）申请新令牌`,
  },
  'api.auth.expired': {
    en: (p) =>
      `The API token expired on ${p.at}: sign in with a current token, or ask an operator (or your account’s administrator) for a new one`,
    'zh-CN': (p) =>
      `API 令牌已于 ${p.at} 过期：请用有效的令牌登录，或向运营人员（或你账户的管理员）申请新令牌`,
  },
  'api.auth.signIn': {
    en: () => 'Sign in: send "Authorization: Bearer <token>"',
    'zh-CN': () => '请先登录：发送 "Authorization: Bearer <token>"',
  },

  // Roles (FORBIDDEN)
  'api.forbidden.role': {
    en: () => 'Your role may not do this: ask an administrator of the account or an operator',
    'zh-CN': () => '你的角色无权执行此操作：请联系该账户的管理员或运营人员',
  },
  'api.forbidden.operatorsOnly': {
    en: () => 'Only operators may do this: ask an operator to do it for you',
    'zh-CN': () => '只有运营人员可以执行此操作：请联系运营人员代为办理',
  },
  'api.forbidden.accountAdmins': {
    en: (p) =>
      `Only the account’s administrators and operators may ${p.action}: ask an administrator of the account or an operator to do it`,
    'zh-CN': (p) =>
      `只有该账户的管理员和运营人员可以${zh(ACTIONS_ZH_CN, p.action)}：请联系该账户的管理员或运营人员办理`,
  },
  'api.forbidden.seeTokens': {
    en: () =>
      'Only the account’s administrators and operators may see its API tokens: ask an administrator of the account',
    'zh-CN': () => '只有该账户的管理员和运营人员可以查看其 API 令牌：请联系该账户的管理员',
  },
  'api.forbidden.seeEvents': {
    en: () =>
      'Only the account’s administrators and operators may see its billing events: ask an administrator of the account',
    'zh-CN': () => '只有该账户的管理员和运营人员可以查看其计费事件：请联系该账户的管理员',
  },

  // API tokens
  'api.token.nameLength': {
    en: (p) => `name must be 1 to ${p.limit} characters: say in a few words what the token is for`,
    'zh-CN': (p) => `名称须为 1 到 ${p.limit} 个字符：请用几个词说明令牌的用途`,
  },
  'api.token.expiresPast': {
    en: () =>
      'expiresAt is not in the future: give a later time, or leave it out for a token that does not expire',
    'zh-CN': () => '过期时间不在未来：请给出更晚的时间，或不填以创建永不过期的令牌',
  },
  'api.token.operatorNoAccount': {
    en: () => 'Operator tokens belong to no account: leave accountId out for an operator token',
    'zh-CN': () => '运营令牌不属于任何账户：创建运营令牌时请不要填写账户',
  },

  // Catalogue
  'api.catalog.noPlan': {
    en: (p) =>
      `The catalog has no plan ${p.planCode}: ask an operator to check the subscription's plan against the price book (R-CAT-1)`,
    'zh-CN': (p) =>
      `价格目录中没有套餐 ${p.planCode}：请联系运营人员按价格表核对该订阅的套餐（R-CAT-1）`,
  },

  // Invoices
  'api.invoice.topUpNotInvoiced': {
    en: () =>
      'Only a successful payment for an order is invoiced, not a balance top-up: request invoices for the purchases paid from the balance instead (R-INV-1)',
    'zh-CN': () =>
      '只有订单的成功付款才开具发票，余额充值不开票：请改为对用余额支付的购买申请发票（R-INV-1）',
  },
  'api.invoice.duplicateNotInvoiced': {
    en: () =>
      'A duplicate payment is not part of the order’s price, so it is never invoiced: request a refund of it with requestRefund instead, refunded in full (R-PAY-3, R-REF-DUPLICATE, R-INV-3)',
    'zh-CN': () =>
      '重复付款不属于订单价格，因此不开具发票：请改用 requestRefund 申请退还该笔付款，将全额退款（R-PAY-3、R-REF-DUPLICATE、R-INV-3）',
  },
  'api.invoice.numberVoided': {
    en: (p) =>
      `the fapiao number ${p.number} was already used by a voided fapiao of this invoice and is never used again: check the number, a re-issued fapiao needs a new one (R-INV-3)`,
    'zh-CN': (p) =>
      `发票号码 ${p.number} 已被本发票一张作废的发票使用过，不能再次使用：请核对号码，重开的发票需要新号码（R-INV-3）`,
  },
  'api.invoice.numberTaken': {
    en: (p) =>
      `the fapiao number ${p.number} is already used by another invoice (a number is used once, voided or not): check the number on the fapiao (R-INV-3)`,
    'zh-CN': (p) =>
      `发票号码 ${p.number} 已被另一张发票使用（号码只能使用一次，无论是否作废）：请核对发票上的号码（R-INV-3）`,
  },

  // Orders and payments
  'api.order.addSeatsNotActive': {
    en: (p) =>
      `Seats can only be added to an active subscription; it is ${p.status} (R-SEAT-1): cancel this order`,
    'zh-CN': (p) => `只能为生效中的订阅增加席位；该订阅当前为${p.status}（R-SEAT-1）：请取消此订单`,
  },
  'api.order.notRenewable': {
    en: (p) =>
      `The subscription is ${p.status} and can no longer be renewed (${p.reason}): cancel this order`,
    'zh-CN': (p) =>
      `该订阅当前为${p.status}，已无法续费${p.why === '' ? '' : `（${p.why}）`}：请取消此订单`,
  },
  'api.order.cannotCancel': {
    en: (p) => `The order cannot be cancelled: ${p.why}`,
    'zh-CN': (p) => `该订单无法取消：${p.why}`,
  },
  'api.order.cannotCancel.paid': {
    en: () => 'payments were made on it: request a refund instead',
    'zh-CN': () => '已有付款：请改为申请退款',
  },
  'api.order.cannotCancel.status': {
    en: (p) => `it is ${p.orderStatus}, so no action is needed`,
    'zh-CN': (p) => `订单状态为${zh(ORDER_STATUSES_ZH_CN, p.orderStatus)}，无需操作`,
  },
  'api.order.cancelled': {
    en: () => 'The order is cancelled: place a new order instead',
    'zh-CN': () => '该订单已取消：请改为下新订单',
  },
  'api.payment.amountPositive': {
    en: () => 'The amount must be above 0.00',
    'zh-CN': () => '金额必须大于 0.00',
  },
  'api.payment.declined': {
    en: (p) =>
      `Payment declined: ${p.providerReason}. Check the payment details and try again, or pay another way`,
    'zh-CN': (p) =>
      `付款被拒绝（支付服务商的说明：${p.providerReason}）。请检查付款信息后重试，或改用其他方式付款`,
  },
  'api.topUp.method': {
    en: () =>
      'A top-up must be paid by card, Alipay, WeChat Pay or wallet, not from the balance itself: choose one of those methods (R-PAY-4)',
    'zh-CN': () =>
      '充值须使用银行卡、支付宝、微信支付或腾讯钱包，不能从余额本身支付：请选择其中一种方式（R-PAY-4）',
  },

  // Postpaid bills
  'api.postpaid.noLines': {
    en: () => 'A bill needs at least one usage line',
    'zh-CN': () => '账单至少需要一行用量明细',
  },
  'api.postpaid.lineDescription': {
    en: () => 'Each line needs a description of 1–200 characters',
    'zh-CN': () => '每行明细都需要 1–200 个字符的说明',
  },
  'api.postpaid.notYetIssued': {
    en: (p) =>
      `The bill for ${p.month} is issued on ${p.issuedOn}, once the month is over (R-PAY-5)`,
    'zh-CN': (p) => `${p.month} 的账单在当月结束后、于 ${p.issuedOn} 开出：请届时再开（R-PAY-5）`,
  },
  'api.postpaid.accountClosed': {
    en: () =>
      'The account is closed, so no new bill is issued: settle its open bills with payPostpaidBill (R-PAY-5)',
    'zh-CN': () => '该账户已关闭，不再开出新账单：请用 payPostpaidBill 结清其未付账单（R-PAY-5）',
  },
  'api.postpaid.alreadyIssued': {
    en: (p) =>
      `The bill for ${p.month} was already issued, so no action is needed: see it in the account's postpaid bills (R-PAY-5)`,
    'zh-CN': (p) => `${p.month} 的账单已开出，无需操作：可在该账户的后付费账单中查看（R-PAY-5）`,
  },
  'api.postpaid.alreadyPaid': {
    en: () => 'The bill is already paid, so no action is needed (R-PAY-5)',
    'zh-CN': () => '该账单已付清，无需操作（R-PAY-5）',
  },
  'api.postpaid.payExactly': {
    en: (p) =>
      `The bill's outstanding amount is ${p.outstanding} (${p.billed} billed + ${p.lateFee} late fee): pay exactly that (R-PAY-5)`,
    'zh-CN': (p) =>
      `该账单的未付金额为 ${p.outstanding}（账单金额 ${p.billed} + 滞纳金 ${p.lateFee}）：请按此金额付款（R-PAY-5）`,
  },

  // Refunds
  'api.refund.serviceAlreadyRefunded': {
    en: (p) =>
      `The service of this order was already refunded (${p.amount} approved on ${p.decidedOn}); only a duplicate payment or overpayment can still be refunded (R-REF-CAP)`,
    'zh-CN': (p) =>
      `该订单的服务费用已经退过款（${p.decidedOn} 批准退款 ${p.amount}）；现在只能退还重复付款或多付的金额（R-REF-CAP）`,
  },
  'api.refund.paymentsDoNotCover': {
    en: () =>
      'The order’s payments do not cover this refund: preview the refund again with refundPreview to see what can still be refunded (R-REF-CAP)',
    'zh-CN': () =>
      '该订单的付款不足以支付这笔退款：请用 refundPreview 重新预览，查看仍可退还的金额（R-REF-CAP）',
  },
  'api.refund.alreadyDecided': {
    en: (p) =>
      `The refund is ${p.refundStatus}, not waiting for review: it was already decided, so no action is needed (R-REF-REVIEW)`,
    'zh-CN': (p) =>
      `该退款状态为${zh(REFUND_STATUSES_ZH_CN, p.refundStatus)}，不在待审核状态：已经处理过，无需操作（R-REF-REVIEW）`,
  },
  'api.refund.rejectNote': {
    en: () => 'Say why the refund is rejected',
    'zh-CN': () => '请说明驳回退款的原因',
  },
  'api.refund.notApproved': {
    en: (p) =>
      `The refund is ${p.refundStatus}: only an approved refund is paid out, so approve it first with approveRefund (R-REF-PAYOUT)`,
    'zh-CN': (p) =>
      `该退款状态为${zh(REFUND_STATUSES_ZH_CN, p.refundStatus)}：只有已通过的退款才会打款，请先用 approveRefund 批准（R-REF-PAYOUT）`,
  },
  'api.refund.payoutDeclined': {
    en: (p) =>
      `Payout declined: ${p.providerReason}. Try the payout again later with payRefund (R-REF-PAYOUT)`,
    'zh-CN': (p) =>
      `退款打款被拒绝（支付服务商的说明：${p.providerReason}）。请稍后用 payRefund 重试打款（R-REF-PAYOUT）`,
  },
  'api.refund.noProviderReason': {
    en: () => 'the payment provider gave no reason',
    'zh-CN': () => '未说明原因',
  },
  'api.refund.noteTooLong': {
    en: (p) => `The note is limited to ${p.limit} characters`,
    'zh-CN': (p) => `备注最多 ${p.limit} 个字符`,
  },
  'api.refund.evidenceLimit': {
    en: (p) => `At most ${p.limit} evidence references of up to 500 characters`,
    'zh-CN': (p) => `最多 ${p.limit} 条证据引用，每条不超过 500 个字符`,
  },

  // Accounts, verification, test clocks
  'api.name.length': {
    en: () => 'The name must be 1–200 characters',
    'zh-CN': () => '名称须为 1–200 个字符',
  },
  'api.clock.backwards': {
    en: (p) => `Time only moves forward: the clock is at ${p.at}`,
    'zh-CN': (p) => `时间只能向前推进：该时钟当前为 ${p.at}`,
  },
  'api.verification.nameLength': {
    en: () => 'The verified enterprise name must be 1–200 characters',
    'zh-CN': () => '认证企业名称须为 1–200 个字符',
  },
  'api.verification.documents': {
    en: () => 'Attach the business licence, the legal representative’s ID and a contact (R-OPEN-2)',
    'zh-CN': () => '请附上营业执照、法定代表人身份证件和联系人（R-OPEN-2）',
  },
  'api.verification.alreadyVerified': {
    en: () => 'The account is already verified, so no action is needed',
    'zh-CN': () => '该账户已通过认证，无需操作',
  },
  'api.verification.nothingPending': {
    en: (p) =>
      `No materials are waiting for review (status ${p.verificationStatus}): wait until the customer submits them with submitVerification`,
    'zh-CN': (p) =>
      `没有待审核的材料（状态：${zh(VERIFICATION_STATUSES_ZH_CN, p.verificationStatus)}）：请等待客户用 submitVerification 提交`,
  },
  'api.verification.rejectReason': {
    en: () => 'Say why the materials are rejected',
    'zh-CN': () => '请说明驳回材料的原因',
  },
  'api.account.suspended': {
    en: () =>
      'The account is suspended for a postpaid bill 30 days overdue (R-PAY-5): pay the overdue bills to buy again; paying orders, topping up and paying postpaid bills still work',
    'zh-CN': () =>
      '该账户因后付费账单逾期 30 天已被暂停（R-PAY-5）：请付清逾期账单后再购买；支付订单、充值余额和支付后付费账单仍可进行',
  },
  'api.account.closed': {
    en: () =>
      'The account is closed for a postpaid bill 90 days overdue (R-PAY-5): it can no longer buy, but you can still settle what is owed; paying orders, topping up and paying postpaid bills still work',
    'zh-CN': () =>
      '该账户因后付费账单逾期 90 天已被关闭（R-PAY-5）：不能再购买，但仍可结清欠款；支付订单、充值余额和支付后付费账单仍可进行',
  },
  'api.idempotency.keyLength': {
    en: () => 'idempotencyKey must be 1 to 255 characters: use a UUID or another short ASCII key',
    'zh-CN': () => '幂等键须为 1 到 255 个字符：请使用 UUID 或其他简短的 ASCII 键',
  },
  'api.idempotency.reused': {
    en: () =>
      'This idempotencyKey was already used for a different request; use a new key for a new request',
    'zh-CN': () => '该幂等键已用于另一个请求；新请求请使用新的幂等键',
  },

  // Operator actions: free text, violations, force majeure, termination
  'api.text.tooLong': {
    en: (p) => `At most ${p.limit} characters`,
    'zh-CN': (p) => `最多 ${p.limit} 个字符`,
  },
  'api.violation.reasonRequired': {
    en: () => 'Give the reason for the violation step (R-VIO-1)',
    'zh-CN': () => '请填写此次违规处理的原因（R-VIO-1）',
  },
  'api.violation.noService': {
    en: (p) =>
      `The subscription is ${p.status}: there is no service to restrict or restore, so no action is needed (R-VIO-1, R-LIFE-5)`,
    'zh-CN': (p) =>
      `该订阅当前为${p.status}：没有可限制或恢复的服务，无需操作（R-VIO-1、R-LIFE-5）`,
  },
  'api.fm.reasonRequired': {
    en: () => 'Say what the force majeure was (R-FM-1)',
    'zh-CN': () => '请说明不可抗力的情况（R-FM-1）',
  },
  'api.fm.days': {
    en: () => 'Force majeure lasts a whole number of days from 1 to 3660 (R-FM-1)',
    'zh-CN': () => '不可抗力天数须为 1 到 3660 之间的整数（R-FM-1）',
  },
  'api.fm.noPeriod': {
    en: (p) =>
      `The subscription is ${p.status}: there is no service period in force to extend, so no action is needed (R-FM-1)`,
    'zh-CN': (p) => `该订阅当前为${p.status}：没有可顺延的有效服务期，无需操作（R-FM-1）`,
  },
  'api.fm.renewalPending': {
    en: () =>
      'A renewal order awaiting payment was priced from the current period end: have it paid or cancelled first (R-RENEW-2, R-FM-1)',
    'zh-CN': () =>
      '有一笔待付款的续费订单是按当前服务期结束日定价的：请先让它付款或将其取消（R-RENEW-2、R-FM-1）',
  },
  'api.termination.reasonRequired': {
    en: () => 'Give the reason the written notice states (R-TERM-1)',
    'zh-CN': () => '请填写书面通知中写明的原因（R-TERM-1）',
  },
  'api.termination.notice': {
    en: (p) =>
      `A termination without cause needs ${p.days} natural days' written notice: noticed on ${p.noticedOn}, it takes effect on ${p.earliest} at the earliest (R-TERM-1)`,
    'zh-CN': (p) =>
      `无因终止须提前 ${p.days} 个自然日书面通知：于 ${p.noticedOn} 通知，最早于 ${p.earliest} 生效（R-TERM-1）`,
  },
  'api.termination.nothing': {
    en: (p) =>
      `The subscription is ${p.status}: there is no agreement left to end, so no action is needed (R-TERM-1)`,
    'zh-CN': (p) => `该订阅当前为${p.status}：没有可终止的协议，无需操作（R-TERM-1）`,
  },
  'api.termination.already': {
    en: (p) =>
      `A termination notice is already in force: the agreement ends on ${p.endsOn}, so no action is needed (R-TERM-1)`,
    'zh-CN': (p) => `终止通知已生效：协议于 ${p.endsOn} 结束，无需操作（R-TERM-1）`,
  },

  // Order corrections (R-REF-DUPLICATE)
  'api.correction.noteRequired': {
    en: () => 'Say what the customer meant to order',
    'zh-CN': () => '请说明客户本来想订购的内容',
  },
  'api.correction.kind': {
    en: (p) =>
      `Only a new subscription or a renewal can be corrected; this order is ${p.orderKind}, so leave it as it is, or refund a duplicate payment with requestRefund (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `只有新购或续费订单可以更正；此订单为${zh(ORDER_KINDS_ZH_CN, p.orderKind)}订单，请保持原样，或用 requestRefund 退还重复付款（R-REF-DUPLICATE）`,
  },
  'api.correction.already': {
    en: (p) =>
      `The order was already corrected on ${p.correctedOn}, so no action is needed (R-REF-DUPLICATE)`,
    'zh-CN': (p) => `该订单已于 ${p.correctedOn} 更正，无需操作（R-REF-DUPLICATE）`,
  },
  'api.correction.unpaid': {
    en: () =>
      'The order is not paid yet: cancel it (cancelOrder) and place the order the customer meant',
    'zh-CN': () => '该订单尚未付款：请取消它（cancelOrder），再按客户本意下单',
  },
  'api.correction.status': {
    en: (p) =>
      `The order is ${p.orderStatus}: only a paid order is corrected and refunded by the difference, so leave this one as it is (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `该订单状态为${zh(ORDER_STATUSES_ZH_CN, p.orderStatus)}：只有已付款的订单才能更正并退还差额，请保持原样（R-REF-DUPLICATE）`,
  },
  'api.correction.renewalSeats': {
    en: () => 'A renewal bills the seats held (R-RENEW-3): only its years can be corrected',
    'zh-CN': () => '续费按持有的席位计费（R-RENEW-3）：只能更正其年数',
  },
  'api.correction.nothing': {
    en: () => 'Nothing to correct: give the years or seats the customer meant',
    'zh-CN': () => '没有需要更正的内容：请给出客户本意的年数或席位数',
  },
  'api.correction.costsMore': {
    en: (p) =>
      `The corrected order costs ${p.corrected}, more than the ${p.original} ordered: that is a new purchase, not a correction; the corrected years and seats must cost at most what was ordered (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `更正后的订单金额为 ${p.corrected}，高于原订单的 ${p.original}：这是新的购买，不是更正；更正后的年数和席位的金额不得超过原订单（R-REF-DUPLICATE）`,
  },
  'api.correction.notPending': {
    en: (p) =>
      `The subscription is ${p.status}: only a paid opening waiting for activation can be corrected, so leave this order as it is (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `该订阅当前为${p.status}：只有已付款、等待开通的新购订单可以更正，请保持此订单原样（R-REF-DUPLICATE）`,
  },
  'api.correction.notRunning': {
    en: (p) =>
      `The subscription is ${p.status}: only a running subscription’s period can follow a correction, so leave this order as it is (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `该订阅当前为${p.status}：只有服务中的订阅的服务期才能随更正调整，请保持此订单原样（R-REF-DUPLICATE）`,
  },
  'api.correction.noPeriod': {
    en: () => 'The order has no service period to correct, so leave it as it is (R-REF-DUPLICATE)',
    'zh-CN': () => '该订单没有可更正的服务期，请保持原样（R-REF-DUPLICATE）',
  },
  'api.correction.later': {
    en: (p) =>
      `A later ${p.orderKind} order was priced on this order’s period: only the subscription’s latest purchase can be corrected, so correct that one instead (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `之后的一笔${zh(ORDER_KINDS_ZH_CN, p.orderKind)}订单是按此订单的服务期定价的：只能更正订阅最近一次的购买，请改为更正那笔订单（R-REF-DUPLICATE）`,
  },
  'api.correction.seatsChanged': {
    en: (p) =>
      `The subscription holds ${p.held} seats, not the ${p.opened} opened: seats changed since, so the opening can no longer be corrected; leave it as it is (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `该订阅现有 ${p.held} 个席位，而不是新购时的 ${p.opened} 个：席位此后已变更，新购订单不能再更正，请保持原样（R-REF-DUPLICATE）`,
  },
  'api.correction.noPricing': {
    en: () => 'The order has no pricing state to correct',
    'zh-CN': () => '该订单没有可供更正的定价记录',
  },
  'api.correction.used': {
    en: (p) =>
      `Corrected to ${plural(p.years!, 'year', 'years')}, the service would have ended before ${p.end}: more than the corrected order has been used, so this is no longer a wrong order; leave it as it is (R-REF-DUPLICATE)`,
    'zh-CN': (p) =>
      `更正为 ${p.years} 年后，服务本应在 ${p.end} 之前结束：已使用的超过了更正后的订单，这已不属于订错单，请保持原样（R-REF-DUPLICATE）`,
  },

  // Subscriptions and enterprise numbers
  'api.renewal.pending': {
    en: () =>
      'A renewal order for this subscription is already awaiting payment: pay it, it renews from the previous period end (R-RENEW-2)',
    'zh-CN': () =>
      '该订阅已有一笔待付款的续费订单：请支付该订单，它将从上一服务期结束日起续费（R-RENEW-2）',
  },
  'api.subscription.notPending': {
    en: (p) =>
      `The subscription is ${p.status}, not waiting for activation, so no action is needed (R-OPEN-3)`,
    'zh-CN': (p) => `该订阅当前为${p.status}，不在等待开通状态，无需操作（R-OPEN-3）`,
  },
  'api.subscription.alreadyEnded': {
    en: (p) =>
      `The subscription is already ${p.status}: there is no plan left to leave, so no action is needed (R-LIFE-5)`,
    'zh-CN': (p) => `该订阅当前为${p.status}：没有可退出的套餐，无需操作（R-LIFE-5）`,
  },
  'api.upgrade.target': {
    en: (p) =>
      `${p.fromProduct} upgrades to ${p.target}, not ${p.requested}: the target product must be ${p.target} (R-MIG-1)`,
    'zh-CN': (p) =>
      `${p.fromProduct} 只能升级到 ${p.target}，而不是 ${p.requested}：目标产品必须为 ${p.target}（R-MIG-1）`,
  },
  // R-SEAT-1: seats of add-seat orders awaiting payment count against the plan's maximum;
  // `limit` is the plan's own refusal (`seats.outsidePlan`).
  'api.seats.reserved': {
    en: (p) =>
      `${plural(p.reserved!, 'seat', 'seats')} of add-seat orders awaiting payment ${p.reserved === '1' ? 'is' : 'are'} reserved: ${p.total} + ${p.reserved} seats. ${p.limit}`,
    'zh-CN': (p) =>
      `待付款的增购席位订单已预留 ${p.reserved} 个席位：${p.total} + ${p.reserved} 个席位。${p.limit}`,
  },
  'api.number.eqqOnly': {
    en: () => 'Only an Enterprise QQ (EQQ) opening gets an enterprise number (R-OPEN-5, R-NUM-2)',
    'zh-CN': () => '只有企业QQ（EQQ）的新购才分配企业号码（R-OPEN-5、R-NUM-2）',
  },
  'api.number.claimRetry': {
    en: () => 'Could not claim an enterprise number; try again',
    'zh-CN': () => '未能分配到企业号码；请重试',
  },
  'api.number.lost': {
    en: (p) =>
      `Enterprise number ${p.number} was released from this account when an earlier subscription ended, and a released number never returns to the account that lost it (R-LIFE-3, R-NUM-4): ${p.next}`,
    'zh-CN': (p) =>
      `企业号码 ${p.number} 已在本账户此前的订阅结束时释放，释放的号码不会再回到失去它的账户（R-LIFE-3、R-NUM-4）：${p.next}`,
  },
  'api.number.lost.open': {
    en: () =>
      'open the subscription without a hotline contract number to get a new number from the pool',
    'zh-CN': () => '请不填热线合同号码开通订阅，从号码池获取新号码',
  },
  'api.number.lost.reopen': {
    en: () =>
      'cancel this opening and open the subscription again without a hotline contract number to get a new number from the pool',
    'zh-CN': () => '请取消本次新购，再不填热线合同号码重新开通订阅，从号码池获取新号码',
  },
  'api.number.held': {
    en: (p) =>
      `Enterprise number ${p.number} of the hotline contract is assigned to another subscription (R-NUM-2): it can be assigned once that subscription releases it`,
    'zh-CN': (p) =>
      `热线合同的企业号码 ${p.number} 已分配给另一个订阅（R-NUM-2）：待该订阅释放后才能分配`,
  },

  // Inputs every operation checks (`fieldName` is the public API's name of the field)
  'api.input.nul': {
    en: (p) =>
      `${p.fieldName} contains a NUL character (\\0), which cannot be stored: remove it and send it again`,
    'zh-CN': (p) => `${p.fieldName} 含有无法存储的 NUL 字符（\\0）：请删除后重新发送`,
  },
  'api.input.surrogate': {
    en: (p) =>
      `${p.fieldName} contains a lone UTF-16 surrogate, which is not text: send it as well-formed Unicode`,
    'zh-CN': (p) =>
      `${p.fieldName} 含有孤立的 UTF-16 代理项，不是有效文本：请以格式正确的 UTF-16 文本发送`,
  },
  'api.input.control': {
    en: (p) =>
      `${p.fieldName} contains a control character: remove it; only tab, line feed and carriage return are allowed`,
    'zh-CN': (p) => `${p.fieldName} 含有控制字符：请删除；只允许制表符、换行符和回车符`,
  },
  'api.input.idempotencyKey': {
    en: (p) =>
      `${p.fieldName} must be 1 to 255 printable ASCII characters, got ${p.length} characters: use a UUID or another short ASCII key`,
    'zh-CN': (p) =>
      `${p.fieldName} 须为 1 到 255 个可打印 ASCII 字符，实际为 ${p.length} 个字符：请使用 UUID 或其他简短的 ASCII 键`,
  },
  'api.input.tooLong': {
    en: (p) => `${p.fieldName} is ${p.length} characters long: shorten it to at most ${p.limit}`,
    'zh-CN': (p) => `${p.fieldName} 长度为 ${p.length} 个字符：请缩短到不超过 ${p.limit} 个字符`,
  },
  'api.input.amountAbove': {
    en: (p) =>
      `${p.fieldName} ${p.amount} is above ${p.most}, the most one request may move: send a smaller amount, in several requests if needed`,
    'zh-CN': (p) =>
      // The field is named by the error's `field` (and the form shows it beside its field): the
      // Chinese sentence does not repeat the API's English field name.
      `金额 ${p.amount} 超过单次请求可转移的上限 ${p.most}：请发送更小的金额，必要时分多次请求`,
  },
  'api.quote.needs': {
    en: (p) =>
      `A ${p.quoteAction} quote needs ${p.fieldName}: give ${p.fieldName} in the quote input`,
    'zh-CN': (p) => `${p.quoteAction} 报价需要 ${p.fieldName}：请在报价输入中提供 ${p.fieldName}`,
  },
  // `got` is the quoted unknown types, `known` the known ones, each in "double quotes".
  'api.events.unknownTypes': {
    en: (p) => `There is no event type ${p.got}: give types from ${p.known}`,
    'zh-CN': (p) => `不存在事件类型 ${p.got}：请从 ${p.known} 中选择类型`,
  },
  'api.webhook.url.invalid': {
    en: () =>
      'The URL is not a valid absolute URL: give a full address that starts with https:// or http://',
    'zh-CN': () => 'URL 不是有效的绝对地址：请给出以 HTTPS 或 HTTP 协议开头的完整地址',
  },
  'api.webhook.url.scheme': {
    en: (p) => `The URL must be http or https, not ${p.scheme}`,
    'zh-CN': (p) => `URL 必须使用 HTTP 或 HTTPS 协议，而不是 ${p.scheme}`,
  },
  'api.webhook.url.credentials': {
    en: () => 'The URL must not carry a user name or password: the signature authenticates us',
    'zh-CN': () => 'URL 中不能包含用户名或密码：请求由签名证明来源',
  },
  'api.webhook.url.fragment': {
    en: () => 'The URL must not have a #fragment: remove the part from # on',
    'zh-CN': () => 'URL 不能包含 # 片段：请删除 # 及其后的部分',
  },
  'api.webhook.url.unresolved': {
    en: (p) => `The host ${p.host} does not resolve to an address: check its spelling`,
    'zh-CN': (p) => `主机 ${p.host} 无法解析为地址：请检查拼写`,
  },
  'api.webhook.url.private': {
    en: (p) =>
      `The host ${p.host} resolves to ${p.address}, a loopback, private or link-local address: webhooks go to public addresses only`,
    'zh-CN': (p) =>
      `主机 ${p.host} 解析为 ${p.address}，这是回环、私有或链路本地地址：Webhook 只能发送到公网地址`,
  },
  'api.webhook.url.tooLong': {
    en: (p) => `The URL is ${p.length} characters long: give one of at most ${p.limit}`,
    'zh-CN': (p) => `URL 长度为 ${p.length} 个字符：请给出不超过 ${p.limit} 个字符的地址`,
  },
  'api.webhook.descriptionLength': {
    en: (p) =>
      `description is longer than ${p.limit} characters: say in a few words what the endpoint is for`,
    'zh-CN': (p) => `描述超过 ${p.limit} 个字符：请用几个词说明端点的用途`,
  },
  'api.webhook.overlapHours': {
    en: (p) =>
      `overlapHours must be from 0 to ${p.most}: the hours the old secret still signs while receivers switch`,
    'zh-CN': (p) =>
      `重叠时长必须在 0 到 ${p.most} 小时之间：即接收方切换期间旧密钥仍参与签名的小时数`,
  },
  'api.webhook.alreadyPending': {
    en: () =>
      'This event is still being sent to the endpoint: wait for its delivery to succeed or fail, then resend it',
    'zh-CN': () => '该事件仍在向此端点发送：请等待其投递成功或失败后再重新发送',
  },
  'api.webhook.eventNotForEndpoint': {
    en: () =>
      'This event is of another account than the endpoint’s: choose an event of the endpoint’s own account, or an operator’s endpoint for every account',
    'zh-CN': () =>
      '该事件属于端点所属账户以外的账户：请选择端点所属账户的事件，或使用运营人员创建的接收所有账户事件的端点',
  },
  'api.webhook.disabled': {
    en: () => 'The endpoint is disabled: enable it first (enableWebhookEndpoint)',
    'zh-CN': () => '该端点已停用：请先启用它（enableWebhookEndpoint）',
  },

  // The GraphQL layer's own BAD_USER_INPUT: the scalars (`Date`, `DateTime`, `Decimal`), page
  // arguments, cursors, sorts and searches. `value` is the user's input as the English always
  // quoted it; `fieldName` the argument's public name; type and argument names stay as they are.
  'api.scalar.notString': {
    en: (p) => `${p.scalar} must be given as a string`,
    'zh-CN': (p) => `${p.scalar} 的值必须以字符串形式给出`,
  },
  'api.decimal.notString': {
    en: () => 'Decimal must be a string such as "10450.00"',
    'zh-CN': () => 'Decimal 的值必须是字符串，例如 "10450.00"',
  },
  'api.decimal.invalid': {
    en: (p) => `"${p.value}" is not an amount in yuan with at most two decimals (e.g. "10450.00")`,
    'zh-CN': (p) => `"${p.value}" 不是以元为单位、最多两位小数的金额（例如 "10450.00"）`,
  },
  // An amount past the fen a number holds exactly (parseMoney); the English is assertFen's.
  'api.decimal.notFen': {
    en: (p) => `amount must be a whole number of fen, got ${p.got}`,
    'zh-CN': (p) =>
      `金额必须是整数分，而此金额为 ${p.got} 分，超出了能精确计算的范围：请给出更小的金额`,
  },
  'api.date.notString': {
    en: () => 'Date must be a string YYYY-MM-DD',
    'zh-CN': () => 'Date 的值必须是 YYYY-MM-DD 格式的字符串',
  },
  'api.date.invalid': {
    en: (p) => `"${p.value}" is not a calendar date in the form YYYY-MM-DD`,
    'zh-CN': (p) => `"${p.value}" 不是 YYYY-MM-DD 格式的有效日期`,
  },
  'api.dateTime.format': {
    en: () =>
      'DateTime must be an ISO-8601 instant with an offset, e.g. "2021-05-01T09:00:00+08:00"',
    'zh-CN': () =>
      'DateTime 的值必须是带时区偏移的 ISO-8601 时间，例如 "2021-05-01T09:00:00+08:00"',
  },
  // `value` comes quoted (`quotedInput`).
  'api.dateTime.invalid': {
    en: (p) =>
      `${p.value} is not a valid instant: give a real date and time, e.g. "2021-05-01T09:00:00+08:00"`,
    'zh-CN': (p) =>
      `${p.value} 不是有效的时间：请给出真实存在的日期和时刻，例如 "2021-05-01T09:00:00+08:00"`,
  },
  'api.dateTime.range': {
    en: (p) =>
      `${p.value} is out of range: give an instant whose date in Asia/Shanghai is from ${p.earliest} to ${p.latest}, e.g. "2021-05-01T09:00:00+08:00"`,
    'zh-CN': (p) =>
      `${p.value} 超出范围：请给出北京时间日期在 ${p.earliest} 至 ${p.latest} 之间的时间，例如 "2021-05-01T09:00:00+08:00"`,
  },
  'api.page.size': {
    en: (p) => `${p.fieldName} must be between 1 and ${p.most}`,
    'zh-CN': (p) => `${p.fieldName} 必须在 1 到 ${p.most} 之间`,
  },
  'api.page.cursor': {
    en: (p) =>
      `${p.fieldName} is not a cursor of this list in this order: use a cursor this list returned (its edges or pageInfo) with the same sort`,
    'zh-CN': (p) =>
      `${p.fieldName} 不是此列表在当前排序下的游标：请使用此列表返回的游标，并保持相同的排序`,
  },
  'api.page.firstOrLast': {
    en: () => 'Give first or last, not both: a page is counted from one end',
    'zh-CN': () => 'first 和 last 只能给出其中一个：一页只从列表的一端开始计数',
  },
  'api.list.orderByOrSort': {
    en: () => 'Give orderBy or sort, not both: sort names the order of the list',
    'zh-CN': () => 'orderBy 和 sort 只能给出其中一个：列表的顺序由 sort 指定',
  },
  // `known` is the sort's values (codes), comma-separated.
  'api.list.sortUnknown': {
    en: (p) => `sort must be one of ${p.known}`,
    'zh-CN': (p) => `sort 必须是以下值之一：${p.known}`,
  },
  'api.list.search': {
    en: (p) =>
      `${p.fieldName} must be at most ${p.limit} characters of plain text (no control characters)`,
    'zh-CN': (p) => `${p.fieldName} 必须是不超过 ${p.limit} 个字符的纯文本（不含控制字符）`,
  },
  // graphql-js's frame of a variable's invalid value (`Variable "$input" got invalid value …
  // at "input.date"; …`) around the scalar's own message (`problem`): the English is graphql-js's
  // own, `value` as it prints it; `path` is '' for the variable itself.
  // graphql-js's own refusals of a malformed query (validation and parsing), for the query's
  // author: the English is graphql-js's wording; names come quoted as the query wrote them.
  'api.query.unknownField': {
    en: (p) => `Cannot query field "${p.queryField}" on type "${p.queryType}".`,
    'zh-CN': (p) =>
      `类型 "${p.queryType}" 上没有字段 "${p.queryField}"：请按架构中该类型的字段查询`,
  },
  'api.query.unknownArgument': {
    en: (p) => `Unknown argument "${p.queryArgument}" on field "${p.queryField}".`,
    'zh-CN': (p) => `字段 "${p.queryField}" 没有参数 "${p.queryArgument}"：请按架构中的参数书写`,
  },
  'api.query.needsSelection': {
    en: (p) =>
      `Field "${p.queryField}" of type "${p.queryType}" must have a selection of subfields.`,
    'zh-CN': (p) =>
      `字段 "${p.queryField}"（类型 "${p.queryType}"）必须选择子字段：请在其后的花括号中列出要取的字段`,
  },
  'api.query.noSelection': {
    en: (p) =>
      `Field "${p.queryField}" must not have a selection since type "${p.queryType}" has no subfields.`,
    'zh-CN': (p) => `字段 "${p.queryField}" 的类型 "${p.queryType}" 没有子字段：请去掉其后的花括号`,
  },
  'api.query.missingArgument': {
    en: (p) =>
      `Field "${p.queryField}" argument "${p.queryArgument}" of type "${p.queryType}" is required, but it was not provided.`,
    'zh-CN': (p) =>
      `字段 "${p.queryField}" 的参数 "${p.queryArgument}"（类型 "${p.queryType}"）为必填，但未提供`,
  },
  'api.query.missingVariable': {
    en: (p) => `Variable "$${p.variable}" of required type "${p.queryType}" was not provided.`,
    'zh-CN': (p) => `必填变量 $${p.variable}（类型 "${p.queryType}"）未提供：请在变量中给出它`,
  },
  'api.query.unusedVariable': {
    en: (p) => `Variable "$${p.variable}" is never used.`,
    'zh-CN': (p) => `变量 $${p.variable} 未被使用：请删除它，或在查询中使用它`,
  },
  'api.query.undefinedVariable': {
    en: (p) => `Variable "$${p.variable}" is not defined.`,
    'zh-CN': (p) => `变量 $${p.variable} 未声明：请在操作的变量列表中声明它`,
  },
  'api.query.unknownEnumValue': {
    en: (p) => `Value "${p.queryValue}" does not exist in "${p.queryType}" enum.`,
    'zh-CN': (p) => `枚举 "${p.queryType}" 中没有值 "${p.queryValue}"：请使用架构列出的值`,
  },
  'api.query.unknownType': {
    en: (p) => `Unknown type "${p.queryType}".`,
    'zh-CN': (p) => `未知类型 "${p.queryType}"：请使用架构中的类型名`,
  },
  'api.query.syntax': {
    en: (p) => `Syntax Error: ${p.queryDetail}`,
    'zh-CN': (p) => `查询语法错误（${p.queryDetail}）：请检查括号、引号和字段名`,
  },
  // graphql-js's suggestion after an unknown name (`"name"`, `"name" or "nameLike"`).
  'api.query.didYouMean': {
    en: (p) => `Did you mean ${p.queryDetail}?`,
    'zh-CN': (p) => `是否指 ${p.queryDetail}？`,
  },
  'api.internal': {
    en: () =>
      'Internal server error: the request id in the x-request-id header identifies it in the logs',
    'zh-CN': () => '服务器内部错误：响应头 x-request-id 中的请求 ID 可在日志中找到这次错误',
  },
  'api.variable.invalid': {
    en: (p) =>
      `Variable "$${p.variable}" got invalid value ${p.value}${p.path === '' ? '' : ` at "${p.path}"`}; ${p.problem}`,
    'zh-CN': (p) =>
      `变量 $${p.variable}${p.path === '' ? ' ' : `（${p.path}）`}的值无效：${p.problem}`,
  },
  'api.variables.tooMany': {
    en: () =>
      'Too many invalid values in the variables: the first 50 are listed; correct them and send the request again',
    'zh-CN': () => '变量中的无效值过多：只列出了前 50 个；请更正后重新发送请求',
  },

  // What the HTTP layer answers itself: introspection, a value PostgreSQL refuses, an outage,
  // the rate limits and the body limit.
  'api.forbidden.introspection': {
    en: () =>
      'Introspection is open to signed-in operators only: send an operator token in the Authorization header, or use the schema published with the API and its SDK',
    'zh-CN': () =>
      '只有已登录的运营人员可以使用内省查询：请在 Authorization 请求头中发送运营令牌，或使用随 API 及其 SDK 发布的架构',
  },
  // `detail` is PostgreSQL's own (English) words.
  'api.input.cannotStore': {
    en: (p) =>
      `A value in the request cannot be stored (${p.detail}): correct the input and send it again`,
    'zh-CN': (p) => `请求中有值无法存储（数据库的说明：${p.detail}）：请更正输入后重新发送`,
  },
  'api.database.unreachable': {
    en: (p) =>
      `The database is unreachable for the moment: nothing was changed; retry after ${p.seconds} seconds`,
    'zh-CN': (p) => `数据库暂时无法连接：没有做任何更改；请在 ${p.seconds} 秒后重试`,
  },
  // `limitedBy` is `token` or `address`; `until` an ISO instant.
  'api.rateLimited': {
    en: (p) =>
      `Too many requests from ${p.limitedBy === 'token' ? 'this API token' : 'your address'}: at most ${p.limit} requests in ${p.window} seconds are accepted. Nothing was done; wait ${p.wait} seconds (until ${p.until}), then send the request again`,
    'zh-CN': (p) =>
      `${p.limitedBy === 'token' ? '此 API 令牌' : '你的地址'}发出的请求过多：${p.window} 秒内最多受理 ${p.limit} 个请求。本次请求未做任何处理；请等待 ${p.wait} 秒（至 ${p.until}）后重新发送`,
  },
  'api.request.tooLarge': {
    en: (p) =>
      `The request body is over the ${p.limit} KB limit: send a smaller request (fewer or shorter values)`,
    'zh-CN': (p) => `请求体超过 ${p.limit} KB 的上限：请发送更小的请求（更少或更短的值）`,
  },

  // The invoice documents (`/invoices/….pdf`) and the CSV exports (`/exports/….csv`), answered
  // as plain text. Query parameters are named as the URL writes them, in "quotes".
  'api.document.none': {
    en: () => 'No such document',
    'zh-CN': () => '找不到该文件',
  },
  // `known` is the export kinds as the URL writes them, comma-separated.
  'api.export.none': {
    en: (p) => `No such export: choose one of ${p.known}`,
    'zh-CN': (p) => `没有这种导出：请从 ${p.known} 中选择一种`,
  },
  'api.export.operatorsOnly': {
    en: (p) => `The ${p.kind} export is for operators`,
    'zh-CN': (p) => `${zh(EXPORT_KINDS_ZH_CN, p.kind)}导出仅供运营人员使用`,
  },
  // `bound` is `from` or `to`.
  'api.export.dateMissing': {
    en: (p) => `Give the range's "${p.bound}" date as YYYY-MM-DD`,
    'zh-CN': (p) =>
      `请以 YYYY-MM-DD 格式给出${p.bound === 'from' ? '起始' : '结束'}日期 "${p.bound}"`,
  },
  'api.export.dateInvalid': {
    en: (p) => `"${p.bound}" must be a calendar date in the form YYYY-MM-DD`,
    'zh-CN': (p) => `"${p.bound}" 必须是 YYYY-MM-DD 格式的有效日期`,
  },
  'api.export.range': {
    en: (p) => `"from" (${p.from}) is after "to" (${p.to}): give an earlier "from"`,
    'zh-CN': (p) => `起始日期 "from"（${p.from}）晚于结束日期 "to"（${p.to}）：请给出更早的 "from"`,
  },
  'api.export.testMode': {
    en: () => '"testMode" is true or false',
    'zh-CN': () => '"testMode" 只能是 true 或 false',
  },
  'api.export.oneAccount': {
    en: () => 'Give one "accountId"',
    'zh-CN': () => '请只给出一个 "accountId"',
  },
  'api.export.noAccount': {
    en: () => 'No such account',
    'zh-CN': () => '找不到该账户',
  },

  'api.journal.accountId': {
    en: () => 'accountId is not the id of an account',
    'zh-CN': () => '账户筛选条件不是任何账户的 ID：请给出账户的 ID',
  },
  'api.journal.transactionId': {
    en: () => 'transactionId is not the id of a journal transaction',
    'zh-CN': () => '交易筛选条件不是任何日记账交易的 ID：请给出交易的 ID',
  },
} as const satisfies Templates;
