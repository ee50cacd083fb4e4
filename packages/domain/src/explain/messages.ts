/**
 * The message catalogue of the rules engine: every translatable text the
 * engine returns (line descriptions, refusals) is a `Message` — a key and its parameters — next
 * to its English text, and `renderMessage` writes it in English or Simplified Chinese. The English
 * rendering is the text the engine has always returned; money is written as the web client's
 * tables write it, `¥1,234.50`, in both languages (R-MONEY-1).
 */
import type { Fen } from '../money/money.js';
import { cny } from '../pricing/pricing-text.js';
import { CALENDAR_MESSAGES } from '../calendar/calendar-messages.js';
import { CALENDAR_REFUSAL_MESSAGES } from '../calendar/calendar-refusal-messages.js';
import { CATALOG_MESSAGES } from '../catalog/catalog-messages.js';
import { INVOICE_MESSAGES } from '../invoices/invoice-messages.js';
import { LIFECYCLE_MESSAGES } from '../lifecycle/lifecycle-messages.js';
import { NUMBER_MESSAGES } from '../numbers/number-messages.js';
import { LEDGER_MESSAGES } from '../payments/ledger-messages.js';
import { PAYMENT_REFUSAL_MESSAGES } from '../payments/payment-refusal-messages.js';
import { POSTPAID_MESSAGES } from '../payments/postpaid-messages.js';
import { CONTRACT_PRICE_MESSAGES } from '../pricing/contract-price-messages.js';
import { PRICING_REFUSAL_MESSAGES } from '../pricing/pricing-refusal-messages.js';
import { VALUE_ADDED_MESSAGES } from '../pricing/value-added-messages.js';
import { ORDER_CORRECTION_MESSAGES } from '../refunds/order-correction-messages.js';
import { REFUND_MESSAGES } from '../refunds/refund-messages.js';
import { RENEWAL_MESSAGES } from '../pricing/renewal-messages.js';
import { API_REFUSAL_MESSAGES } from './api-refusal-messages.js';
import { plural, type Locale, type Template } from './message-template.js';
import { RULES, type RuleId } from './rules.js';
import { TOKEN_MESSAGES } from './token-messages.js';
import { RULES_ZH_CN } from './rules.zh-cn.js';

export type { Locale } from './message-template.js';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/**
 * The caller's language from an `Accept-Language` header (or a `locale` argument): any `zh`
 * tag (`zh`, `zh-CN`, `zh-Hans-CN`) ranked above every English tag → `zh-CN`; anything else,
 * or nothing, → `en` (the default, so existing clients read what they always read).
 */
export function localeFrom(header: string | null | undefined): Locale {
  if (typeof header !== 'string') return 'en';
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...options] = part.trim().split(';');
    const language = tag.trim().toLowerCase();
    const qOption = options.map((option) => option.trim()).find((o) => o.startsWith('q='));
    const q = qOption === undefined ? 1 : Number(qOption.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    const locale: Locale | null =
      language === 'zh' || language.startsWith('zh-')
        ? 'zh-CN'
        : language === 'en' || language.startsWith('en-') || language === '*'
          ? 'en'
          : null;
    if (locale !== null && (best === null || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'en';
}

/** A catalogue name (product or plan), written by its codes so that it can be translated. */
export interface CatalogName {
  readonly product: string;
  readonly plan?: string;
  /** The catalogue's own (English) name. */
  readonly name: string;
}

/** A parameter: text as it is (ids, dates, user input), a count, an amount, a name or a message. */
export type MessageParam =
  | string
  | number
  | { readonly fen: Fen }
  | { readonly catalog: CatalogName }
  | { readonly unit: string }
  | { readonly status: string }
  | Message;

/** A translatable text: a key of the catalogue below and its parameters. */
export interface Message {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, MessageParam>>;
}

/** Simplified Chinese names of the catalogue's products and plans, by `PRODUCT` or `PRODUCT/PLAN`. */
export const CATALOG_NAMES_ZH_CN: Readonly<Record<string, string>> = {
  EQQ: '企业QQ',
  'EQQ/SEATS': '企业QQ 席位',
  QIDIAN: '腾讯企点',
  'QIDIAN/SEATS': '企点席位',
  EXMAIL: '腾讯企业邮',
  'EXMAIL/FREE': '企业邮免费版（每邮箱 1 GB）',
  'EXMAIL/STANDARD': '企业邮标准版',
  'EXMAIL/PREMIUM': '企业邮高级版',
  'EXMAIL/FLAGSHIP': '企业邮旗舰版',
  MEETING: '腾讯会议',
  'MEETING/BASIC': '会议免费版（不限时长）',
  'MEETING/PRO_MONTHLY': '会议专业版（按月，每位主持人）',
  'MEETING/PRO_ANNUAL': '会议专业版（按年，每位主持人）',
  'MEETING/ENTERPRISE': '会议企业版（合同价）',
  'MEETING/FLAGSHIP': '会议旗舰版',
  VAS: '增值服务',
  'VAS/CUSTOMER_LIBRARY': '客户库扩容',
  'VAS/MASS_MESSAGES': '群发消息额度',
  'VAS/SMS': '短信额度',
  'VAS/BOT': '聊天机器人',
};

/** Simplified Chinese units of the value-added items, by their English unit. */
export const CATALOG_UNITS_ZH_CN: Readonly<Record<string, string>> = {
  '10,000 customers': '1 万个客户',
  '10,000 messages': '1 万条消息',
  '1,000 SMS': '1,000 条短信',
  '1 bot': '1 个机器人',
};

/** Subscription statuses in Simplified Chinese (the web client's words for them). */
const STATUSES_ZH_CN: Readonly<Record<string, string>> = {
  PENDING_ACTIVATION: '待开通',
  ACTIVE: '生效中',
  GRACE: '宽限期',
  RECYCLED: '已回收',
  SUSPENDED: '已暂停',
  TERMINATED: '已终止',
};

/** A catalogue name in `locale`; a product or plan without a Chinese name keeps its own. */
export function catalogName(name: CatalogName, locale: Locale): string {
  if (locale === 'en') return name.name;
  const code = name.plan === undefined ? name.product : `${name.product}/${name.plan}`;
  return CATALOG_NAMES_ZH_CN[code] ?? name.name;
}

/** A unit of a value-added item in `locale` ("1,000 SMS" → "1,000 条短信"). */
export function catalogUnit(unit: string, locale: Locale): string {
  return locale === 'en' ? unit : (CATALOG_UNITS_ZH_CN[unit] ?? unit);
}

/** A rule's one-line summary in `locale`. */
export function ruleSummary(id: RuleId, locale: Locale): string {
  return locale === 'en' ? RULES[id] : RULES_ZH_CN[id];
}

/**
 * The catalogue: per key, the English and the Simplified Chinese template. Templates receive
 * every parameter already rendered in their language (amounts as `¥1,234.50`, names translated).
 */
const CATALOGUE = {
  'line.seatsYears': {
    en: (p) =>
      `${plural(p.seats!, 'seat', 'seats')} × ${p.unitPrice} × ${plural(p.years!, 'year', 'years')}`,
    'zh-CN': (p) => `${p.seats} 个席位 × ${p.unitPrice} × ${p.years} 年`,
  },
  'line.planYears': {
    en: (p) => `${p.plan}: ${p.unitPrice} × ${plural(p.years!, 'year', 'years')}`,
    'zh-CN': (p) => `${p.plan}：${p.unitPrice} × ${p.years} 年`,
  },
  'line.seatsMonths': {
    en: (p) =>
      `${plural(p.seats!, 'seat', 'seats')} × ${p.unitPrice} × ${plural(p.months!, 'month', 'months')}`,
    'zh-CN': (p) => `${p.seats} 个席位 × ${p.unitPrice} × ${p.months} 个月`,
  },
  'line.freeSeats': {
    en: (p) => `${plural(p.seats!, 'seat', 'seats')} on a free plan`,
    'zh-CN': (p) => `免费套餐上的 ${p.seats} 个席位`,
  },
  'line.legacySeatsYears': {
    en: (p) =>
      `${plural(p.seats!, 'legacy seat', 'legacy seats')} × ${p.unitPrice} × ${plural(p.years!, 'year', 'years')}`,
    'zh-CN': (p) => `${p.seats} 个原有席位 × ${p.unitPrice} × ${p.years} 年`,
  },
  'line.valueAdded': {
    en: (p) => `${p.quantity} × ${p.plan}${p.unit === '' ? '' : ` (${p.unit})`} × ${p.unitPrice}`,
    'zh-CN': (p) =>
      `${p.quantity} × ${p.plan}${p.unit === '' ? '' : `（${p.unit}）`} × ${p.unitPrice}`,
  },
  'line.seatsMoved': {
    en: (p) =>
      `${plural(p.seats!, 'seat', 'seats')} moved from ${p.from} to ${p.to}, period end ${p.periodEnd} kept`,
    'zh-CN': (p) => `${p.seats} 个席位从 ${p.from} 转到 ${p.to}，保留服务期结束日 ${p.periodEnd}`,
  },
  'line.lateFee': {
    en: (p) =>
      `Late fee: ${p.unpaid} × ${p.rate} × ${plural(p.days!, 'day', 'days')} after ${p.dueOn}`,
    'zh-CN': (p) => `滞纳金：${p.unpaid} × ${p.rate} × ${p.dueOn} 之后 ${p.days} 天`,
  },
  'state.active': {
    en: (p) =>
      `Active through ${p.expiresOn} (period [${p.start}, ${p.end})${p.fm}); ${p.renewal} (R-LIFE-1)`,
    'zh-CN': (p) =>
      `生效至 ${p.expiresOn}（服务期 [${p.start}, ${p.end})${p.fm}）；${p.renewal}（R-LIFE-1）`,
  },
  'state.fmNote': {
    en: (p) => `, extended ${p.days} days for force majeure (R-FM-1)`,
    'zh-CN': (p) => `，因不可抗力顺延 ${p.days} 天（R-FM-1）`,
  },
  'state.none': { en: () => '', 'zh-CN': () => '' },
  'state.renewalOpensOn': {
    en: (p) => `renewal opens on ${p.date} (R-RENEW-1)`,
    'zh-CN': (p) => `续费窗口于 ${p.date} 开启（R-RENEW-1）`,
  },
  'state.renewalOpenSince': {
    en: (p) => `renewal open since ${p.date} (R-RENEW-1)`,
    'zh-CN': (p) => `续费窗口自 ${p.date} 起开启（R-RENEW-1）`,
  },
  'state.renewalsEnded': {
    en: (p) => `renewals ended on ${p.date} (R-CAT-4)`,
    'zh-CN': (p) => `续费已于 ${p.date} 停止（R-CAT-4）`,
  },
  'state.pendingWaiting': {
    en: (p) => `Pending activation: waiting for ${p.what} (R-OPEN-2)`,
    'zh-CN': (p) => `待开通：等待${p.what}（R-OPEN-2）`,
  },
  'state.missingPayment': { en: () => 'full payment', 'zh-CN': () => '全额付款' },
  'state.missingMaterials': { en: () => 'approved materials', 'zh-CN': () => '资质材料审核通过' },
  'state.missingBoth': {
    en: () => 'full payment and approved materials',
    'zh-CN': () => '全额付款和资质材料审核通过',
  },
  'state.pendingReady': {
    en: () => 'Pending activation: paid and approved, waiting to be activated (R-OPEN-2, R-OPEN-4)',
    'zh-CN': () => '待开通：已付款且材料已审核通过，等待开通（R-OPEN-2、R-OPEN-4）',
  },
  'transition.periodEnded': {
    en: (p) =>
      `${p.from} → ${p.to} on ${p.on}: the period ended unrenewed; grace until ${p.graceEndsOn} (R-LIFE-2)`,
    'zh-CN': (p) =>
      `${p.on}：${p.from} → ${p.to}，服务期结束未续费；宽限期至 ${p.graceEndsOn}（R-LIFE-2）`,
  },
  'transition.graceEnded': {
    en: (p) =>
      `${p.from} → ${p.to} on ${p.on}: grace ended on ${p.graceEndsOn} without renewal; number and service data released (R-LIFE-3)`,
    'zh-CN': (p) =>
      `${p.on}：${p.from} → ${p.to}，宽限期于 ${p.graceEndsOn} 结束仍未续费；企业号码释放，服务数据删除（R-LIFE-3）`,
  },
  'transition.productSunset': {
    en: (p) => `${p.from} → ${p.to} on ${p.on}: the product's service ends that day (R-CAT-4)`,
    'zh-CN': (p) => `${p.on}：${p.from} → ${p.to}，产品服务于当日终止（R-CAT-4）`,
  },
  'event.opened': {
    en: () => 'Opened: waits for full payment and approved materials before activation (R-OPEN-2)',
    'zh-CN': () => '已开立：全额付款且资质材料审核通过后开通（R-OPEN-2）',
  },
  'event.activated': {
    en: (p) =>
      `Activated ${p.on} for ${plural(p.years!, 'year', 'years')}: period [${p.start}, ${p.end}), expires on ${p.last} (R-OPEN-3)`,
    'zh-CN': (p) =>
      `${p.on} 开通，期限 ${p.years} 年：服务期 [${p.start}, ${p.end})，于 ${p.last} 到期（R-OPEN-3）`,
  },
  'event.activatedFree': {
    en: (p) =>
      `Activated ${p.on} on free plan ${p.plan}: no period end, active until left or terminated (R-OPEN-3, R-CAT-2)`,
    'zh-CN': (p) =>
      `${p.on} 开通免费套餐 ${p.plan}：无服务期结束日，直至退出或被终止（R-OPEN-3、R-CAT-2）`,
  },
  'event.activatedWithNumber': {
    en: (p) =>
      `Activated ${p.on} for ${plural(p.years!, 'year', 'years')}: period [${p.start}, ${p.end}), expires on ${p.last} (R-OPEN-3); enterprise number ${p.number} (R-OPEN-5${p.hotline ? ', R-NUM-2: hotline contract' : ''})`,
    'zh-CN': (p) =>
      `${p.on} 开通，期限 ${p.years} 年：服务期 [${p.start}, ${p.end})，于 ${p.last} 到期（R-OPEN-3）；企业号码 ${p.number}（R-OPEN-5${p.hotline ? '、R-NUM-2：热线合同' : ''}）`,
  },
  'reason.opening': {
    en: (p) =>
      `${p.line} = ${p.amount} (R-OPEN-1: price book ${p.book} in force on ${p.date}, ${p.basis})`,
    'zh-CN': (p) =>
      `${p.line} = ${p.amount}（R-OPEN-1：${p.date} 适用的价格表 ${p.book}，${p.basis}）`,
  },
  'basis.tier': {
    en: (p) => `tier ${p.min}–${p.max}`,
    'zh-CN': (p) => `阶梯 ${p.min}–${p.max}`,
  },
  'basis.tierOpen': { en: (p) => `tier ${p.min}+`, 'zh-CN': (p) => `阶梯 ${p.min}+` },
  'basis.flat': { en: () => 'flat price', 'zh-CN': () => '固定价' },
  'basis.free': { en: () => 'free plan', 'zh-CN': () => '免费套餐' },
  'basis.contract': { en: () => 'contract price', 'zh-CN': () => '合同价' },
  'refusal.seatLimit.add': {
    en: (p) =>
      `Adding ${plural(p.seats!, 'seat', 'seats')} to ${p.current} makes ${p.total}, above the plan's maximum of ${p.max}: add at most ${p.room} (R-SEAT-1, R-CAT-3)`,
    'zh-CN': (p) =>
      `在 ${p.current} 个席位上增加 ${p.seats} 个席位后共 ${p.total} 个，超过套餐上限 ${p.max} 个：最多可增加 ${p.room} 个（R-SEAT-1、R-CAT-3）`,
  },
  'refusal.addSeats.noPeriod': {
    en: () =>
      'Seats can be added only during a current paid period: renew the subscription with renewSubscription first (R-SEAT-1, R-SEAT-2)',
    'zh-CN': () => '只能在已付费的当前服务期内增加席位：请先续费该订阅（R-SEAT-1、R-SEAT-2）',
  },
  'refusal.sunset': {
    en: (p) =>
      `${p.product} takes no new purchases on or after ${p.date}: choose another product (R-CAT-4)`,
    'zh-CN': (p) => `${p.product} 自 ${p.date} 起不再受理新购买：请选择其他产品（R-CAT-4）`,
  },
  'refusal.balance': {
    en: (p) =>
      `the balance of ${p.balance} does not cover ${p.amount} (${p.short} short), and it can never go negative: top up the balance with topUpBalance first, or pay another way (R-PAY-4)`,
    'zh-CN': (p) =>
      `余额 ${p.balance} 不足以支付 ${p.amount}（差 ${p.short}），且余额不能为负：请先充值余额，或改用其他方式付款（R-PAY-4）`,
  },
  ...CALENDAR_MESSAGES,
  ...REFUND_MESSAGES,
  ...LEDGER_MESSAGES,
  ...CONTRACT_PRICE_MESSAGES,
  ...RENEWAL_MESSAGES,
  ...TOKEN_MESSAGES,
  ...VALUE_ADDED_MESSAGES,
  ...POSTPAID_MESSAGES,
  ...ORDER_CORRECTION_MESSAGES,
  ...API_REFUSAL_MESSAGES,
  ...CATALOG_MESSAGES,
  ...PRICING_REFUSAL_MESSAGES,
  ...CALENDAR_REFUSAL_MESSAGES,
  ...INVOICE_MESSAGES,
  ...LIFECYCLE_MESSAGES,
  ...NUMBER_MESSAGES,
  ...PAYMENT_REFUSAL_MESSAGES,
} as const satisfies Record<string, Record<Locale, Template>>;

export type MessageKey = keyof typeof CATALOGUE;

/** Every key of the catalogue (tests render each one in both languages). */
export const MESSAGE_KEYS = Object.keys(CATALOGUE) as MessageKey[];

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    Object.hasOwn(CATALOGUE, (value as { key: string }).key) &&
    typeof (value as { params?: unknown }).params === 'object'
  );
}

function renderParam(value: MessageParam, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  // cny, not formatCny: a quote renders several amounts, and cny builds them without regexes.
  if ('fen' in value) return cny(value.fen);
  if ('catalog' in value) return catalogName(value.catalog, locale);
  if ('unit' in value) return catalogUnit(value.unit, locale);
  if ('status' in value)
    return locale === 'en' ? value.status : (STATUSES_ZH_CN[value.status] ?? value.status);
  return renderMessage(value, locale);
}

/** `message` written in `locale`. */
export function renderMessage(message: Message, locale: Locale): string {
  const rendered: Record<string, string> = {};
  const params = message.params;
  // for…in, not Object.entries: no array of pairs per message (quotes render several each).
  for (const name in params) rendered[name] = renderParam(params[name]!, locale);
  const template: Template = CATALOGUE[message.key][locale];
  return template(rendered);
}

/** Shorthand for a message. */
export function msg(key: MessageKey, params: Readonly<Record<string, MessageParam>> = {}): Message {
  return { key, params };
}

/** An amount as a message parameter. */
export function fenParam(fen: Fen): { readonly fen: Fen } {
  return { fen };
}
