import {
  CATALOG_NAMES_ZH_CN,
  formatMoney,
  isMessage,
  renderMessage,
  type Fen,
  type Locale,
} from '@billing/domain';

/** How a value of an audit entry's change reads: the web client formats each kind. */
export type AuditValueKind = 'MONEY' | 'DATE' | 'DATE_TIME' | 'NUMBER' | 'BOOLEAN' | 'TEXT';

/** One field of an audit entry's change: its path, the kind of value, before → after as text. */
export interface AuditChangeView {
  readonly field: string;
  readonly kind: AuditValueKind;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * Fields holding integer fen (R-MONEY-1). The audit documents store money as integer fen under
 * these names (orders' `total`/`paid`/`refunded`, refunds' `amount`/`fee`, balances…).
 */
const MONEY_FIELDS = new Set([
  'amount',
  'fee',
  'paid',
  'refunded',
  'total',
  'balance',
  'orderRefunded',
  'unitPrice',
  'customUnitPrice',
  'lateFee',
  'issuedAmount',
  'correctedTotal',
  'credited',
  'payout',
]);

const BUSINESS_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Ids are not shown as changes: the entry links its object, and an encoded id says nothing. */
function isIdField(name: string): boolean {
  return name === 'id' || name.endsWith('Id') || name.endsWith('Ids');
}

type Leaf = { kind: AuditValueKind; text: string | null };

function leaf(name: string, value: unknown): Leaf {
  if (value === null || value === undefined) return { kind: 'TEXT', text: null };
  if (typeof value === 'number') {
    if (MONEY_FIELDS.has(name) && Number.isSafeInteger(value))
      return { kind: 'MONEY', text: formatMoney(value as Fen) };
    return { kind: 'NUMBER', text: String(value) };
  }
  if (typeof value === 'boolean') return { kind: 'BOOLEAN', text: String(value) };
  if (typeof value === 'string') {
    if (BUSINESS_DATE.test(value)) return { kind: 'DATE', text: value };
    if (INSTANT.test(value)) return { kind: 'DATE_TIME', text: new Date(value).toISOString() };
    return { kind: 'TEXT', text: value };
  }
  return { kind: 'TEXT', text: JSON.stringify(value) };
}

/**
 * A product or plan code of a document in Chinese (企业QQ, 会议企业版（合同价）), by the catalogue's
 * Chinese names; undefined for any other field or a code without a Chinese name. English keeps
 * the codes, which operators know.
 */
function catalogNameOf(fields: Record<string, unknown>, key: string): string | undefined {
  const product = fields.productCode;
  if (typeof product !== 'string') return undefined;
  if (key === 'productCode') return CATALOG_NAMES_ZH_CN[product];
  if (key === 'planCode' && typeof fields.planCode === 'string')
    return CATALOG_NAMES_ZH_CN[`${product}/${fields.planCode}`];
  return undefined;
}

/**
 * A stored document flattened to `path → value`: nested objects by dotted path (`payment.amount`),
 * lists of objects by position (`parts.1.amount`, counted from 1), lists of plain values joined
 * by ", " (rule ids). Id fields are left out.
 */
function flatten(
  document: unknown,
  locale: Locale,
  prefix = '',
  into = new Map<string, Leaf>(),
): Map<string, Leaf> {
  if (document === null || typeof document !== 'object') {
    if (prefix) into.set(prefix, leaf(prefix.split('.').pop()!, document));
    return into;
  }
  if (Array.isArray(document)) {
    if (document.every((item) => item === null || typeof item !== 'object')) {
      into.set(prefix || 'value', {
        kind: 'TEXT',
        text: document.length === 0 ? null : document.map((item) => String(item)).join(', '),
      });
      return into;
    }
    document.forEach((item, index) =>
      flatten(item, locale, prefix ? `${prefix}.${index + 1}` : String(index + 1), into),
    );
    return into;
  }
  const fields = document as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (isIdField(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    // A text stored with its message (`explanation` beside `explanationMessage`) reads in the
    // reader's language; the message itself is not a change of its own.
    if (key.endsWith('Message') && isMessage(value) && key.slice(0, -7) in fields) continue;
    const name = locale === 'en' ? undefined : catalogNameOf(fields, key);
    if (name !== undefined) {
      into.set(path, { kind: 'TEXT', text: name });
      continue;
    }
    const message = fields[`${key}Message`];
    if (typeof value === 'string' && isMessage(message)) {
      into.set(path, { kind: 'TEXT', text: renderMessage(message, locale) });
      continue;
    }
    flatten(value, locale, path, into);
  }
  return into;
}

/**
 * The change an audit entry records, as a readable list: every field whose value differs between
 * before and after, or that only one of them has, in the order the documents name them.
 * Money is in yuan with two decimals ("1234.50"), dates as `YYYY-MM-DD`, instants in ISO 8601.
 */
export function auditChanges(
  before: unknown,
  after: unknown,
  locale: Locale = 'en',
): AuditChangeView[] {
  const none = new Map<string, Leaf>();
  const was = before === null || before === undefined ? none : flatten(before, locale);
  const is = after === null || after === undefined ? none : flatten(after, locale);
  const fields = [...new Set([...was.keys(), ...is.keys()])];
  const changes: AuditChangeView[] = [];
  for (const field of fields) {
    const from = was.get(field) ?? null;
    const to = is.get(field) ?? null;
    if (from?.text === to?.text && from !== null && to !== null) continue;
    if ((from?.text ?? null) === null && (to?.text ?? null) === null) continue;
    const kind = to?.text != null ? to.kind : (from?.kind ?? 'TEXT');
    changes.push({ field, kind, before: from?.text ?? null, after: to?.text ?? null });
  }
  return changes;
}
