/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows `accounts`; every criterion given must match. */
export type AccountFilter = {
  /** Matches the name or verified name anywhere (case-insensitive, at most 100 characters). */
  search?: string | null | undefined;
  /** Accounts in this status. */
  status?: AccountStatus | null | undefined;
  /** Accounts living at this test clock. */
  testClockId?: string | number | null | undefined;
  /** true: only accounts living at a test clock; false: only live accounts (real time); omitted: both. */
  testMode?: boolean | null | undefined;
  /** E.g. PENDING: the verification review queue (R-OPEN-2). */
  verificationStatus?: VerificationStatus | null | undefined;
};

/** The order of `accounts`. */
export type AccountSort =
  /** By name (case-insensitive), A first. */
  | 'NAME_ASC'
  /** By name (case-insensitive), Z first. */
  | 'NAME_DESC'
  /** The latest created first. */
  | 'NEWEST_FIRST'
  /** The earliest created first. */
  | 'OLDEST_FIRST';

/** Whether the account may buy, set by its postpaid bills’ standing (R-PAY-5). */
export type AccountStatus =
  /** In good standing: may buy, renew and add seats. */
  | 'ACTIVE'
  /** A postpaid bill is 90 days overdue (R-PAY-5): the account can no longer buy, only settle what it owes. */
  | 'CLOSED'
  /** A postpaid bill is 30 days overdue (R-PAY-5): no purchases until no bill is that late; paying still works. */
  | 'SUSPENDED';

/** A paid subscription to activate (R-OPEN-2, R-OPEN-3). */
export type ActivateSubscriptionInput = {
  /** The subscription’s global id. */
  subscriptionId: string | number;
};

/** Seats to add to an active subscription (R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4). */
export type AddSeatsInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** Seats to add; the new total must respect the plan maximum (R-SEAT-1, R-CAT-3). */
  seats: number;
  /** The subscription’s global id. */
  subscriptionId: string | number;
};

/** Moves a test clock forward. */
export type AdvanceTestClockInput = {
  /** The test clock’s global id. */
  id: string | number;
  /** The new instant, later than the clock’s `frozenAt` (a clock never goes back). */
  to: string;
};

/** Where a token came from. */
export type ApiTokenKind =
  /** Issued with createApiToken. */
  | 'API'
  /** The installation’s first operator token (created at start-up or by rotateBootstrapToken). */
  | 'BOOTSTRAP';

/** Whether a token still signs in. */
export type ApiTokenStatus =
  /** Signs in. */
  | 'ACTIVE'
  /** Its expiry has passed: refused with 401. */
  | 'EXPIRED'
  /** Revoked: refused with 401. */
  | 'REVOKED';

/** Approves a requested refund: the decision is made again as of today (R-REF-REVIEW). */
export type ApproveRefundInput = {
  /** A note for the customer, if any. */
  note?: string | null | undefined;
  /** The refund’s global id. */
  refundId: string | number;
};

/** Approves an account’s pending materials (R-OPEN-2). */
export type ApproveVerificationInput = {
  /** The account whose materials are approved. */
  accountId: string | number;
};

/** How the values of an audit change read. */
export type AuditValueKind =
  /** "true" or "false". */
  | 'BOOLEAN'
  /** An Asia/Shanghai business date, `YYYY-MM-DD` (R-TIME-1). */
  | 'DATE'
  /** An instant in ISO 8601 (UTC). */
  | 'DATE_TIME'
  /** Yuan with exactly two decimals, e.g. "1234.50" (R-MONEY-1). */
  | 'MONEY'
  /** A count (seats, years, days…). */
  | 'NUMBER'
  /** Text as stored: a status or other code (e.g. "PAID"), a name, a note, or rule ids joined by ", ". */
  | 'TEXT';

/** A value-added service to buy (R-CAT-2). */
export type BuyValueAddedInput = {
  /** The account’s global id. */
  accountId: string | number;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The value-added item (product VAS): CUSTOMER_LIBRARY, MASS_MESSAGES, SMS, BOT. */
  planCode: string;
  /** Units of the item (its catalog unit, e.g. 1,000 SMS), 1 to 1,000. */
  quantity?: number;
};

/** An order to cancel before anything is paid on it. */
export type CancelOrderInput = {
  /** The order’s global id. */
  orderId: string | number;
};

/** What the customer meant to order, to re-price a wrong order (R-REF-DUPLICATE). */
export type CorrectOrderInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** What the customer meant to order, and how it was shown. */
  note: string;
  /** A paid NEW_SUBSCRIPTION or RENEWAL order. */
  orderId: string | number;
  /** The seats the customer meant (default: the order’s; a renewal keeps its seats). */
  seats?: number | null | undefined;
  /** The years the customer meant (default: the order’s). */
  years?: number | null | undefined;
};

/** A new customer account. */
export type CreateAccountInput = {
  /** The customer’s name, 1–200 characters. */
  name: string;
  /** Attach the account to a test clock: it lives at the clock’s time. */
  testClockId?: string | number | null | undefined;
};

/** A new API token. */
export type CreateApiTokenInput = {
  /** Required for customer roles; omitted for operators. */
  accountId?: string | number | null | undefined;
  /** When the token stops signing in (in the future); omitted: it does not expire. */
  expiresAt?: string | null | undefined;
  /** What the token is for, 1–100 characters (default: the role and the day it was created). */
  name?: string | null | undefined;
  /** What the token may do. */
  role: Role;
};

/** A new test clock. */
export type CreateTestClockInput = {
  /** The instant the clock starts frozen at, e.g. "2021-04-20T10:00:00+08:00". */
  frozenAt: string;
  /** A name to tell clocks apart. */
  name: string;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** The account whose events it receives. A customer administrator’s own account when left out; an operator who leaves it out creates an endpoint for every account’s events. */
  accountId?: string | number | null | undefined;
  /** What the endpoint is for (at most 200 characters). */
  description?: string | null | undefined;
  /** The event types to receive (e.g. ["order.paid"]); left out or empty: every type. */
  eventTypes?: Array<string> | null | undefined;
  /** Where to POST events: http or https, a public address (loopback, private and link-local addresses are refused unless the installation allows them). */
  url: string;
};

/** The currency of an amount. Every amount of the API is in Chinese yuan. */
export type Currency =
  /** Chinese yuan (renminbi); 1 yuan = 100 fen. */
  | 'CNY';

/** A contract price to end from a date (R-CAT-2). */
export type EndContractPriceInput = {
  /** The account whose contract price ends. */
  accountId: string | number;
  /** First day without a contract price (today or later; default today on the account’s clock). */
  endsOn?: string | null | undefined;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The contract-priced (CUSTOM) plan, e.g. "ENTERPRISE". */
  planCode: string;
  /** The product code, e.g. "MEETING". */
  productCode: string;
};

/** The order of a list of invoices. */
export type InvoiceSort =
  /** By amount, lowest first. */
  | 'AMOUNT_ASC'
  /** By amount, highest first. */
  | 'AMOUNT_DESC'
  /** The latest created first. */
  | 'NEWEST_FIRST'
  /** The earliest created first. */
  | 'OLDEST_FIRST'
  /** By request time, lowest first. */
  | 'REQUESTED_AT_ASC'
  /** By request time, highest first. */
  | 'REQUESTED_AT_DESC';

/** REVERSED: fully credited by red-letter notes after refunds (R-INV-3). */
export type InvoiceStatus =
  /** Issued with a fapiao number and date; its PDF is at `documentUrl`. */
  | 'ISSUED'
  /** Requested (or voided and requested again), waiting to be issued by `dueOn` (R-INV-2). */
  | 'REQUESTED'
  /** Fully credited by red-letter notes after refunds: nothing left invoiced (R-INV-3). */
  | 'REVERSED';

/** GENERAL: 增值税普通发票; SPECIAL_VAT: 增值税专用发票, needs the general-taxpayer certificate (R-INV-1). */
export type InvoiceType =
  /** A general VAT invoice (增值税普通发票), for any account. */
  | 'GENERAL'
  /** A special VAT invoice (增值税专用发票): only for an account holding the general-taxpayer certificate (R-INV-1). */
  | 'SPECIAL_VAT';

/** A requested invoice to issue with its fapiao (R-INV-2, R-INV-3). */
export type IssueInvoiceInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** A requested invoice. */
  invoiceId: string | number;
  /** The business date printed on the fapiao: not before the request, not after today on the account’s clock. */
  issuedOn: string;
  /** The fapiao number (发票号码): 8 digits (paper or classic e-fapiao) or 20 digits (fully digital fapiao); spaces and full-width digits are folded. Used once, voided or not. */
  number: string;
};

/** A month of postpaid usage to bill (R-PAY-5). */
export type IssuePostpaidBillInput = {
  /** The account’s global id. */
  accountId: string | number;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The usage lines; the bill’s amount is their sum. */
  lines: Array<PostpaidUsageLineInput>;
  /** The natural month billed, YYYY-MM (R-PAY-5). */
  month: string;
};

/** The order of the journal. */
export type JournalSort =
  /** By signed amount, lowest first. */
  | 'AMOUNT_ASC'
  /** By signed amount, highest first. */
  | 'AMOUNT_DESC'
  /** The latest created first. */
  | 'NEWEST_FIRST'
  /** The earliest created first. */
  | 'OLDEST_FIRST'
  /** By posting time, lowest first. */
  | 'POSTED_AT_ASC'
  /** By posting time, highest first. */
  | 'POSTED_AT_DESC';

/** A free-plan subscription to leave (R-CAT-2). */
export type LeaveFreePlanInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** A subscription of a free plan (R-CAT-2). */
  subscriptionId: string | number;
};

/** By creation: oldest first or newest first. */
export type ListOrder =
  /** The latest created first. */
  | 'NEWEST_FIRST'
  /** The earliest created first. */
  | 'OLDEST_FIRST';

/** A new subscription to order (R-OPEN-1). */
export type OpenSubscriptionInput = {
  /** The account’s global id. */
  accountId: string | number;
  /** EQQ only (R-NUM-2): the 10-digit 400/800 number of the customer’s hotline contract (separators allowed). Activation assigns it instead of a pool number, once the operator has seen the contract. */
  hotlineContractNumber?: string | null | undefined;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The plan (edition) of the product, e.g. "SEATS" (see `catalog`). */
  planCode: string;
  /** EQQ, QIDIAN, EXMAIL, MEETING */
  productCode: string;
  /** Seats to buy, within the plan’s minimum and maximum (R-CAT-3). */
  seats: number;
  /** 1 to 3 (R-OPEN-1). */
  years: number;
};

/** What an order buys. */
export type OrderKind =
  /** Seats added to an active subscription for the rest of its period, by the month (R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4). */
  | 'ADD_SEATS'
  /** A new subscription: seats × tier unit price × years (R-OPEN-1). */
  | 'NEW_SUBSCRIPTION'
  /** Another period from the previous period end (R-RENEW-2, R-RENEW-3). */
  | 'RENEWAL'
  /** An EQQ → Qidian upgrade (R-MIG-1, R-MIG-2, R-MIG-3, R-MIG-4). */
  | 'UPGRADE'
  /** A one-off value-added service (SMS packs…), non-refundable once paid (R-REF-NONREF). */
  | 'VALUE_ADDED';

/** Where an order stands, from payment to fulfilment or refund. */
export type OrderStatus =
  /** Not yet paid in full; partial payments accumulate (R-PAY-2). */
  | 'AWAITING_PAYMENT'
  /** Cancelled before any payment (`cancelOrder`). */
  | 'CANCELLED'
  /** Paid and delivered: seats added, period extended, service active. */
  | 'FULFILLED'
  /** Paid in full, not yet fulfilled (an opening waits for approved materials and activation, R-OPEN-2). */
  | 'PAID'
  /** Part of what was paid was refunded (R-REF-CAP). */
  | 'PARTIALLY_REFUNDED'
  /** Everything paid was refunded. */
  | 'REFUNDED';

/** A payment on an order (R-PAY-1, R-PAY-2, R-PAY-3, R-PAY-4). */
export type PayOrderInput = {
  /** The amount paid, e.g. "5000.00". */
  amount: string;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** How it is paid; BALANCE debits the prepaid balance (R-PAY-4). */
  method: PaymentMethod;
  /** The order’s global id. */
  orderId: string | number;
};

/** A payment of a postpaid bill in full (R-PAY-5). */
export type PayPostpaidBillInput = {
  /** Exactly the bill’s outstanding amount (usage + late fee so far). */
  amount: string;
  /** The postpaid bill’s global id. */
  billId: string | number;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** How it is paid; BALANCE debits the prepaid balance (R-PAY-4). */
  method: PaymentMethod;
};

/** Records the payout of an approved refund (R-REF-PAYOUT). */
export type PayRefundInput = {
  /** The refund’s global id. */
  refundId: string | number;
};

/** R-PAY-1: how a payment was made; a payment keeps its method, and refunds go back to it (R-REF-PAYOUT). */
export type PaymentMethod =
  /** Alipay, through the payment gateway. */
  | 'ALIPAY'
  /** The account’s prepaid balance, which never goes negative (R-PAY-4). */
  | 'BALANCE'
  /** A bank card, through the payment gateway. */
  | 'BANK_CARD'
  /** A Tencent wallet, through the payment gateway. */
  | 'TENCENT_WALLET'
  /** WeChat Pay, through the payment gateway. */
  | 'WECHAT_PAY';

/** What a payment paid for. */
export type PaymentPurpose =
  /** An order (`payOrder`). */
  | 'ORDER'
  /** A top-up of the prepaid balance (`topUpBalance`). */
  | 'TOP_UP';

/** Whether the money moved. */
export type PaymentStatus =
  /** Declined: nothing was taken. */
  | 'FAILED'
  /** The money was taken. */
  | 'SUCCEEDED';

/** R-PAY-5: ISSUED (not overdue), OVERDUE from the day after the due date, SUSPENDED at 30 days overdue, CLOSED at 90, PAID. */
export type PostpaidBillStatus =
  /** 90 days overdue: the account is closed and the late fee stops (R-PAY-5). */
  | 'CLOSED'
  /** Issued and not yet past its due date (the 15th). */
  | 'ISSUED'
  /** Unpaid after its due date: a late fee accrues daily (R-PAY-5). */
  | 'OVERDUE'
  /** Paid in full, late fee included. */
  | 'PAID'
  /** 30 days overdue: the account is suspended from buying until it pays (R-PAY-5). */
  | 'SUSPENDED';

/** One line of usage billed. */
export type PostpaidUsageLineInput = {
  /** The amount of the line, e.g. "60.00". */
  amount: string;
  /** What was used, e.g. "SMS: 1,200 messages". */
  description: string;
};

/** What a quote prices. */
export type QuoteAction =
  /** Seats added to a subscription for the rest of its period, by the month at the tier of the new total (R-SEAT-3, R-SEAT-4). */
  | 'ADD_SEATS'
  /** A new subscription: seats × tier unit price × years (R-OPEN-1). */
  | 'NEW_SUBSCRIPTION'
  /** A renewal from the current period end (R-RENEW-2, R-RENEW-3). */
  | 'RENEWAL'
  /** Units of a one-off value-added item (R-CAT-2). */
  | 'VALUE_ADDED';

/** A price preview request; which fields are needed depends on the action. */
export type QuoteInput = {
  /** NEW_SUBSCRIPTION and VALUE_ADDED: the account whose clock dates the quote and whose contract prices apply (customers: their own by default). */
  accountId?: string | number | null | undefined;
  /** What to price; it decides which other fields apply. */
  action: QuoteAction;
  /** The date to price on; default: today on the account’s clock (real today without an account). */
  asOf?: string | null | undefined;
  /** NEW_SUBSCRIPTION: the plan (edition); VALUE_ADDED: the item (CUSTOMER_LIBRARY, MASS_MESSAGES, SMS, BOT). */
  planCode?: string | null | undefined;
  /** NEW_SUBSCRIPTION: EQQ, QIDIAN, EXMAIL, MEETING. */
  productCode?: string | null | undefined;
  /** VALUE_ADDED: units of the item, 1 to 1,000 (default 1). */
  quantity?: number | null | undefined;
  /** NEW_SUBSCRIPTION: seats; ADD_SEATS: seats to add. */
  seats?: number | null | undefined;
  /** ADD_SEATS and RENEWAL: the subscription. */
  subscriptionId?: string | number | null | undefined;
  /** NEW_SUBSCRIPTION and RENEWAL: years. */
  years?: number | null | undefined;
};

/** Force majeure that suspended a subscription’s service (R-FM-1). */
export type RecordForceMajeureInput = {
  /** Natural days the force majeure suspended the service (1 or more). */
  days: number;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** What happened, recorded with the extension. */
  reason: string;
  /** The subscription’s global id. */
  subscriptionId: string | number;
};

/** What the product service reports as used; true marks it, false or absent leaves it. */
export type RecordServiceUsageInput = {
  /** true: an administrator mailbox was created (never undone). */
  adminCreated?: boolean | null | undefined;
  /** true: the mail domain was verified (never undone). */
  domainVerified?: boolean | null | undefined;
  /** true: a member mailbox was added (never undone). */
  memberAdded?: boolean | null | undefined;
  /** The subscription’s global id. */
  subscriptionId: string | number;
};

/** A refund claim to decide without requesting it (section 8). */
export type RefundPreviewInput = {
  /** Decide as of this date (default: today on the account’s clock). */
  asOf?: string | null | undefined;
  /** When the event the claim rests on happened (R-REF-WINDOW: Meeting claims within 48 hours; an outage: when it ended or passed 72 hours). */
  eventAt?: string | null | undefined;
  /** References to evidence (screenshots, tickets); needed for R-REF-DEFECT. */
  evidence?: Array<string> | null | undefined;
  /** The customer’s words, up to 2,000 characters. */
  note?: string | null | undefined;
  /** The order’s global id. */
  orderId: string | number;
  /** Longest consecutive platform outage, in hours (R-REF-OUTAGE: more than 72). */
  outageHours?: number | null | undefined;
  /** What the customer asks for; it decides which refund rules apply. */
  reason: RefundReason;
};

/** What the customer asks for: DUPLICATE_PAYMENT and ORDER_ERROR ask for excess money only; any other reason asks to end the service (section 8). */
export type RefundReason =
  /** Something is wrong with the account; decided by the refund rules like any claim. */
  | 'ACCOUNT_ANOMALY'
  /** Not activated within 5 working days of payment and approval (R-REF-ACTIVATION). */
  | 'ACTIVATION_OVERDUE'
  /** A payment beyond what the order needed: the excess back in full at any time (R-REF-DUPLICATE); the service goes on. */
  | 'DUPLICATE_PAYMENT'
  /** Paid but never put into use (Exmail, R-REF-UNUSED). */
  | 'NOT_ACTIVATED'
  /** No reason given: within 7 natural days of activation only (R-REF-7DAY). */
  | 'NO_REASON'
  /** The order was placed by mistake: only excess money is refunded; the service goes on. */
  | 'ORDER_ERROR'
  /** An outage over 72 consecutive hours: the unused part pro rata (R-REF-OUTAGE); give `outageHours` and `eventAt`. */
  | 'PLATFORM_OUTAGE'
  /** The service does not work as promised, with evidence (R-REF-DEFECT). */
  | 'SERVICE_DEFECT'
  /** The customer cancels during the term (Meeting): the unused part pro rata minus the fee (R-REF-CANCEL, R-REF-FEE). */
  | 'USER_CANCELLATION';

/** The order of a list of refunds. */
export type RefundSort =
  /** By gross amount, lowest first. */
  | 'AMOUNT_ASC'
  /** By gross amount, highest first. */
  | 'AMOUNT_DESC'
  /** The latest created first. */
  | 'NEWEST_FIRST'
  /** The earliest created first. */
  | 'OLDEST_FIRST'
  /** By request time, lowest first. */
  | 'REQUESTED_AT_ASC'
  /** By request time, highest first. */
  | 'REQUESTED_AT_DESC';

/** R-REF-REVIEW, R-REF-PAYOUT */
export type RefundStatus =
  /** Approved: paid back to the original methods by `payoutDueOn` (R-REF-PAYOUT). */
  | 'APPROVED'
  /** Paid back to the original payment methods. */
  | 'PAID'
  /** Rejected with a note; nothing is paid back. */
  | 'REJECTED'
  /** Waiting for an operator’s review by `reviewDueOn` (R-REF-REVIEW). */
  | 'REQUESTED';

/** Rejects a requested refund with a note (R-REF-REVIEW). */
export type RejectRefundInput = {
  /** Why: the customer reads it. */
  note: string;
  /** The refund’s global id. */
  refundId: string | number;
};

/** Rejects an account’s pending materials (R-OPEN-2). */
export type RejectVerificationInput = {
  /** The account whose materials are rejected. */
  accountId: string | number;
  /** Why, for the customer: shown as `Account.verificationNote`. */
  reason: string;
};

/** R-LIFE-4: when the renewal window opens, and 7 days before the period end. */
export type ReminderKind =
  /** 7 days before the period end. */
  | 'SEVEN_DAYS_BEFORE_END'
  /** The renewal window opened: 1 month before the period end (R-RENEW-1). */
  | 'WINDOW_OPENS';

/** Seats to remove at once, with no refund (R-SEAT-5). */
export type RemoveSeatsInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** Seats to remove (停用工号): effective at once, never refunded (R-SEAT-5). */
  seats: number;
  /** The subscription’s global id. */
  subscriptionId: string | number;
};

/** A renewal to order (R-RENEW-1, R-RENEW-2, R-RENEW-3). */
export type RenewSubscriptionInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The subscription’s global id. */
  subscriptionId: string | number;
  /** Years to add from the previous period end: EQQ exactly 1, others 1–3 (R-RENEW-2). */
  years?: number;
};

/** The invoice of one payment to request (R-INV-1, R-INV-2, R-INV-3). */
export type RequestInvoiceInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The payment to invoice: one invoice per payment (R-INV-3). */
  paymentId: string | number;
  /** Must equal the account’s verified enterprise name (R-INV-1). */
  title: string;
  /** GENERAL, or SPECIAL_VAT for a general taxpayer (R-INV-1). */
  type: InvoiceType;
};

/** A refund claim against one order (section 8). */
export type RequestRefundInput = {
  /** When the event the claim rests on happened (R-REF-WINDOW: Meeting claims within 48 hours; an outage: when it ended or passed 72 hours). */
  eventAt?: string | null | undefined;
  /** References to evidence (screenshots, tickets); needed for R-REF-DEFECT. */
  evidence?: Array<string> | null | undefined;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The customer’s words, up to 2,000 characters. */
  note?: string | null | undefined;
  /** The order’s global id. */
  orderId: string | number;
  /** Longest consecutive platform outage, in hours (R-REF-OUTAGE: more than 72). */
  outageHours?: number | null | undefined;
  /** What the customer asks for; it decides which refund rules apply. */
  reason: RefundReason;
};

/** An event to send to an endpoint again. */
export type ResendWebhookEventInput = {
  /** The endpoint’s global id. */
  endpointId: string | number;
  /** The billing event’s global id. */
  eventId: string | number;
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** The global id of the token (ApiToken.id). */
  id: string | number;
};

/** What a token may do: an operator runs billing, customers act on their own account. */
export type Role =
  /** An administrator of one account: reads it, buys, pays, requests refunds. */
  | 'CUSTOMER_ADMIN'
  /** A member of one account: reads it, changes nothing. */
  | 'CUSTOMER_MEMBER'
  /** Billing staff: every account, every operation. */
  | 'OPERATOR';

/** A rotation of the bootstrap operator token. */
export type RotateBootstrapTokenInput = {
  /** A key for this rotation (a UUID): a retry with the same key rotates nothing more and returns the same token without its secret. */
  idempotencyKey: string;
};

/** A new signing secret for an endpoint. */
export type RotateWebhookEndpointSecretInput = {
  /** The endpoint’s global id. */
  id: string | number;
  /** Hours the old secret still signs requests beside the new one (0–168, default 24), while receivers switch. */
  overlapHours?: number | null | undefined;
};

/** The endpoint to send a test event to. */
export type SendTestWebhookEventInput = {
  /** The endpoint’s global id. */
  endpointId: string | number;
};

/** A contract price to set or change from a date (R-CAT-2). */
export type SetContractPriceInput = {
  /** The account the price is agreed with. */
  accountId: string | number;
  /** First day of the new price, today or later; default today on the account’s clock. A later date changes the price from then on. */
  effectiveFrom?: string | null | undefined;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** A contract-priced (CUSTOM) plan, e.g. ENTERPRISE. */
  planCode: string;
  /** e.g. MEETING. */
  productCode: string;
  /** Price per seat per year, from 0.01 to 1,000,000.00 CNY (R-CAT-2, R-MONEY-1). */
  unitPrice: string;
};

/** Whether an account holds the general-taxpayer certificate. */
export type SetGeneralTaxpayerInput = {
  /** The account concerned. */
  accountId: string | number;
  /** The account has shown its general-taxpayer certificate (special VAT invoices, R-INV-1). */
  generalTaxpayer: boolean;
};

/** Qualification materials for review (R-OPEN-2). */
export type SubmitVerificationInput = {
  /** The account the materials are for. */
  accountId: string | number;
  /** References to the business licence, legal representative ID and contact. */
  documents: Array<string>;
  /** The enterprise name as on the business licence. */
  verifiedName: string;
};

/** Where a subscription stands in its lifecycle (R-LIFE-1, R-LIFE-2, R-LIFE-3, R-LIFE-4, R-LIFE-5, R-LIFE-6). */
export type SubscriptionStatus =
  /** In service: today is before the period end (R-LIFE-1). */
  | 'ACTIVE'
  /** The month after the period end: renewable, but no new sessions and no added seats (R-LIFE-2). */
  | 'GRACE'
  /** Opened, waiting for full payment, approved materials and activation (R-OPEN-2, R-OPEN-4). */
  | 'PENDING_ACTIVATION'
  /** Grace ended unrenewed: the number went back to the pool and the service data was deleted (R-LIFE-3). */
  | 'RECYCLED'
  /** Suspended for a violation or by force majeure: no entitlements (R-VIO-1, R-LIFE-5). */
  | 'SUSPENDED'
  /** Ended for good: refunded, terminated by an operator, left (a free plan) or replaced (R-LIFE-5). */
  | 'TERMINATED';

/** A written notice ending a subscription without cause (R-TERM-1). */
export type TerminateSubscriptionInput = {
  /** The day the agreement ends: at least 10 natural days after today (R-TERM-1). */
  effectiveOn: string;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The reason stated in the written notice. */
  reason: string;
  /** The subscription’s global id. */
  subscriptionId: string | number;
};

/** SCHEDULED until the effective date; EFFECTIVE once the subscription was terminated and refunded; LAPSED if it had already ended. */
export type TerminationNoticeStatus =
  /** Carried out: the subscription was terminated and the unused part refunded without fee (R-TERM-1). */
  | 'EFFECTIVE'
  /** The subscription had already ended by the effective date. */
  | 'LAPSED'
  /** Waiting for its effective date. */
  | 'SCHEDULED';

/** Money added to an account’s prepaid balance (R-PAY-4). */
export type TopUpBalanceInput = {
  /** The account’s global id. */
  accountId: string | number;
  /** The amount added to the balance, e.g. "3000.00". */
  amount: string;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** Any method but BALANCE. */
  method: PaymentMethod;
};

/** A change to a webhook endpoint: what is given changes. */
export type UpdateWebhookEndpointInput = {
  /** A new description. */
  description?: string | null | undefined;
  /** The event types to receive; empty: every type. */
  eventTypes?: Array<string> | null | undefined;
  /** The endpoint’s global id. */
  id: string | number;
  /** A new URL (checked as on creation). */
  url?: string | null | undefined;
};

/** An EQQ subscription to upgrade to Qidian (R-MIG-1, R-MIG-2). */
export type UpgradeSubscriptionInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The subscription’s global id. */
  subscriptionId: string | number;
  /** The product of the upgrade path: QIDIAN for EQQ (R-MIG-1). */
  toProductCode: string;
};

/** Why a business rule refused a request. Codes are stable. */
export type UserErrorCode =
  /** The payment already has its invoice: one invoice per payment (R-INV-3). */
  | 'ALREADY_INVOICED'
  /** A due date falls past the last year of the working-day calendar the API knows (R-TIME-3): no date is guessed. */
  | 'BEYOND_CALENDAR'
  /** The fapiao number was already used, voided or not (R-INV-3). */
  | 'FAPIAO_NUMBER_TAKEN'
  /** The idempotencyKey was already used for a different request; a retry of the same request answers as the first time did. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The prepaid balance does not cover the amount and never goes negative (R-PAY-4). */
  | 'INSUFFICIENT_BALANCE'
  /** An input value is malformed, out of range or missing; `field` names it. */
  | 'INVALID_INPUT'
  /** The object is not in a state that allows the request (e.g. adding seats in grace, R-LIFE-2). */
  | 'INVALID_STATE'
  /** An id names nothing the caller may see. */
  | 'NOT_FOUND'
  /** No refund rule allows the refund (R-REF-OTHERWISE, R-REF-NONREF…). */
  | 'NOT_REFUNDABLE'
  /** Too early or too late: outside the renewal window (R-RENEW-1) or a claim window (R-REF-WINDOW). */
  | 'OUTSIDE_WINDOW'
  /** The product is sunset: no purchases or renewals after its sunset day (R-CAT-4). */
  | 'PRODUCT_SUNSET'
  /** The seat count is outside the plan’s minimum and maximum (R-CAT-3, R-SEAT-1). */
  | 'SEAT_LIMIT'
  /** The invoice title is not the account’s verified enterprise name (R-INV-1). */
  | 'TITLE_MISMATCH';

/** Review of the qualification materials (R-OPEN-2). */
export type VerificationStatus =
  /** Approved: a paid subscription may be activated (R-OPEN-2). */
  | 'APPROVED'
  /** No materials yet (`submitVerification`). */
  | 'NOT_SUBMITTED'
  /** Submitted, waiting for an operator’s review. */
  | 'PENDING'
  /** Rejected with a note (`verificationNote`); may be submitted again. */
  | 'REJECTED';

/** A violation step or an upheld appeal for a subscription (R-VIO-1). */
export type ViolationInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** Recorded with the step (R-VIO-1); the customer reads it. */
  reason: string;
  /** The subscription’s global id. */
  subscriptionId: string | number;
};

/** R-VIO-1: warning → suspension → permanent ban. */
export type ViolationLevel =
  /** A third violation: banned for good, unless an appeal is upheld. */
  | 'BANNED'
  /** No violation on record (or every one was appealed away). */
  | 'NONE'
  /** A second violation: the service is suspended (R-VIO-1). */
  | 'SUSPENDED'
  /** A first violation: a warning; the service goes on. */
  | 'WARNING';

/** How a violation step moved the level (R-VIO-1). */
export type ViolationStepKind =
  /** An appeal upheld: one level back down. */
  | 'APPEAL_UPHELD'
  /** A violation recorded: one level up. */
  | 'ESCALATION';

/** An issued fapiao to void (作废) (R-INV-3). */
export type VoidInvoiceInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** An issued invoice. */
  invoiceId: string | number;
  /** Why the fapiao is voided (作废), 1–500 characters. */
  reason: string;
};

/** Where sending one event to one endpoint stands. */
export type WebhookDeliveryStatus =
  /** Given up after the last retry (about three days), or a test that failed. */
  | 'FAILED'
  /** To be sent, or to be retried at nextAttemptAt. */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** The endpoint to act on. */
export type WebhookEndpointIdInput = {
  /** The endpoint’s global id. */
  id: string | number;
};

/** Whether an endpoint receives events. */
export type WebhookEndpointStatus =
  /** Nothing is sent; events that happen meanwhile are not queued for it. Enabling it sends what was waiting when it was disabled. */
  | 'DISABLED'
  /** Events are sent to it. */
  | 'ENABLED';

export type AccountQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountQuery = { account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, invoices: { totalCount: number, edges: Array<{ cursor: string, node: { creditNoteUrl: string | null, creditedOn: string | null, daysOverdue: number, documentUrl: string | null, dueOn: string | null, dueReason: string, explanation: string, id: string, issuedAt: string | null, issuedOn: string | null, number: string | null, requestedAt: string, status: InvoiceStatus, title: string, type: InvoiceType, account: { id: string }, amount: { amount: string, currency: Currency }, credited: { amount: string, currency: Currency }, issuedAmount: { amount: string, currency: Currency } | null, payment: { id: string }, rules: Array<{ id: string, summary: string }>, voidedFapiaos: Array<{ issuedOn: string, number: string, reason: string, voidedAt: string, amount: { amount: string, currency: Currency } }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, orders: { totalCount: number, edges: Array<{ cursor: string, node: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { id: string }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ id: string }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }>, subscription: { id: string } | null, total: { amount: string, currency: Currency } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, payments: { totalCount: number, edges: Array<{ cursor: string, node: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, postpaidBills: { totalCount: number, edges: Array<{ cursor: string, node: { closesOn: string, daysOverdue: number, dueOn: string, explanation: string, id: string, issuedOn: string, lateFeeAssessedOn: string | null, lateFeeExplanation: string | null, method: PaymentMethod | null, month: string, paidAt: string | null, paidOn: string | null, periodEnd: string, periodStart: string, status: PostpaidBillStatus, suspendsOn: string, account: { id: string }, amount: { amount: string, currency: Currency }, lateFee: { amount: string, currency: Currency }, lateFeeLines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, refunds: { totalCount: number, edges: Array<{ cursor: string, node: { decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, subscriptionsConnection: { totalCount: number, edges: Array<{ cursor: string, node: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null };

export type AccountsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  filter?: AccountFilter | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  orderBy?: ListOrder | null | undefined;
  sort?: AccountSort | null | undefined;
}>;


export type AccountsQuery = { accounts: { totalCount: number, edges: Array<{ cursor: string, node: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ApiTokensQueryVariables = Exact<{
  accountId?: string | number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  orderBy?: ListOrder | null | undefined;
}>;


export type ApiTokensQuery = { apiTokens: { totalCount: number, edges: Array<{ cursor: string, node: { createdAt: string, expiresAt: string | null, id: string, kind: ApiTokenKind, lastUsedAt: string | null, name: string, revokedAt: string | null, role: Role, status: ApiTokenStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type AuditLogQueryVariables = Exact<{
  accountId?: string | number | null | undefined;
  action?: string | null | undefined;
  actor?: string | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  objectId?: string | number | null | undefined;
  objectType?: string | null | undefined;
  orderBy?: ListOrder | null | undefined;
  search?: string | null | undefined;
  testMode?: boolean | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { accountId: string | null, action: string, actorRole: string, actorTokenId: string | null, actorTokenName: string | null, after: string | null, before: string | null, id: string, objectId: string, objectType: string, occurredAt: string, requestId: string | null, actorAccount: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null, changes: Array<{ after: string | null, before: string | null, field: string, kind: AuditValueKind }>, object: { code: string | null, date: string | null, name: string | null, amount: { amount: string, currency: Currency } | null } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type BillingEventQueryVariables = Exact<{
  id: string | number;
}>;


export type BillingEventQuery = { billingEvent: { businessDate: string, data: unknown, id: string, objectId: string, objectType: string, occurredAt: string, testMode: boolean, type: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } } | null };

export type BillingEventsQueryVariables = Exact<{
  accountId?: string | number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  orderBy?: ListOrder | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type BillingEventsQuery = { billingEvents: { totalCount: number, edges: Array<{ cursor: string, node: { businessDate: string, data: unknown, id: string, objectId: string, objectType: string, occurredAt: string, testMode: boolean, type: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type CatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogQuery = { catalog: Array<{ code: string, name: string, oneOff: boolean, renewalsEndOn: string | null, serviceEndsOn: string | null, plans: Array<{ code: string, maxSeats: number | null, minSeats: number | null, name: string, unit: string | null, priceBooks: Array<{ effectiveFrom: string, id: string, model: string, flatAnnual: { amount: string, currency: Currency } | null, flatMonthly: { amount: string, currency: Currency } | null, oneOffPrice: { amount: string, currency: Currency } | null, tiers: Array<{ maxSeats: number | null, minSeats: number, annualUnitPrice: { amount: string, currency: Currency }, monthlyUnitPrice: { amount: string, currency: Currency } }> }> }>, upgrade: { promotionUpgradeBy: string, toPlanCode: string, toProductCode: string } | null }> };

export type DashboardQueryVariables = Exact<{
  testMode?: boolean;
}>;


export type DashboardQuery = { dashboard: { testMode: boolean, aboutToBeRecycled: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, inGrace: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, refundsByReason: Array<{ approvedCount: number, count: number, reason: string, amount: { amount: string, currency: Currency } }>, renewalsDue: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, revenueByMonth: Array<{ month: string, amount: { amount: string, currency: Currency }, gross: { amount: string, currency: Currency }, refunded: { amount: string, currency: Currency } }> } };

export type InvoicesQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  orderBy?: ListOrder | null | undefined;
  search?: string | null | undefined;
  sort?: InvoiceSort | null | undefined;
  status?: InvoiceStatus | null | undefined;
  testMode?: boolean | null | undefined;
}>;


export type InvoicesQuery = { invoices: { totalCount: number, edges: Array<{ cursor: string, node: { creditNoteUrl: string | null, creditedOn: string | null, daysOverdue: number, documentUrl: string | null, dueOn: string | null, dueReason: string, explanation: string, id: string, issuedAt: string | null, issuedOn: string | null, number: string | null, requestedAt: string, status: InvoiceStatus, title: string, type: InvoiceType, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, credited: { amount: string, currency: Currency }, issuedAmount: { amount: string, currency: Currency } | null, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, rules: Array<{ id: string, summary: string }>, voidedFapiaos: Array<{ issuedOn: string, number: string, reason: string, voidedAt: string, amount: { amount: string, currency: Currency } }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type JournalQueryVariables = Exact<{
  accountId?: string | number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  ledger?: string | null | undefined;
  orderBy?: ListOrder | null | undefined;
  search?: string | null | undefined;
  sort?: JournalSort | null | undefined;
  testMode?: boolean | null | undefined;
  transactionId?: string | null | undefined;
}>;


export type JournalQuery = { journal: { totalCount: number, edges: Array<{ cursor: string, node: { accountId: string | null, id: string, ledger: string, memo: string, postedAt: string, sourceType: string, transactionId: string, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'BillingEvent', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PostpaidBill', id: string }
    | { __typename: 'Refund', id: string }
    | { __typename: 'Subscription', id: string }
    | { __typename: 'TestClock', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, total: { amount: string, currency: Currency } } | null };

export type OverdueInvoicesQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  orderBy?: ListOrder | null | undefined;
  testMode?: boolean | null | undefined;
}>;


export type OverdueInvoicesQuery = { overdueInvoices: { totalCount: number, edges: Array<{ cursor: string, node: { creditNoteUrl: string | null, creditedOn: string | null, daysOverdue: number, documentUrl: string | null, dueOn: string | null, dueReason: string, explanation: string, id: string, issuedAt: string | null, issuedOn: string | null, number: string | null, requestedAt: string, status: InvoiceStatus, title: string, type: InvoiceType, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, credited: { amount: string, currency: Currency }, issuedAmount: { amount: string, currency: Currency } | null, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, rules: Array<{ id: string, summary: string }>, voidedFapiaos: Array<{ issuedOn: string, number: string, reason: string, voidedAt: string, amount: { amount: string, currency: Currency } }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type PostpaidBillQueryVariables = Exact<{
  id: string | number;
}>;


export type PostpaidBillQuery = { postpaidBill: { closesOn: string, daysOverdue: number, dueOn: string, explanation: string, id: string, issuedOn: string, lateFeeAssessedOn: string | null, lateFeeExplanation: string | null, method: PaymentMethod | null, month: string, paidAt: string | null, paidOn: string | null, periodEnd: string, periodStart: string, status: PostpaidBillStatus, suspendsOn: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, lateFee: { amount: string, currency: Currency }, lateFeeLines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }> } | null };

export type QuoteQueryVariables = Exact<{
  input: QuoteInput;
}>;


export type QuoteQuery = { quote: { action: QuoteAction, asOf: string, explanation: string, openEnded: boolean, periodEnd: string | null, periodStart: string | null, serviceEndsOn: string | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RefundQueryVariables = Exact<{
  id: string | number;
}>;


export type RefundQuery = { refund: { decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { id: string }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ id: string }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }>, subscription: { id: string } | null, total: { amount: string, currency: Currency } }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } } | null };

export type RefundPreviewQueryVariables = Exact<{
  input: RefundPreviewInput;
}>;


export type RefundPreviewQuery = { refundPreview: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RefundsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  orderBy?: ListOrder | null | undefined;
  search?: string | null | undefined;
  sort?: RefundSort | null | undefined;
  status?: RefundStatus | null | undefined;
  testMode?: boolean | null | undefined;
}>;


export type RefundsQuery = { refunds: { totalCount: number, edges: Array<{ cursor: string, node: { decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { id: string }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ id: string }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }>, subscription: { id: string } | null, total: { amount: string, currency: Currency } }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type SubscriptionQueryVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionQuery = { subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, historyConnection: { totalCount: number, edges: Array<{ cursor: string, node: { cause: string, effectiveOn: string, fromStatus: SubscriptionStatus | null, occurredAt: string, reason: string, toStatus: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, ordersConnection: { totalCount: number, edges: Array<{ cursor: string, node: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { id: string }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ id: string }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }>, subscription: { id: string } | null, total: { amount: string, currency: Currency } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null };

export type TestClocksQueryVariables = Exact<{ [key: string]: never; }>;


export type TestClocksQuery = { testClocks: Array<{ createdAt: string, frozenAt: string, id: string, name: string, today: string }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null } };

export type WebhookEndpointQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookEndpointQuery = { webhookEndpoint: { createdAt: string, description: string, disabledAt: string | null, disabledReason: string | null, eventTypes: Array<string>, failingSince: string | null, id: string, previousSecretExpiresAt: string | null, secretHint: string, status: WebhookEndpointStatus, updatedAt: string, url: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null, deliveries: { totalCount: number, edges: Array<{ cursor: string, node: { attempts: number, createdAt: string, deliveredAt: string | null, eventType: string, id: string, lastAttemptAt: string | null, lastError: string | null, lastStatusCode: number | null, latencyMs: number | null, nextAttemptAt: string | null, responseExcerpt: string | null, status: WebhookDeliveryStatus, event: { id: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } } | null };

export type WebhookEndpointsQueryVariables = Exact<{
  accountId?: string | number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  orderBy?: ListOrder | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: { totalCount: number, edges: Array<{ cursor: string, node: { createdAt: string, description: string, disabledAt: string | null, disabledReason: string | null, eventTypes: Array<string>, failingSince: string | null, id: string, previousSecretExpiresAt: string | null, secretHint: string, status: WebhookEndpointStatus, updatedAt: string, url: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ActivateSubscriptionMutationVariables = Exact<{
  input: ActivateSubscriptionInput;
}>;


export type ActivateSubscriptionMutation = { activateSubscription: { subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AddSeatsMutationVariables = Exact<{
  input: AddSeatsInput;
}>;


export type AddSeatsMutation = { addSeats: { order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, total: { amount: string, currency: Currency } } | null, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AdvanceTestClockMutationVariables = Exact<{
  input: AdvanceTestClockInput;
}>;


export type AdvanceTestClockMutation = { advanceTestClock: { testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ApproveRefundMutationVariables = Exact<{
  input: ApproveRefundInput;
}>;


export type ApproveRefundMutation = { approveRefund: { refund: { decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { id: string }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ id: string }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }>, subscription: { id: string } | null, total: { amount: string, currency: Currency } }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ApproveVerificationMutationVariables = Exact<{
  input: ApproveVerificationInput;
}>;


export type ApproveVerificationMutation = { approveVerification: { account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type BuyValueAddedMutationVariables = Exact<{
  input: BuyValueAddedInput;
}>;


export type BuyValueAddedMutation = { buyValueAdded: { order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, total: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { cancelOrder: { order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, total: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CorrectOrderMutationVariables = Exact<{
  input: CorrectOrderInput;
}>;


export type CorrectOrderMutation = { correctOrder: { order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, total: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { role: Role | null, token: string | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null, apiToken: { createdAt: string, expiresAt: string | null, id: string, kind: ApiTokenKind, lastUsedAt: string | null, name: string, revokedAt: string | null, role: Role, status: ApiTokenStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateTestClockMutationVariables = Exact<{
  input: CreateTestClockInput;
}>;


export type CreateTestClockMutation = { createTestClock: { testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { signingSecret: string | null, endpoint: { createdAt: string, description: string, disabledAt: string | null, disabledReason: string | null, eventTypes: Array<string>, failingSince: string | null, id: string, previousSecretExpiresAt: string | null, secretHint: string, status: WebhookEndpointStatus, updatedAt: string, url: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { deletedEndpointId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DisableWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type DisableWebhookEndpointMutation = { disableWebhookEndpoint: { endpoint: { createdAt: string, description: string, disabledAt: string | null, disabledReason: string | null, eventTypes: Array<string>, failingSince: string | null, id: string, previousSecretExpiresAt: string | null, secretHint: string, status: WebhookEndpointStatus, updatedAt: string, url: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EnableWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type EnableWebhookEndpointMutation = { enableWebhookEndpoint: { endpoint: { createdAt: string, description: string, disabledAt: string | null, disabledReason: string | null, eventTypes: Array<string>, failingSince: string | null, id: string, previousSecretExpiresAt: string | null, secretHint: string, status: WebhookEndpointStatus, updatedAt: string, url: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EndContractPriceMutationVariables = Exact<{
  input: EndContractPriceInput;
}>;


export type EndContractPriceMutation = { endContractPrice: { account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type IssueInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type IssueInvoiceMutation = { issueInvoice: { invoice: { creditNoteUrl: string | null, creditedOn: string | null, daysOverdue: number, documentUrl: string | null, dueOn: string | null, dueReason: string, explanation: string, id: string, issuedAt: string | null, issuedOn: string | null, number: string | null, requestedAt: string, status: InvoiceStatus, title: string, type: InvoiceType, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, credited: { amount: string, currency: Currency }, issuedAmount: { amount: string, currency: Currency } | null, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, rules: Array<{ id: string, summary: string }>, voidedFapiaos: Array<{ issuedOn: string, number: string, reason: string, voidedAt: string, amount: { amount: string, currency: Currency } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type IssuePostpaidBillMutationVariables = Exact<{
  input: IssuePostpaidBillInput;
}>;


export type IssuePostpaidBillMutation = { issuePostpaidBill: { postpaidBill: { closesOn: string, daysOverdue: number, dueOn: string, explanation: string, id: string, issuedOn: string, lateFeeAssessedOn: string | null, lateFeeExplanation: string | null, method: PaymentMethod | null, month: string, paidAt: string | null, paidOn: string | null, periodEnd: string, periodStart: string, status: PostpaidBillStatus, suspendsOn: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, lateFee: { amount: string, currency: Currency }, lateFeeLines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type LeaveFreePlanMutationVariables = Exact<{
  input: LeaveFreePlanInput;
}>;


export type LeaveFreePlanMutation = { leaveFreePlan: { subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type OpenSubscriptionMutationVariables = Exact<{
  input: OpenSubscriptionInput;
}>;


export type OpenSubscriptionMutation = { openSubscription: { order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, total: { amount: string, currency: Currency } } | null, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;


export type PayOrderMutation = { payOrder: { order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, total: { amount: string, currency: Currency } } | null, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { creditNoteUrl: string | null, creditedOn: string | null, daysOverdue: number, documentUrl: string | null, dueOn: string | null, dueReason: string, explanation: string, id: string, issuedAt: string | null, issuedOn: string | null, number: string | null, requestedAt: string, status: InvoiceStatus, title: string, type: InvoiceType, account: { id: string }, amount: { amount: string, currency: Currency }, credited: { amount: string, currency: Currency }, issuedAmount: { amount: string, currency: Currency } | null, payment: { id: string }, rules: Array<{ id: string, summary: string }>, voidedFapiaos: Array<{ issuedOn: string, number: string, reason: string, voidedAt: string, amount: { amount: string, currency: Currency } }> } | null, refunded: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PayPostpaidBillMutationVariables = Exact<{
  input: PayPostpaidBillInput;
}>;


export type PayPostpaidBillMutation = { payPostpaidBill: { postpaidBill: { closesOn: string, daysOverdue: number, dueOn: string, explanation: string, id: string, issuedOn: string, lateFeeAssessedOn: string | null, lateFeeExplanation: string | null, method: PaymentMethod | null, month: string, paidAt: string | null, paidOn: string | null, periodEnd: string, periodStart: string, status: PostpaidBillStatus, suspendsOn: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, lateFee: { amount: string, currency: Currency }, lateFeeLines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PayRefundMutationVariables = Exact<{
  input: PayRefundInput;
}>;


export type PayRefundMutation = { payRefund: { refund: { decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { id: string }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ id: string }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }>, subscription: { id: string } | null, total: { amount: string, currency: Currency } }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RecordForceMajeureMutationVariables = Exact<{
  input: RecordForceMajeureInput;
}>;


export type RecordForceMajeureMutation = { recordForceMajeure: { subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RecordServiceUsageMutationVariables = Exact<{
  input: RecordServiceUsageInput;
}>;


export type RecordServiceUsageMutation = { recordServiceUsage: { subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RecordViolationMutationVariables = Exact<{
  input: ViolationInput;
}>;


export type RecordViolationMutation = { recordViolation: { subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RejectRefundMutationVariables = Exact<{
  input: RejectRefundInput;
}>;


export type RejectRefundMutation = { rejectRefund: { refund: { decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { id: string }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ id: string }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }>, subscription: { id: string } | null, total: { amount: string, currency: Currency } }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RejectVerificationMutationVariables = Exact<{
  input: RejectVerificationInput;
}>;


export type RejectVerificationMutation = { rejectVerification: { account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RemoveSeatsMutationVariables = Exact<{
  input: RemoveSeatsInput;
}>;


export type RemoveSeatsMutation = { removeSeats: { subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RenewSubscriptionMutationVariables = Exact<{
  input: RenewSubscriptionInput;
}>;


export type RenewSubscriptionMutation = { renewSubscription: { order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, total: { amount: string, currency: Currency } } | null, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RequestInvoiceMutationVariables = Exact<{
  input: RequestInvoiceInput;
}>;


export type RequestInvoiceMutation = { requestInvoice: { invoice: { creditNoteUrl: string | null, creditedOn: string | null, daysOverdue: number, documentUrl: string | null, dueOn: string | null, dueReason: string, explanation: string, id: string, issuedAt: string | null, issuedOn: string | null, number: string | null, requestedAt: string, status: InvoiceStatus, title: string, type: InvoiceType, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, credited: { amount: string, currency: Currency }, issuedAmount: { amount: string, currency: Currency } | null, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, rules: Array<{ id: string, summary: string }>, voidedFapiaos: Array<{ issuedOn: string, number: string, reason: string, voidedAt: string, amount: { amount: string, currency: Currency } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RequestRefundMutationVariables = Exact<{
  input: RequestRefundInput;
}>;


export type RequestRefundMutation = { requestRefund: { refund: { decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { id: string }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ id: string }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }>, subscription: { id: string } | null, total: { amount: string, currency: Currency } }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ResendWebhookEventMutationVariables = Exact<{
  input: ResendWebhookEventInput;
}>;


export type ResendWebhookEventMutation = { resendWebhookEvent: { delivery: { attempts: number, createdAt: string, deliveredAt: string | null, eventType: string, id: string, lastAttemptAt: string | null, lastError: string | null, lastStatusCode: number | null, latencyMs: number | null, nextAttemptAt: string | null, responseExcerpt: string | null, status: WebhookDeliveryStatus, event: { businessDate: string, data: unknown, id: string, objectId: string, objectType: string, occurredAt: string, testMode: boolean, type: string, account: { id: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { createdAt: string, expiresAt: string | null, id: string, kind: ApiTokenKind, lastUsedAt: string | null, name: string, revokedAt: string | null, role: Role, status: ApiTokenStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RotateBootstrapTokenMutationVariables = Exact<{
  input: RotateBootstrapTokenInput;
}>;


export type RotateBootstrapTokenMutation = { rotateBootstrapToken: { replayed: boolean | null, token: string | null, apiToken: { createdAt: string, expiresAt: string | null, id: string, kind: ApiTokenKind, lastUsedAt: string | null, name: string, revokedAt: string | null, role: Role, status: ApiTokenStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RotateWebhookEndpointSecretMutationVariables = Exact<{
  input: RotateWebhookEndpointSecretInput;
}>;


export type RotateWebhookEndpointSecretMutation = { rotateWebhookEndpointSecret: { signingSecret: string | null, endpoint: { createdAt: string, description: string, disabledAt: string | null, disabledReason: string | null, eventTypes: Array<string>, failingSince: string | null, id: string, previousSecretExpiresAt: string | null, secretHint: string, status: WebhookEndpointStatus, updatedAt: string, url: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SendTestWebhookEventMutationVariables = Exact<{
  input: SendTestWebhookEventInput;
}>;


export type SendTestWebhookEventMutation = { sendTestWebhookEvent: { delivery: { attempts: number, createdAt: string, deliveredAt: string | null, eventType: string, id: string, lastAttemptAt: string | null, lastError: string | null, lastStatusCode: number | null, latencyMs: number | null, nextAttemptAt: string | null, responseExcerpt: string | null, status: WebhookDeliveryStatus, event: { businessDate: string, data: unknown, id: string, objectId: string, objectType: string, occurredAt: string, testMode: boolean, type: string, account: { id: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SetContractPriceMutationVariables = Exact<{
  input: SetContractPriceInput;
}>;


export type SetContractPriceMutation = { setContractPrice: { account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null, contractPrice: { effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SetGeneralTaxpayerMutationVariables = Exact<{
  input: SetGeneralTaxpayerInput;
}>;


export type SetGeneralTaxpayerMutation = { setGeneralTaxpayer: { account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SubmitVerificationMutationVariables = Exact<{
  input: SubmitVerificationInput;
}>;


export type SubmitVerificationMutation = { submitVerification: { account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TerminateSubscriptionMutationVariables = Exact<{
  input: TerminateSubscriptionInput;
}>;


export type TerminateSubscriptionMutation = { terminateSubscription: { subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { id: string }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ id: string }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }>, subscription: { id: string } | null, total: { amount: string, currency: Currency } }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TopUpBalanceMutationVariables = Exact<{
  input: TopUpBalanceInput;
}>;


export type TopUpBalanceMutation = { topUpBalance: { account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> }>, testClock: { createdAt: string, frozenAt: string, id: string, name: string, today: string } | null } | null, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { creditNoteUrl: string | null, creditedOn: string | null, daysOverdue: number, documentUrl: string | null, dueOn: string | null, dueReason: string, explanation: string, id: string, issuedAt: string | null, issuedOn: string | null, number: string | null, requestedAt: string, status: InvoiceStatus, title: string, type: InvoiceType, account: { id: string }, amount: { amount: string, currency: Currency }, credited: { amount: string, currency: Currency }, issuedAmount: { amount: string, currency: Currency } | null, payment: { id: string }, rules: Array<{ id: string, summary: string }>, voidedFapiaos: Array<{ issuedOn: string, number: string, reason: string, voidedAt: string, amount: { amount: string, currency: Currency } }> } | null, refunded: { amount: string, currency: Currency } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { endpoint: { createdAt: string, description: string, disabledAt: string | null, disabledReason: string | null, eventTypes: Array<string>, failingSince: string | null, id: string, previousSecretExpiresAt: string | null, secretHint: string, status: WebhookEndpointStatus, updatedAt: string, url: string, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpgradeSubscriptionMutationVariables = Exact<{
  input: UpgradeSubscriptionInput;
}>;


export type UpgradeSubscriptionMutation = { upgradeSubscription: { order: { createdAt: string, explanation: string, fulfilmentDueOn: string | null, id: string, kind: OrderKind, orderDate: string, paidOn: string | null, periodEnd: string | null, periodStart: string | null, seats: number | null, status: OrderStatus, years: number | null, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, correction: { correctedAt: string, correctedOn: string, explanation: string, note: string, previousPeriodEnd: string | null, seats: number | null, years: number | null, difference: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, total: { amount: string, currency: Currency } } | null, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, outstanding: { amount: string, currency: Currency }, paid: { amount: string, currency: Currency }, payments: Array<{ duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }>, refunded: { amount: string, currency: Currency }, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }>, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { id: string }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ id: string }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, total: { amount: string, currency: Currency } } | null, subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpholdAppealMutationVariables = Exact<{
  input: ViolationInput;
}>;


export type UpholdAppealMutation = { upholdAppeal: { subscription: { activatedOn: string | null, currentPeriodEnd: string | null, currentPeriodStart: string | null, daysLeft: number | null, enterpriseNumber: string | null, expiresOn: string | null, graceEndsOn: string | null, hotlineContractNumber: string | null, id: string, legacySeats: number, openEnded: boolean, openedOn: string, pendingSeats: number, renewalOpensOn: string | null, seats: number, status: SubscriptionStatus, statusReason: string, violationLevel: ViolationLevel, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, entitlements: { addSeats: boolean, initiateSessions: boolean, renew: boolean, service: boolean }, forceMajeure: { explanation: string, mayEnd: boolean, totalDays: number, events: Array<{ days: number, explanation: string, periodEndAfter: string, periodEndBefore: string, reason: string, recordedOn: string, rules: Array<{ id: string, summary: string }> }>, rules: Array<{ id: string, summary: string }> } | null, migration: { fromProductCode: string, legacySeats: number, promotion: boolean, upgradedOn: string, legacyUnitPrice: { amount: string, currency: Currency } } | null, nextTransition: { on: string, reason: string, to: SubscriptionStatus, rules: Array<{ id: string, summary: string }> } | null, plan: { code: string, name: string }, product: { code: string, maxRenewalYears: number, name: string, renewalsEndOn: string | null, serviceEndsOn: string | null }, reminders: Array<{ dueOn: string, kind: ReminderKind, message: string, periodEnd: string, sentAt: string, rules: Array<{ id: string, summary: string }> }>, serviceUsage: { adminCreated: boolean, domainVerified: boolean, inUse: boolean, memberAdded: boolean }, terminationNotice: { effectedAt: string | null, effectiveOn: string, noticedOn: string, outcome: string | null, reason: string, status: TerminationNoticeStatus, refunds: Array<{ decidedAt: string | null, decidedOn: string | null, decisionNote: string | null, eligible: boolean, evidence: Array<string>, id: string, method: PaymentMethod, note: string | null, paidAt: string | null, payoutDueOn: string | null, payoutDueReason: string | null, reason: RefundReason, requestedAt: string, requestedOn: string, reviewDueOn: string | null, reviewDueReason: string | null, status: RefundStatus, account: { id: string }, amount: { amount: string, currency: Currency }, decision: { asOf: string | null, eligible: boolean, endsSubscription: boolean, explanation: string, amount: { amount: string, currency: Currency }, considered: Array<{ applied: boolean, why: string, rule: { id: string, summary: string } }>, fee: { amount: string, currency: Currency }, lines: Array<{ description: string, months: number | null, quantity: number, amount: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, unitPrice: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency }, rules: Array<{ id: string, summary: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }, fee: { amount: string, currency: Currency }, order: { id: string }, parts: Array<{ method: PaymentMethod, reference: string | null, amount: { amount: string, currency: Currency }, payment: { id: string }, payout: { amount: string, currency: Currency } }>, payout: { amount: string, currency: Currency } }>, rules: Array<{ id: string, summary: string }> } | null, upgradeOffer: { promotion: boolean, promotionUpgradeBy: string, toPlanCode: string, toProductCode: string, rules: Array<{ id: string, summary: string }> } | null, violations: Array<{ fromLevel: ViolationLevel, kind: ViolationStepKind, level: ViolationLevel, on: string, reason: string, rules: Array<{ id: string, summary: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type VoidInvoiceMutationVariables = Exact<{
  input: VoidInvoiceInput;
}>;


export type VoidInvoiceMutation = { voidInvoice: { invoice: { creditNoteUrl: string | null, creditedOn: string | null, daysOverdue: number, documentUrl: string | null, dueOn: string | null, dueReason: string, explanation: string, id: string, issuedAt: string | null, issuedOn: string | null, number: string | null, requestedAt: string, status: InvoiceStatus, title: string, type: InvoiceType, account: { createdAt: string, generalTaxpayer: boolean, id: string, name: string, status: AccountStatus, verificationDocuments: Array<string>, verificationNote: string | null, verificationStatus: VerificationStatus, verifiedName: string | null, balance: { amount: string, currency: Currency }, contractPrices: Array<{ effectiveFrom: string, endsOn: string | null, inForce: boolean, planCode: string, productCode: string, unitPrice: { amount: string, currency: Currency } }>, subscriptions: Array<{ id: string }>, testClock: { id: string } | null }, amount: { amount: string, currency: Currency }, credited: { amount: string, currency: Currency }, issuedAmount: { amount: string, currency: Currency } | null, payment: { duplicate: boolean, id: string, method: PaymentMethod, paidAt: string, paidOn: string, providerReference: string | null, purpose: PaymentPurpose, status: PaymentStatus, amount: { amount: string, currency: Currency }, excess: { amount: string, currency: Currency }, invoice: { id: string } | null, refunded: { amount: string, currency: Currency } }, rules: Array<{ id: string, summary: string }>, voidedFapiaos: Array<{ issuedOn: string, number: string, reason: string, voidedAt: string, amount: { amount: string, currency: Currency } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AccountDocument = new TypedDocumentString(`
    query Account($id: ID!) {
  account(id: $id) {
    balance {
      amount
      currency
    }
    contractPrices {
      effectiveFrom
      endsOn
      inForce
      planCode
      productCode
      unitPrice {
        amount
        currency
      }
    }
    createdAt
    generalTaxpayer
    id
    invoices {
      edges {
        cursor
        node {
          account {
            id
          }
          amount {
            amount
            currency
          }
          creditNoteUrl
          credited {
            amount
            currency
          }
          creditedOn
          daysOverdue
          documentUrl
          dueOn
          dueReason
          explanation
          id
          issuedAmount {
            amount
            currency
          }
          issuedAt
          issuedOn
          number
          payment {
            id
          }
          requestedAt
          rules {
            id
            summary
          }
          status
          title
          type
          voidedFapiaos {
            amount {
              amount
              currency
            }
            issuedOn
            number
            reason
            voidedAt
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    name
    orders {
      edges {
        cursor
        node {
          account {
            id
          }
          correction {
            correctedAt
            correctedOn
            difference {
              amount
              currency
            }
            explanation
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            note
            previousPeriodEnd
            rules {
              id
              summary
            }
            seats
            total {
              amount
              currency
            }
            years
          }
          createdAt
          explanation
          fulfilmentDueOn
          id
          kind
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          orderDate
          outstanding {
            amount
            currency
          }
          paid {
            amount
            currency
          }
          paidOn
          payments {
            id
          }
          periodEnd
          periodStart
          refunded {
            amount
            currency
          }
          refunds {
            id
          }
          rules {
            id
            summary
          }
          seats
          status
          subscription {
            id
          }
          total {
            amount
            currency
          }
          years
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    payments {
      edges {
        cursor
        node {
          amount {
            amount
            currency
          }
          duplicate
          excess {
            amount
            currency
          }
          id
          invoice {
            id
          }
          method
          paidAt
          paidOn
          providerReference
          purpose
          refunded {
            amount
            currency
          }
          status
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    postpaidBills {
      edges {
        cursor
        node {
          account {
            id
          }
          amount {
            amount
            currency
          }
          closesOn
          daysOverdue
          dueOn
          explanation
          id
          issuedOn
          lateFee {
            amount
            currency
          }
          lateFeeAssessedOn
          lateFeeExplanation
          lateFeeLines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          method
          month
          outstanding {
            amount
            currency
          }
          paid {
            amount
            currency
          }
          paidAt
          paidOn
          periodEnd
          periodStart
          rules {
            id
            summary
          }
          status
          suspendsOn
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    refunds {
      edges {
        cursor
        node {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    status
    subscriptions {
      account {
        id
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          id
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    subscriptionsConnection {
      edges {
        cursor
        node {
          account {
            id
          }
          activatedOn
          currentPeriodEnd
          currentPeriodStart
          daysLeft
          enterpriseNumber
          entitlements {
            addSeats
            initiateSessions
            renew
            service
          }
          expiresOn
          forceMajeure {
            events {
              days
              explanation
              periodEndAfter
              periodEndBefore
              reason
              recordedOn
              rules {
                id
                summary
              }
            }
            explanation
            mayEnd
            rules {
              id
              summary
            }
            totalDays
          }
          graceEndsOn
          hotlineContractNumber
          id
          legacySeats
          migration {
            fromProductCode
            legacySeats
            legacyUnitPrice {
              amount
              currency
            }
            promotion
            upgradedOn
          }
          nextTransition {
            on
            reason
            rules {
              id
              summary
            }
            to
          }
          openEnded
          openedOn
          pendingSeats
          plan {
            code
            name
          }
          product {
            code
            maxRenewalYears
            name
            renewalsEndOn
            serviceEndsOn
          }
          reminders {
            dueOn
            kind
            message
            periodEnd
            rules {
              id
              summary
            }
            sentAt
          }
          renewalOpensOn
          seats
          serviceUsage {
            adminCreated
            domainVerified
            inUse
            memberAdded
          }
          status
          statusReason
          terminationNotice {
            effectedAt
            effectiveOn
            noticedOn
            outcome
            reason
            refunds {
              id
            }
            rules {
              id
              summary
            }
            status
          }
          upgradeOffer {
            promotion
            promotionUpgradeBy
            rules {
              id
              summary
            }
            toPlanCode
            toProductCode
          }
          violationLevel
          violations {
            fromLevel
            kind
            level
            on
            reason
            rules {
              id
              summary
            }
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    testClock {
      createdAt
      frozenAt
      id
      name
      today
    }
    verificationDocuments
    verificationNote
    verificationStatus
    verifiedName
  }
}
    `) as unknown as TypedDocumentString<AccountQuery, AccountQueryVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts($after: String, $before: String, $filter: AccountFilter, $first: Int, $last: Int, $orderBy: ListOrder, $sort: AccountSort) {
  accounts(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
    orderBy: $orderBy
    sort: $sort
  ) {
    edges {
      cursor
      node {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          account {
            id
          }
          activatedOn
          currentPeriodEnd
          currentPeriodStart
          daysLeft
          enterpriseNumber
          entitlements {
            addSeats
            initiateSessions
            renew
            service
          }
          expiresOn
          forceMajeure {
            events {
              days
              explanation
              periodEndAfter
              periodEndBefore
              reason
              recordedOn
              rules {
                id
                summary
              }
            }
            explanation
            mayEnd
            rules {
              id
              summary
            }
            totalDays
          }
          graceEndsOn
          hotlineContractNumber
          id
          legacySeats
          migration {
            fromProductCode
            legacySeats
            legacyUnitPrice {
              amount
              currency
            }
            promotion
            upgradedOn
          }
          nextTransition {
            on
            reason
            rules {
              id
              summary
            }
            to
          }
          openEnded
          openedOn
          pendingSeats
          plan {
            code
            name
          }
          product {
            code
            maxRenewalYears
            name
            renewalsEndOn
            serviceEndsOn
          }
          reminders {
            dueOn
            kind
            message
            periodEnd
            rules {
              id
              summary
            }
            sentAt
          }
          renewalOpensOn
          seats
          serviceUsage {
            adminCreated
            domainVerified
            inUse
            memberAdded
          }
          status
          statusReason
          terminationNotice {
            effectedAt
            effectiveOn
            noticedOn
            outcome
            reason
            refunds {
              id
            }
            rules {
              id
              summary
            }
            status
          }
          upgradeOffer {
            promotion
            promotionUpgradeBy
            rules {
              id
              summary
            }
            toPlanCode
            toProductCode
          }
          violationLevel
          violations {
            fromLevel
            kind
            level
            on
            reason
            rules {
              id
              summary
            }
          }
        }
        testClock {
          createdAt
          frozenAt
          id
          name
          today
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens($accountId: ID, $after: String, $before: String, $first: Int, $last: Int, $orderBy: ListOrder) {
  apiTokens(
    accountId: $accountId
    after: $after
    before: $before
    first: $first
    last: $last
    orderBy: $orderBy
  ) {
    edges {
      cursor
      node {
        account {
          balance {
            amount
            currency
          }
          contractPrices {
            effectiveFrom
            endsOn
            inForce
            planCode
            productCode
            unitPrice {
              amount
              currency
            }
          }
          createdAt
          generalTaxpayer
          id
          name
          status
          subscriptions {
            id
          }
          testClock {
            id
          }
          verificationDocuments
          verificationNote
          verificationStatus
          verifiedName
        }
        createdAt
        expiresAt
        id
        kind
        lastUsedAt
        name
        revokedAt
        role
        status
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($accountId: ID, $action: String, $actor: String, $after: String, $before: String, $first: Int, $last: Int, $objectId: ID, $objectType: String, $orderBy: ListOrder, $search: String, $testMode: Boolean) {
  auditLog(
    accountId: $accountId
    action: $action
    actor: $actor
    after: $after
    before: $before
    first: $first
    last: $last
    objectId: $objectId
    objectType: $objectType
    orderBy: $orderBy
    search: $search
    testMode: $testMode
  ) {
    edges {
      cursor
      node {
        accountId
        action
        actorAccount {
          balance {
            amount
            currency
          }
          contractPrices {
            effectiveFrom
            endsOn
            inForce
            planCode
            productCode
            unitPrice {
              amount
              currency
            }
          }
          createdAt
          generalTaxpayer
          id
          name
          status
          subscriptions {
            id
          }
          testClock {
            id
          }
          verificationDocuments
          verificationNote
          verificationStatus
          verifiedName
        }
        actorRole
        actorTokenId
        actorTokenName
        after
        before
        changes {
          after
          before
          field
          kind
        }
        id
        object {
          amount {
            amount
            currency
          }
          code
          date
          name
        }
        objectId
        objectType
        occurredAt
        requestId
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const BillingEventDocument = new TypedDocumentString(`
    query BillingEvent($id: ID!) {
  billingEvent(id: $id) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        id
      }
      testClock {
        id
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    businessDate
    data
    id
    objectId
    objectType
    occurredAt
    testMode
    type
  }
}
    `) as unknown as TypedDocumentString<BillingEventQuery, BillingEventQueryVariables>;
export const BillingEventsDocument = new TypedDocumentString(`
    query BillingEvents($accountId: ID, $after: String, $before: String, $first: Int, $last: Int, $orderBy: ListOrder, $types: [String!]) {
  billingEvents(
    accountId: $accountId
    after: $after
    before: $before
    first: $first
    last: $last
    orderBy: $orderBy
    types: $types
  ) {
    edges {
      cursor
      node {
        account {
          balance {
            amount
            currency
          }
          contractPrices {
            effectiveFrom
            endsOn
            inForce
            planCode
            productCode
            unitPrice {
              amount
              currency
            }
          }
          createdAt
          generalTaxpayer
          id
          name
          status
          subscriptions {
            id
          }
          testClock {
            id
          }
          verificationDocuments
          verificationNote
          verificationStatus
          verifiedName
        }
        businessDate
        data
        id
        objectId
        objectType
        occurredAt
        testMode
        type
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BillingEventsQuery, BillingEventsQueryVariables>;
export const CatalogDocument = new TypedDocumentString(`
    query Catalog {
  catalog {
    code
    name
    oneOff
    plans {
      code
      maxSeats
      minSeats
      name
      priceBooks {
        effectiveFrom
        flatAnnual {
          amount
          currency
        }
        flatMonthly {
          amount
          currency
        }
        id
        model
        oneOffPrice {
          amount
          currency
        }
        tiers {
          annualUnitPrice {
            amount
            currency
          }
          maxSeats
          minSeats
          monthlyUnitPrice {
            amount
            currency
          }
        }
      }
      unit
    }
    renewalsEndOn
    serviceEndsOn
    upgrade {
      promotionUpgradeBy
      toPlanCode
      toProductCode
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogQuery, CatalogQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($testMode: Boolean! = false) {
  dashboard(testMode: $testMode) {
    aboutToBeRecycled {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    inGrace {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    refundsByReason {
      amount {
        amount
        currency
      }
      approvedCount
      count
      reason
    }
    renewalsDue {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    revenueByMonth {
      amount {
        amount
        currency
      }
      gross {
        amount
        currency
      }
      month
      refunded {
        amount
        currency
      }
    }
    testMode
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const InvoicesDocument = new TypedDocumentString(`
    query Invoices($after: String, $before: String, $first: Int, $last: Int, $orderBy: ListOrder, $search: String, $sort: InvoiceSort, $status: InvoiceStatus, $testMode: Boolean) {
  invoices(
    after: $after
    before: $before
    first: $first
    last: $last
    orderBy: $orderBy
    search: $search
    sort: $sort
    status: $status
    testMode: $testMode
  ) {
    edges {
      cursor
      node {
        account {
          balance {
            amount
            currency
          }
          contractPrices {
            effectiveFrom
            endsOn
            inForce
            planCode
            productCode
            unitPrice {
              amount
              currency
            }
          }
          createdAt
          generalTaxpayer
          id
          name
          status
          subscriptions {
            id
          }
          testClock {
            id
          }
          verificationDocuments
          verificationNote
          verificationStatus
          verifiedName
        }
        amount {
          amount
          currency
        }
        creditNoteUrl
        credited {
          amount
          currency
        }
        creditedOn
        daysOverdue
        documentUrl
        dueOn
        dueReason
        explanation
        id
        issuedAmount {
          amount
          currency
        }
        issuedAt
        issuedOn
        number
        payment {
          amount {
            amount
            currency
          }
          duplicate
          excess {
            amount
            currency
          }
          id
          invoice {
            id
          }
          method
          paidAt
          paidOn
          providerReference
          purpose
          refunded {
            amount
            currency
          }
          status
        }
        requestedAt
        rules {
          id
          summary
        }
        status
        title
        type
        voidedFapiaos {
          amount {
            amount
            currency
          }
          issuedOn
          number
          reason
          voidedAt
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InvoicesQuery, InvoicesQueryVariables>;
export const JournalDocument = new TypedDocumentString(`
    query Journal($accountId: ID, $after: String, $before: String, $first: Int, $last: Int, $ledger: String, $orderBy: ListOrder, $search: String, $sort: JournalSort, $testMode: Boolean, $transactionId: String) {
  journal(
    accountId: $accountId
    after: $after
    before: $before
    first: $first
    last: $last
    ledger: $ledger
    orderBy: $orderBy
    search: $search
    sort: $sort
    testMode: $testMode
    transactionId: $transactionId
  ) {
    edges {
      cursor
      node {
        accountId
        amount {
          amount
          currency
        }
        id
        ledger
        memo
        postedAt
        rules {
          id
          summary
        }
        sourceType
        transactionId
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<JournalQuery, JournalQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID!) {
  order(id: $id) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        id
      }
      testClock {
        id
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    correction {
      correctedAt
      correctedOn
      difference {
        amount
        currency
      }
      explanation
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      note
      previousPeriodEnd
      rules {
        id
        summary
      }
      seats
      total {
        amount
        currency
      }
      years
    }
    createdAt
    explanation
    fulfilmentDueOn
    id
    kind
    lines {
      amount {
        amount
        currency
      }
      description
      months
      quantity
      rules {
        id
        summary
      }
      unitPrice {
        amount
        currency
      }
    }
    orderDate
    outstanding {
      amount
      currency
    }
    paid {
      amount
      currency
    }
    paidOn
    payments {
      amount {
        amount
        currency
      }
      duplicate
      excess {
        amount
        currency
      }
      id
      invoice {
        id
      }
      method
      paidAt
      paidOn
      providerReference
      purpose
      refunded {
        amount
        currency
      }
      status
    }
    periodEnd
    periodStart
    refunded {
      amount
      currency
    }
    refunds {
      account {
        id
      }
      amount {
        amount
        currency
      }
      decidedAt
      decidedOn
      decision {
        amount {
          amount
          currency
        }
        asOf
        considered {
          applied
          rule {
            id
            summary
          }
          why
        }
        eligible
        endsSubscription
        explanation
        fee {
          amount
          currency
        }
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        payout {
          amount
          currency
        }
        rules {
          id
          summary
        }
        userErrors {
          code
          field
          message
        }
      }
      decisionNote
      eligible
      evidence
      fee {
        amount
        currency
      }
      id
      method
      note
      order {
        id
      }
      paidAt
      parts {
        amount {
          amount
          currency
        }
        method
        payment {
          id
        }
        payout {
          amount
          currency
        }
        reference
      }
      payout {
        amount
        currency
      }
      payoutDueOn
      payoutDueReason
      reason
      requestedAt
      requestedOn
      reviewDueOn
      reviewDueReason
      status
    }
    rules {
      id
      summary
    }
    seats
    status
    subscription {
      account {
        id
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          id
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    total {
      amount
      currency
    }
    years
  }
}
    `) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const OverdueInvoicesDocument = new TypedDocumentString(`
    query OverdueInvoices($after: String, $before: String, $first: Int, $last: Int, $orderBy: ListOrder, $testMode: Boolean) {
  overdueInvoices(
    after: $after
    before: $before
    first: $first
    last: $last
    orderBy: $orderBy
    testMode: $testMode
  ) {
    edges {
      cursor
      node {
        account {
          balance {
            amount
            currency
          }
          contractPrices {
            effectiveFrom
            endsOn
            inForce
            planCode
            productCode
            unitPrice {
              amount
              currency
            }
          }
          createdAt
          generalTaxpayer
          id
          name
          status
          subscriptions {
            id
          }
          testClock {
            id
          }
          verificationDocuments
          verificationNote
          verificationStatus
          verifiedName
        }
        amount {
          amount
          currency
        }
        creditNoteUrl
        credited {
          amount
          currency
        }
        creditedOn
        daysOverdue
        documentUrl
        dueOn
        dueReason
        explanation
        id
        issuedAmount {
          amount
          currency
        }
        issuedAt
        issuedOn
        number
        payment {
          amount {
            amount
            currency
          }
          duplicate
          excess {
            amount
            currency
          }
          id
          invoice {
            id
          }
          method
          paidAt
          paidOn
          providerReference
          purpose
          refunded {
            amount
            currency
          }
          status
        }
        requestedAt
        rules {
          id
          summary
        }
        status
        title
        type
        voidedFapiaos {
          amount {
            amount
            currency
          }
          issuedOn
          number
          reason
          voidedAt
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OverdueInvoicesQuery, OverdueInvoicesQueryVariables>;
export const PostpaidBillDocument = new TypedDocumentString(`
    query PostpaidBill($id: ID!) {
  postpaidBill(id: $id) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        id
      }
      testClock {
        id
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    amount {
      amount
      currency
    }
    closesOn
    daysOverdue
    dueOn
    explanation
    id
    issuedOn
    lateFee {
      amount
      currency
    }
    lateFeeAssessedOn
    lateFeeExplanation
    lateFeeLines {
      amount {
        amount
        currency
      }
      description
      months
      quantity
      rules {
        id
        summary
      }
      unitPrice {
        amount
        currency
      }
    }
    lines {
      amount {
        amount
        currency
      }
      description
      months
      quantity
      rules {
        id
        summary
      }
      unitPrice {
        amount
        currency
      }
    }
    method
    month
    outstanding {
      amount
      currency
    }
    paid {
      amount
      currency
    }
    paidAt
    paidOn
    periodEnd
    periodStart
    rules {
      id
      summary
    }
    status
    suspendsOn
  }
}
    `) as unknown as TypedDocumentString<PostpaidBillQuery, PostpaidBillQueryVariables>;
export const QuoteDocument = new TypedDocumentString(`
    query Quote($input: QuoteInput!) {
  quote(input: $input) {
    action
    asOf
    explanation
    lines {
      amount {
        amount
        currency
      }
      description
      months
      quantity
      rules {
        id
        summary
      }
      unitPrice {
        amount
        currency
      }
    }
    openEnded
    periodEnd
    periodStart
    rules {
      id
      summary
    }
    serviceEndsOn
    total {
      amount
      currency
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<QuoteQuery, QuoteQueryVariables>;
export const RefundDocument = new TypedDocumentString(`
    query Refund($id: ID!) {
  refund(id: $id) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        id
      }
      testClock {
        id
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    amount {
      amount
      currency
    }
    decidedAt
    decidedOn
    decision {
      amount {
        amount
        currency
      }
      asOf
      considered {
        applied
        rule {
          id
          summary
        }
        why
      }
      eligible
      endsSubscription
      explanation
      fee {
        amount
        currency
      }
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      payout {
        amount
        currency
      }
      rules {
        id
        summary
      }
      userErrors {
        code
        field
        message
      }
    }
    decisionNote
    eligible
    evidence
    fee {
      amount
      currency
    }
    id
    method
    note
    order {
      account {
        id
      }
      correction {
        correctedAt
        correctedOn
        difference {
          amount
          currency
        }
        explanation
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        note
        previousPeriodEnd
        rules {
          id
          summary
        }
        seats
        total {
          amount
          currency
        }
        years
      }
      createdAt
      explanation
      fulfilmentDueOn
      id
      kind
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      orderDate
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidOn
      payments {
        id
      }
      periodEnd
      periodStart
      refunded {
        amount
        currency
      }
      refunds {
        id
      }
      rules {
        id
        summary
      }
      seats
      status
      subscription {
        id
      }
      total {
        amount
        currency
      }
      years
    }
    paidAt
    parts {
      amount {
        amount
        currency
      }
      method
      payment {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      payout {
        amount
        currency
      }
      reference
    }
    payout {
      amount
      currency
    }
    payoutDueOn
    payoutDueReason
    reason
    requestedAt
    requestedOn
    reviewDueOn
    reviewDueReason
    status
  }
}
    `) as unknown as TypedDocumentString<RefundQuery, RefundQueryVariables>;
export const RefundPreviewDocument = new TypedDocumentString(`
    query RefundPreview($input: RefundPreviewInput!) {
  refundPreview(input: $input) {
    amount {
      amount
      currency
    }
    asOf
    considered {
      applied
      rule {
        id
        summary
      }
      why
    }
    eligible
    endsSubscription
    explanation
    fee {
      amount
      currency
    }
    lines {
      amount {
        amount
        currency
      }
      description
      months
      quantity
      rules {
        id
        summary
      }
      unitPrice {
        amount
        currency
      }
    }
    payout {
      amount
      currency
    }
    rules {
      id
      summary
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RefundPreviewQuery, RefundPreviewQueryVariables>;
export const RefundsDocument = new TypedDocumentString(`
    query Refunds($after: String, $before: String, $first: Int, $last: Int, $orderBy: ListOrder, $search: String, $sort: RefundSort, $status: RefundStatus, $testMode: Boolean) {
  refunds(
    after: $after
    before: $before
    first: $first
    last: $last
    orderBy: $orderBy
    search: $search
    sort: $sort
    status: $status
    testMode: $testMode
  ) {
    edges {
      cursor
      node {
        account {
          balance {
            amount
            currency
          }
          contractPrices {
            effectiveFrom
            endsOn
            inForce
            planCode
            productCode
            unitPrice {
              amount
              currency
            }
          }
          createdAt
          generalTaxpayer
          id
          name
          status
          subscriptions {
            id
          }
          testClock {
            id
          }
          verificationDocuments
          verificationNote
          verificationStatus
          verifiedName
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          account {
            id
          }
          correction {
            correctedAt
            correctedOn
            difference {
              amount
              currency
            }
            explanation
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            note
            previousPeriodEnd
            rules {
              id
              summary
            }
            seats
            total {
              amount
              currency
            }
            years
          }
          createdAt
          explanation
          fulfilmentDueOn
          id
          kind
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          orderDate
          outstanding {
            amount
            currency
          }
          paid {
            amount
            currency
          }
          paidOn
          payments {
            id
          }
          periodEnd
          periodStart
          refunded {
            amount
            currency
          }
          refunds {
            id
          }
          rules {
            id
            summary
          }
          seats
          status
          subscription {
            id
          }
          total {
            amount
            currency
          }
          years
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            amount {
              amount
              currency
            }
            duplicate
            excess {
              amount
              currency
            }
            id
            invoice {
              id
            }
            method
            paidAt
            paidOn
            providerReference
            purpose
            refunded {
              amount
              currency
            }
            status
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RefundsQuery, RefundsQueryVariables>;
export const SubscriptionDocument = new TypedDocumentString(`
    query Subscription($id: ID!) {
  subscription(id: $id) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        id
      }
      testClock {
        id
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    activatedOn
    currentPeriodEnd
    currentPeriodStart
    daysLeft
    enterpriseNumber
    entitlements {
      addSeats
      initiateSessions
      renew
      service
    }
    expiresOn
    forceMajeure {
      events {
        days
        explanation
        periodEndAfter
        periodEndBefore
        reason
        recordedOn
        rules {
          id
          summary
        }
      }
      explanation
      mayEnd
      rules {
        id
        summary
      }
      totalDays
    }
    graceEndsOn
    historyConnection {
      edges {
        cursor
        node {
          cause
          effectiveOn
          fromStatus
          occurredAt
          reason
          rules {
            id
            summary
          }
          toStatus
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    hotlineContractNumber
    id
    legacySeats
    migration {
      fromProductCode
      legacySeats
      legacyUnitPrice {
        amount
        currency
      }
      promotion
      upgradedOn
    }
    nextTransition {
      on
      reason
      rules {
        id
        summary
      }
      to
    }
    openEnded
    openedOn
    ordersConnection {
      edges {
        cursor
        node {
          account {
            id
          }
          correction {
            correctedAt
            correctedOn
            difference {
              amount
              currency
            }
            explanation
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            note
            previousPeriodEnd
            rules {
              id
              summary
            }
            seats
            total {
              amount
              currency
            }
            years
          }
          createdAt
          explanation
          fulfilmentDueOn
          id
          kind
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          orderDate
          outstanding {
            amount
            currency
          }
          paid {
            amount
            currency
          }
          paidOn
          payments {
            id
          }
          periodEnd
          periodStart
          refunded {
            amount
            currency
          }
          refunds {
            id
          }
          rules {
            id
            summary
          }
          seats
          status
          subscription {
            id
          }
          total {
            amount
            currency
          }
          years
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    pendingSeats
    plan {
      code
      name
    }
    product {
      code
      maxRenewalYears
      name
      renewalsEndOn
      serviceEndsOn
    }
    reminders {
      dueOn
      kind
      message
      periodEnd
      rules {
        id
        summary
      }
      sentAt
    }
    renewalOpensOn
    seats
    serviceUsage {
      adminCreated
      domainVerified
      inUse
      memberAdded
    }
    status
    statusReason
    terminationNotice {
      effectedAt
      effectiveOn
      noticedOn
      outcome
      reason
      refunds {
        account {
          id
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          id
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            id
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      status
    }
    upgradeOffer {
      promotion
      promotionUpgradeBy
      rules {
        id
        summary
      }
      toPlanCode
      toProductCode
    }
    violationLevel
    violations {
      fromLevel
      kind
      level
      on
      reason
      rules {
        id
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionQuery, SubscriptionQueryVariables>;
export const TestClocksDocument = new TypedDocumentString(`
    query TestClocks {
  testClocks {
    createdAt
    frozenAt
    id
    name
    today
  }
}
    `) as unknown as TypedDocumentString<TestClocksQuery, TestClocksQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    role
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const WebhookEndpointDocument = new TypedDocumentString(`
    query WebhookEndpoint($id: ID!) {
  webhookEndpoint(id: $id) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        id
      }
      testClock {
        id
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    createdAt
    deliveries {
      edges {
        cursor
        node {
          attempts
          createdAt
          deliveredAt
          event {
            id
          }
          eventType
          id
          lastAttemptAt
          lastError
          lastStatusCode
          latencyMs
          nextAttemptAt
          responseExcerpt
          status
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    description
    disabledAt
    disabledReason
    eventTypes
    failingSince
    id
    previousSecretExpiresAt
    secretHint
    status
    updatedAt
    url
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints($accountId: ID, $after: String, $before: String, $first: Int, $last: Int, $orderBy: ListOrder) {
  webhookEndpoints(
    accountId: $accountId
    after: $after
    before: $before
    first: $first
    last: $last
    orderBy: $orderBy
  ) {
    edges {
      cursor
      node {
        account {
          balance {
            amount
            currency
          }
          contractPrices {
            effectiveFrom
            endsOn
            inForce
            planCode
            productCode
            unitPrice {
              amount
              currency
            }
          }
          createdAt
          generalTaxpayer
          id
          name
          status
          subscriptions {
            id
          }
          testClock {
            id
          }
          verificationDocuments
          verificationNote
          verificationStatus
          verifiedName
        }
        createdAt
        description
        disabledAt
        disabledReason
        eventTypes
        failingSince
        id
        previousSecretExpiresAt
        secretHint
        status
        updatedAt
        url
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const ActivateSubscriptionDocument = new TypedDocumentString(`
    mutation ActivateSubscription($input: ActivateSubscriptionInput!) {
  activateSubscription(input: $input) {
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ActivateSubscriptionMutation, ActivateSubscriptionMutationVariables>;
export const AddSeatsDocument = new TypedDocumentString(`
    mutation AddSeats($input: AddSeatsInput!) {
  addSeats(input: $input) {
    order {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      correction {
        correctedAt
        correctedOn
        difference {
          amount
          currency
        }
        explanation
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        note
        previousPeriodEnd
        rules {
          id
          summary
        }
        seats
        total {
          amount
          currency
        }
        years
      }
      createdAt
      explanation
      fulfilmentDueOn
      id
      kind
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      orderDate
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidOn
      payments {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      periodEnd
      periodStart
      refunded {
        amount
        currency
      }
      refunds {
        account {
          id
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          id
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            id
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      seats
      status
      subscription {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      total {
        amount
        currency
      }
      years
    }
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AddSeatsMutation, AddSeatsMutationVariables>;
export const AdvanceTestClockDocument = new TypedDocumentString(`
    mutation AdvanceTestClock($input: AdvanceTestClockInput!) {
  advanceTestClock(input: $input) {
    testClock {
      createdAt
      frozenAt
      id
      name
      today
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AdvanceTestClockMutation, AdvanceTestClockMutationVariables>;
export const ApproveRefundDocument = new TypedDocumentString(`
    mutation ApproveRefund($input: ApproveRefundInput!) {
  approveRefund(input: $input) {
    refund {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      amount {
        amount
        currency
      }
      decidedAt
      decidedOn
      decision {
        amount {
          amount
          currency
        }
        asOf
        considered {
          applied
          rule {
            id
            summary
          }
          why
        }
        eligible
        endsSubscription
        explanation
        fee {
          amount
          currency
        }
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        payout {
          amount
          currency
        }
        rules {
          id
          summary
        }
        userErrors {
          code
          field
          message
        }
      }
      decisionNote
      eligible
      evidence
      fee {
        amount
        currency
      }
      id
      method
      note
      order {
        account {
          id
        }
        correction {
          correctedAt
          correctedOn
          difference {
            amount
            currency
          }
          explanation
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          note
          previousPeriodEnd
          rules {
            id
            summary
          }
          seats
          total {
            amount
            currency
          }
          years
        }
        createdAt
        explanation
        fulfilmentDueOn
        id
        kind
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        orderDate
        outstanding {
          amount
          currency
        }
        paid {
          amount
          currency
        }
        paidOn
        payments {
          id
        }
        periodEnd
        periodStart
        refunded {
          amount
          currency
        }
        refunds {
          id
        }
        rules {
          id
          summary
        }
        seats
        status
        subscription {
          id
        }
        total {
          amount
          currency
        }
        years
      }
      paidAt
      parts {
        amount {
          amount
          currency
        }
        method
        payment {
          amount {
            amount
            currency
          }
          duplicate
          excess {
            amount
            currency
          }
          id
          invoice {
            id
          }
          method
          paidAt
          paidOn
          providerReference
          purpose
          refunded {
            amount
            currency
          }
          status
        }
        payout {
          amount
          currency
        }
        reference
      }
      payout {
        amount
        currency
      }
      payoutDueOn
      payoutDueReason
      reason
      requestedAt
      requestedOn
      reviewDueOn
      reviewDueReason
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveRefundMutation, ApproveRefundMutationVariables>;
export const ApproveVerificationDocument = new TypedDocumentString(`
    mutation ApproveVerification($input: ApproveVerificationInput!) {
  approveVerification(input: $input) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveVerificationMutation, ApproveVerificationMutationVariables>;
export const BuyValueAddedDocument = new TypedDocumentString(`
    mutation BuyValueAdded($input: BuyValueAddedInput!) {
  buyValueAdded(input: $input) {
    order {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      correction {
        correctedAt
        correctedOn
        difference {
          amount
          currency
        }
        explanation
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        note
        previousPeriodEnd
        rules {
          id
          summary
        }
        seats
        total {
          amount
          currency
        }
        years
      }
      createdAt
      explanation
      fulfilmentDueOn
      id
      kind
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      orderDate
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidOn
      payments {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      periodEnd
      periodStart
      refunded {
        amount
        currency
      }
      refunds {
        account {
          id
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          id
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            id
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      seats
      status
      subscription {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      total {
        amount
        currency
      }
      years
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BuyValueAddedMutation, BuyValueAddedMutationVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($input: CancelOrderInput!) {
  cancelOrder(input: $input) {
    order {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      correction {
        correctedAt
        correctedOn
        difference {
          amount
          currency
        }
        explanation
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        note
        previousPeriodEnd
        rules {
          id
          summary
        }
        seats
        total {
          amount
          currency
        }
        years
      }
      createdAt
      explanation
      fulfilmentDueOn
      id
      kind
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      orderDate
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidOn
      payments {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      periodEnd
      periodStart
      refunded {
        amount
        currency
      }
      refunds {
        account {
          id
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          id
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            id
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      seats
      status
      subscription {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      total {
        amount
        currency
      }
      years
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const CorrectOrderDocument = new TypedDocumentString(`
    mutation CorrectOrder($input: CorrectOrderInput!) {
  correctOrder(input: $input) {
    order {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      correction {
        correctedAt
        correctedOn
        difference {
          amount
          currency
        }
        explanation
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        note
        previousPeriodEnd
        rules {
          id
          summary
        }
        seats
        total {
          amount
          currency
        }
        years
      }
      createdAt
      explanation
      fulfilmentDueOn
      id
      kind
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      orderDate
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidOn
      payments {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      periodEnd
      periodStart
      refunded {
        amount
        currency
      }
      refunds {
        account {
          id
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          id
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            id
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      seats
      status
      subscription {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      total {
        amount
        currency
      }
      years
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectOrderMutation, CorrectOrderMutationVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    apiToken {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      createdAt
      expiresAt
      id
      kind
      lastUsedAt
      name
      revokedAt
      role
      status
    }
    role
    token
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const CreateTestClockDocument = new TypedDocumentString(`
    mutation CreateTestClock($input: CreateTestClockInput!) {
  createTestClock(input: $input) {
    testClock {
      createdAt
      frozenAt
      id
      name
      today
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTestClockMutation, CreateTestClockMutationVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    endpoint {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      createdAt
      description
      disabledAt
      disabledReason
      eventTypes
      failingSince
      id
      previousSecretExpiresAt
      secretHint
      status
      updatedAt
      url
    }
    signingSecret
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($input: WebhookEndpointIdInput!) {
  deleteWebhookEndpoint(input: $input) {
    deletedEndpointId
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const DisableWebhookEndpointDocument = new TypedDocumentString(`
    mutation DisableWebhookEndpoint($input: WebhookEndpointIdInput!) {
  disableWebhookEndpoint(input: $input) {
    endpoint {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      createdAt
      description
      disabledAt
      disabledReason
      eventTypes
      failingSince
      id
      previousSecretExpiresAt
      secretHint
      status
      updatedAt
      url
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DisableWebhookEndpointMutation, DisableWebhookEndpointMutationVariables>;
export const EnableWebhookEndpointDocument = new TypedDocumentString(`
    mutation EnableWebhookEndpoint($input: WebhookEndpointIdInput!) {
  enableWebhookEndpoint(input: $input) {
    endpoint {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      createdAt
      description
      disabledAt
      disabledReason
      eventTypes
      failingSince
      id
      previousSecretExpiresAt
      secretHint
      status
      updatedAt
      url
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EnableWebhookEndpointMutation, EnableWebhookEndpointMutationVariables>;
export const EndContractPriceDocument = new TypedDocumentString(`
    mutation EndContractPrice($input: EndContractPriceInput!) {
  endContractPrice(input: $input) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EndContractPriceMutation, EndContractPriceMutationVariables>;
export const IssueInvoiceDocument = new TypedDocumentString(`
    mutation IssueInvoice($input: IssueInvoiceInput!) {
  issueInvoice(input: $input) {
    invoice {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      amount {
        amount
        currency
      }
      creditNoteUrl
      credited {
        amount
        currency
      }
      creditedOn
      daysOverdue
      documentUrl
      dueOn
      dueReason
      explanation
      id
      issuedAmount {
        amount
        currency
      }
      issuedAt
      issuedOn
      number
      payment {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      requestedAt
      rules {
        id
        summary
      }
      status
      title
      type
      voidedFapiaos {
        amount {
          amount
          currency
        }
        issuedOn
        number
        reason
        voidedAt
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const IssuePostpaidBillDocument = new TypedDocumentString(`
    mutation IssuePostpaidBill($input: IssuePostpaidBillInput!) {
  issuePostpaidBill(input: $input) {
    postpaidBill {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      amount {
        amount
        currency
      }
      closesOn
      daysOverdue
      dueOn
      explanation
      id
      issuedOn
      lateFee {
        amount
        currency
      }
      lateFeeAssessedOn
      lateFeeExplanation
      lateFeeLines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      method
      month
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidAt
      paidOn
      periodEnd
      periodStart
      rules {
        id
        summary
      }
      status
      suspendsOn
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IssuePostpaidBillMutation, IssuePostpaidBillMutationVariables>;
export const LeaveFreePlanDocument = new TypedDocumentString(`
    mutation LeaveFreePlan($input: LeaveFreePlanInput!) {
  leaveFreePlan(input: $input) {
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LeaveFreePlanMutation, LeaveFreePlanMutationVariables>;
export const OpenSubscriptionDocument = new TypedDocumentString(`
    mutation OpenSubscription($input: OpenSubscriptionInput!) {
  openSubscription(input: $input) {
    order {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      correction {
        correctedAt
        correctedOn
        difference {
          amount
          currency
        }
        explanation
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        note
        previousPeriodEnd
        rules {
          id
          summary
        }
        seats
        total {
          amount
          currency
        }
        years
      }
      createdAt
      explanation
      fulfilmentDueOn
      id
      kind
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      orderDate
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidOn
      payments {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      periodEnd
      periodStart
      refunded {
        amount
        currency
      }
      refunds {
        account {
          id
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          id
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            id
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      seats
      status
      subscription {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      total {
        amount
        currency
      }
      years
    }
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OpenSubscriptionMutation, OpenSubscriptionMutationVariables>;
export const PayOrderDocument = new TypedDocumentString(`
    mutation PayOrder($input: PayOrderInput!) {
  payOrder(input: $input) {
    order {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      correction {
        correctedAt
        correctedOn
        difference {
          amount
          currency
        }
        explanation
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        note
        previousPeriodEnd
        rules {
          id
          summary
        }
        seats
        total {
          amount
          currency
        }
        years
      }
      createdAt
      explanation
      fulfilmentDueOn
      id
      kind
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      orderDate
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidOn
      payments {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      periodEnd
      periodStart
      refunded {
        amount
        currency
      }
      refunds {
        account {
          id
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          id
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            id
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      seats
      status
      subscription {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      total {
        amount
        currency
      }
      years
    }
    payment {
      amount {
        amount
        currency
      }
      duplicate
      excess {
        amount
        currency
      }
      id
      invoice {
        account {
          id
        }
        amount {
          amount
          currency
        }
        creditNoteUrl
        credited {
          amount
          currency
        }
        creditedOn
        daysOverdue
        documentUrl
        dueOn
        dueReason
        explanation
        id
        issuedAmount {
          amount
          currency
        }
        issuedAt
        issuedOn
        number
        payment {
          id
        }
        requestedAt
        rules {
          id
          summary
        }
        status
        title
        type
        voidedFapiaos {
          amount {
            amount
            currency
          }
          issuedOn
          number
          reason
          voidedAt
        }
      }
      method
      paidAt
      paidOn
      providerReference
      purpose
      refunded {
        amount
        currency
      }
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PayOrderMutation, PayOrderMutationVariables>;
export const PayPostpaidBillDocument = new TypedDocumentString(`
    mutation PayPostpaidBill($input: PayPostpaidBillInput!) {
  payPostpaidBill(input: $input) {
    postpaidBill {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      amount {
        amount
        currency
      }
      closesOn
      daysOverdue
      dueOn
      explanation
      id
      issuedOn
      lateFee {
        amount
        currency
      }
      lateFeeAssessedOn
      lateFeeExplanation
      lateFeeLines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      method
      month
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidAt
      paidOn
      periodEnd
      periodStart
      rules {
        id
        summary
      }
      status
      suspendsOn
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PayPostpaidBillMutation, PayPostpaidBillMutationVariables>;
export const PayRefundDocument = new TypedDocumentString(`
    mutation PayRefund($input: PayRefundInput!) {
  payRefund(input: $input) {
    refund {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      amount {
        amount
        currency
      }
      decidedAt
      decidedOn
      decision {
        amount {
          amount
          currency
        }
        asOf
        considered {
          applied
          rule {
            id
            summary
          }
          why
        }
        eligible
        endsSubscription
        explanation
        fee {
          amount
          currency
        }
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        payout {
          amount
          currency
        }
        rules {
          id
          summary
        }
        userErrors {
          code
          field
          message
        }
      }
      decisionNote
      eligible
      evidence
      fee {
        amount
        currency
      }
      id
      method
      note
      order {
        account {
          id
        }
        correction {
          correctedAt
          correctedOn
          difference {
            amount
            currency
          }
          explanation
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          note
          previousPeriodEnd
          rules {
            id
            summary
          }
          seats
          total {
            amount
            currency
          }
          years
        }
        createdAt
        explanation
        fulfilmentDueOn
        id
        kind
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        orderDate
        outstanding {
          amount
          currency
        }
        paid {
          amount
          currency
        }
        paidOn
        payments {
          id
        }
        periodEnd
        periodStart
        refunded {
          amount
          currency
        }
        refunds {
          id
        }
        rules {
          id
          summary
        }
        seats
        status
        subscription {
          id
        }
        total {
          amount
          currency
        }
        years
      }
      paidAt
      parts {
        amount {
          amount
          currency
        }
        method
        payment {
          amount {
            amount
            currency
          }
          duplicate
          excess {
            amount
            currency
          }
          id
          invoice {
            id
          }
          method
          paidAt
          paidOn
          providerReference
          purpose
          refunded {
            amount
            currency
          }
          status
        }
        payout {
          amount
          currency
        }
        reference
      }
      payout {
        amount
        currency
      }
      payoutDueOn
      payoutDueReason
      reason
      requestedAt
      requestedOn
      reviewDueOn
      reviewDueReason
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PayRefundMutation, PayRefundMutationVariables>;
export const RecordForceMajeureDocument = new TypedDocumentString(`
    mutation RecordForceMajeure($input: RecordForceMajeureInput!) {
  recordForceMajeure(input: $input) {
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordForceMajeureMutation, RecordForceMajeureMutationVariables>;
export const RecordServiceUsageDocument = new TypedDocumentString(`
    mutation RecordServiceUsage($input: RecordServiceUsageInput!) {
  recordServiceUsage(input: $input) {
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordServiceUsageMutation, RecordServiceUsageMutationVariables>;
export const RecordViolationDocument = new TypedDocumentString(`
    mutation RecordViolation($input: ViolationInput!) {
  recordViolation(input: $input) {
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordViolationMutation, RecordViolationMutationVariables>;
export const RejectRefundDocument = new TypedDocumentString(`
    mutation RejectRefund($input: RejectRefundInput!) {
  rejectRefund(input: $input) {
    refund {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      amount {
        amount
        currency
      }
      decidedAt
      decidedOn
      decision {
        amount {
          amount
          currency
        }
        asOf
        considered {
          applied
          rule {
            id
            summary
          }
          why
        }
        eligible
        endsSubscription
        explanation
        fee {
          amount
          currency
        }
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        payout {
          amount
          currency
        }
        rules {
          id
          summary
        }
        userErrors {
          code
          field
          message
        }
      }
      decisionNote
      eligible
      evidence
      fee {
        amount
        currency
      }
      id
      method
      note
      order {
        account {
          id
        }
        correction {
          correctedAt
          correctedOn
          difference {
            amount
            currency
          }
          explanation
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          note
          previousPeriodEnd
          rules {
            id
            summary
          }
          seats
          total {
            amount
            currency
          }
          years
        }
        createdAt
        explanation
        fulfilmentDueOn
        id
        kind
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        orderDate
        outstanding {
          amount
          currency
        }
        paid {
          amount
          currency
        }
        paidOn
        payments {
          id
        }
        periodEnd
        periodStart
        refunded {
          amount
          currency
        }
        refunds {
          id
        }
        rules {
          id
          summary
        }
        seats
        status
        subscription {
          id
        }
        total {
          amount
          currency
        }
        years
      }
      paidAt
      parts {
        amount {
          amount
          currency
        }
        method
        payment {
          amount {
            amount
            currency
          }
          duplicate
          excess {
            amount
            currency
          }
          id
          invoice {
            id
          }
          method
          paidAt
          paidOn
          providerReference
          purpose
          refunded {
            amount
            currency
          }
          status
        }
        payout {
          amount
          currency
        }
        reference
      }
      payout {
        amount
        currency
      }
      payoutDueOn
      payoutDueReason
      reason
      requestedAt
      requestedOn
      reviewDueOn
      reviewDueReason
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RejectRefundMutation, RejectRefundMutationVariables>;
export const RejectVerificationDocument = new TypedDocumentString(`
    mutation RejectVerification($input: RejectVerificationInput!) {
  rejectVerification(input: $input) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RejectVerificationMutation, RejectVerificationMutationVariables>;
export const RemoveSeatsDocument = new TypedDocumentString(`
    mutation RemoveSeats($input: RemoveSeatsInput!) {
  removeSeats(input: $input) {
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveSeatsMutation, RemoveSeatsMutationVariables>;
export const RenewSubscriptionDocument = new TypedDocumentString(`
    mutation RenewSubscription($input: RenewSubscriptionInput!) {
  renewSubscription(input: $input) {
    order {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      correction {
        correctedAt
        correctedOn
        difference {
          amount
          currency
        }
        explanation
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        note
        previousPeriodEnd
        rules {
          id
          summary
        }
        seats
        total {
          amount
          currency
        }
        years
      }
      createdAt
      explanation
      fulfilmentDueOn
      id
      kind
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      orderDate
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidOn
      payments {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      periodEnd
      periodStart
      refunded {
        amount
        currency
      }
      refunds {
        account {
          id
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          id
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            id
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      seats
      status
      subscription {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      total {
        amount
        currency
      }
      years
    }
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RenewSubscriptionMutation, RenewSubscriptionMutationVariables>;
export const RequestInvoiceDocument = new TypedDocumentString(`
    mutation RequestInvoice($input: RequestInvoiceInput!) {
  requestInvoice(input: $input) {
    invoice {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      amount {
        amount
        currency
      }
      creditNoteUrl
      credited {
        amount
        currency
      }
      creditedOn
      daysOverdue
      documentUrl
      dueOn
      dueReason
      explanation
      id
      issuedAmount {
        amount
        currency
      }
      issuedAt
      issuedOn
      number
      payment {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      requestedAt
      rules {
        id
        summary
      }
      status
      title
      type
      voidedFapiaos {
        amount {
          amount
          currency
        }
        issuedOn
        number
        reason
        voidedAt
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RequestInvoiceMutation, RequestInvoiceMutationVariables>;
export const RequestRefundDocument = new TypedDocumentString(`
    mutation RequestRefund($input: RequestRefundInput!) {
  requestRefund(input: $input) {
    refund {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      amount {
        amount
        currency
      }
      decidedAt
      decidedOn
      decision {
        amount {
          amount
          currency
        }
        asOf
        considered {
          applied
          rule {
            id
            summary
          }
          why
        }
        eligible
        endsSubscription
        explanation
        fee {
          amount
          currency
        }
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        payout {
          amount
          currency
        }
        rules {
          id
          summary
        }
        userErrors {
          code
          field
          message
        }
      }
      decisionNote
      eligible
      evidence
      fee {
        amount
        currency
      }
      id
      method
      note
      order {
        account {
          id
        }
        correction {
          correctedAt
          correctedOn
          difference {
            amount
            currency
          }
          explanation
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          note
          previousPeriodEnd
          rules {
            id
            summary
          }
          seats
          total {
            amount
            currency
          }
          years
        }
        createdAt
        explanation
        fulfilmentDueOn
        id
        kind
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        orderDate
        outstanding {
          amount
          currency
        }
        paid {
          amount
          currency
        }
        paidOn
        payments {
          id
        }
        periodEnd
        periodStart
        refunded {
          amount
          currency
        }
        refunds {
          id
        }
        rules {
          id
          summary
        }
        seats
        status
        subscription {
          id
        }
        total {
          amount
          currency
        }
        years
      }
      paidAt
      parts {
        amount {
          amount
          currency
        }
        method
        payment {
          amount {
            amount
            currency
          }
          duplicate
          excess {
            amount
            currency
          }
          id
          invoice {
            id
          }
          method
          paidAt
          paidOn
          providerReference
          purpose
          refunded {
            amount
            currency
          }
          status
        }
        payout {
          amount
          currency
        }
        reference
      }
      payout {
        amount
        currency
      }
      payoutDueOn
      payoutDueReason
      reason
      requestedAt
      requestedOn
      reviewDueOn
      reviewDueReason
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RequestRefundMutation, RequestRefundMutationVariables>;
export const ResendWebhookEventDocument = new TypedDocumentString(`
    mutation ResendWebhookEvent($input: ResendWebhookEventInput!) {
  resendWebhookEvent(input: $input) {
    delivery {
      attempts
      createdAt
      deliveredAt
      event {
        account {
          id
        }
        businessDate
        data
        id
        objectId
        objectType
        occurredAt
        testMode
        type
      }
      eventType
      id
      lastAttemptAt
      lastError
      lastStatusCode
      latencyMs
      nextAttemptAt
      responseExcerpt
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResendWebhookEventMutation, ResendWebhookEventMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($input: RevokeApiTokenInput!) {
  revokeApiToken(input: $input) {
    apiToken {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      createdAt
      expiresAt
      id
      kind
      lastUsedAt
      name
      revokedAt
      role
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const RotateBootstrapTokenDocument = new TypedDocumentString(`
    mutation RotateBootstrapToken($input: RotateBootstrapTokenInput!) {
  rotateBootstrapToken(input: $input) {
    apiToken {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      createdAt
      expiresAt
      id
      kind
      lastUsedAt
      name
      revokedAt
      role
      status
    }
    replayed
    token
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RotateBootstrapTokenMutation, RotateBootstrapTokenMutationVariables>;
export const RotateWebhookEndpointSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookEndpointSecret($input: RotateWebhookEndpointSecretInput!) {
  rotateWebhookEndpointSecret(input: $input) {
    endpoint {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      createdAt
      description
      disabledAt
      disabledReason
      eventTypes
      failingSince
      id
      previousSecretExpiresAt
      secretHint
      status
      updatedAt
      url
    }
    signingSecret
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RotateWebhookEndpointSecretMutation, RotateWebhookEndpointSecretMutationVariables>;
export const SendTestWebhookEventDocument = new TypedDocumentString(`
    mutation SendTestWebhookEvent($input: SendTestWebhookEventInput!) {
  sendTestWebhookEvent(input: $input) {
    delivery {
      attempts
      createdAt
      deliveredAt
      event {
        account {
          id
        }
        businessDate
        data
        id
        objectId
        objectType
        occurredAt
        testMode
        type
      }
      eventType
      id
      lastAttemptAt
      lastError
      lastStatusCode
      latencyMs
      nextAttemptAt
      responseExcerpt
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SendTestWebhookEventMutation, SendTestWebhookEventMutationVariables>;
export const SetContractPriceDocument = new TypedDocumentString(`
    mutation SetContractPrice($input: SetContractPriceInput!) {
  setContractPrice(input: $input) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    contractPrice {
      effectiveFrom
      endsOn
      inForce
      planCode
      productCode
      unitPrice {
        amount
        currency
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SetContractPriceMutation, SetContractPriceMutationVariables>;
export const SetGeneralTaxpayerDocument = new TypedDocumentString(`
    mutation SetGeneralTaxpayer($input: SetGeneralTaxpayerInput!) {
  setGeneralTaxpayer(input: $input) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SetGeneralTaxpayerMutation, SetGeneralTaxpayerMutationVariables>;
export const SubmitVerificationDocument = new TypedDocumentString(`
    mutation SubmitVerification($input: SubmitVerificationInput!) {
  submitVerification(input: $input) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitVerificationMutation, SubmitVerificationMutationVariables>;
export const TerminateSubscriptionDocument = new TypedDocumentString(`
    mutation TerminateSubscription($input: TerminateSubscriptionInput!) {
  terminateSubscription(input: $input) {
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    terminationNotice {
      effectedAt
      effectiveOn
      noticedOn
      outcome
      reason
      refunds {
        account {
          balance {
            amount
            currency
          }
          contractPrices {
            effectiveFrom
            endsOn
            inForce
            planCode
            productCode
            unitPrice {
              amount
              currency
            }
          }
          createdAt
          generalTaxpayer
          id
          name
          status
          subscriptions {
            id
          }
          testClock {
            id
          }
          verificationDocuments
          verificationNote
          verificationStatus
          verifiedName
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          account {
            id
          }
          correction {
            correctedAt
            correctedOn
            difference {
              amount
              currency
            }
            explanation
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            note
            previousPeriodEnd
            rules {
              id
              summary
            }
            seats
            total {
              amount
              currency
            }
            years
          }
          createdAt
          explanation
          fulfilmentDueOn
          id
          kind
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          orderDate
          outstanding {
            amount
            currency
          }
          paid {
            amount
            currency
          }
          paidOn
          payments {
            id
          }
          periodEnd
          periodStart
          refunded {
            amount
            currency
          }
          refunds {
            id
          }
          rules {
            id
            summary
          }
          seats
          status
          subscription {
            id
          }
          total {
            amount
            currency
          }
          years
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            amount {
              amount
              currency
            }
            duplicate
            excess {
              amount
              currency
            }
            id
            invoice {
              id
            }
            method
            paidAt
            paidOn
            providerReference
            purpose
            refunded {
              amount
              currency
            }
            status
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TerminateSubscriptionMutation, TerminateSubscriptionMutationVariables>;
export const TopUpBalanceDocument = new TypedDocumentString(`
    mutation TopUpBalance($input: TopUpBalanceInput!) {
  topUpBalance(input: $input) {
    account {
      balance {
        amount
        currency
      }
      contractPrices {
        effectiveFrom
        endsOn
        inForce
        planCode
        productCode
        unitPrice {
          amount
          currency
        }
      }
      createdAt
      generalTaxpayer
      id
      name
      status
      subscriptions {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      testClock {
        createdAt
        frozenAt
        id
        name
        today
      }
      verificationDocuments
      verificationNote
      verificationStatus
      verifiedName
    }
    payment {
      amount {
        amount
        currency
      }
      duplicate
      excess {
        amount
        currency
      }
      id
      invoice {
        account {
          id
        }
        amount {
          amount
          currency
        }
        creditNoteUrl
        credited {
          amount
          currency
        }
        creditedOn
        daysOverdue
        documentUrl
        dueOn
        dueReason
        explanation
        id
        issuedAmount {
          amount
          currency
        }
        issuedAt
        issuedOn
        number
        payment {
          id
        }
        requestedAt
        rules {
          id
          summary
        }
        status
        title
        type
        voidedFapiaos {
          amount {
            amount
            currency
          }
          issuedOn
          number
          reason
          voidedAt
        }
      }
      method
      paidAt
      paidOn
      providerReference
      purpose
      refunded {
        amount
        currency
      }
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TopUpBalanceMutation, TopUpBalanceMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    endpoint {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      createdAt
      description
      disabledAt
      disabledReason
      eventTypes
      failingSince
      id
      previousSecretExpiresAt
      secretHint
      status
      updatedAt
      url
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const UpgradeSubscriptionDocument = new TypedDocumentString(`
    mutation UpgradeSubscription($input: UpgradeSubscriptionInput!) {
  upgradeSubscription(input: $input) {
    order {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      correction {
        correctedAt
        correctedOn
        difference {
          amount
          currency
        }
        explanation
        lines {
          amount {
            amount
            currency
          }
          description
          months
          quantity
          rules {
            id
            summary
          }
          unitPrice {
            amount
            currency
          }
        }
        note
        previousPeriodEnd
        rules {
          id
          summary
        }
        seats
        total {
          amount
          currency
        }
        years
      }
      createdAt
      explanation
      fulfilmentDueOn
      id
      kind
      lines {
        amount {
          amount
          currency
        }
        description
        months
        quantity
        rules {
          id
          summary
        }
        unitPrice {
          amount
          currency
        }
      }
      orderDate
      outstanding {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      paidOn
      payments {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      periodEnd
      periodStart
      refunded {
        amount
        currency
      }
      refunds {
        account {
          id
        }
        amount {
          amount
          currency
        }
        decidedAt
        decidedOn
        decision {
          amount {
            amount
            currency
          }
          asOf
          considered {
            applied
            rule {
              id
              summary
            }
            why
          }
          eligible
          endsSubscription
          explanation
          fee {
            amount
            currency
          }
          lines {
            amount {
              amount
              currency
            }
            description
            months
            quantity
            rules {
              id
              summary
            }
            unitPrice {
              amount
              currency
            }
          }
          payout {
            amount
            currency
          }
          rules {
            id
            summary
          }
          userErrors {
            code
            field
            message
          }
        }
        decisionNote
        eligible
        evidence
        fee {
          amount
          currency
        }
        id
        method
        note
        order {
          id
        }
        paidAt
        parts {
          amount {
            amount
            currency
          }
          method
          payment {
            id
          }
          payout {
            amount
            currency
          }
          reference
        }
        payout {
          amount
          currency
        }
        payoutDueOn
        payoutDueReason
        reason
        requestedAt
        requestedOn
        reviewDueOn
        reviewDueReason
        status
      }
      rules {
        id
        summary
      }
      seats
      status
      subscription {
        account {
          id
        }
        activatedOn
        currentPeriodEnd
        currentPeriodStart
        daysLeft
        enterpriseNumber
        entitlements {
          addSeats
          initiateSessions
          renew
          service
        }
        expiresOn
        forceMajeure {
          events {
            days
            explanation
            periodEndAfter
            periodEndBefore
            reason
            recordedOn
            rules {
              id
              summary
            }
          }
          explanation
          mayEnd
          rules {
            id
            summary
          }
          totalDays
        }
        graceEndsOn
        hotlineContractNumber
        id
        legacySeats
        migration {
          fromProductCode
          legacySeats
          legacyUnitPrice {
            amount
            currency
          }
          promotion
          upgradedOn
        }
        nextTransition {
          on
          reason
          rules {
            id
            summary
          }
          to
        }
        openEnded
        openedOn
        pendingSeats
        plan {
          code
          name
        }
        product {
          code
          maxRenewalYears
          name
          renewalsEndOn
          serviceEndsOn
        }
        reminders {
          dueOn
          kind
          message
          periodEnd
          rules {
            id
            summary
          }
          sentAt
        }
        renewalOpensOn
        seats
        serviceUsage {
          adminCreated
          domainVerified
          inUse
          memberAdded
        }
        status
        statusReason
        terminationNotice {
          effectedAt
          effectiveOn
          noticedOn
          outcome
          reason
          refunds {
            id
          }
          rules {
            id
            summary
          }
          status
        }
        upgradeOffer {
          promotion
          promotionUpgradeBy
          rules {
            id
            summary
          }
          toPlanCode
          toProductCode
        }
        violationLevel
        violations {
          fromLevel
          kind
          level
          on
          reason
          rules {
            id
            summary
          }
        }
      }
      total {
        amount
        currency
      }
      years
    }
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpgradeSubscriptionMutation, UpgradeSubscriptionMutationVariables>;
export const UpholdAppealDocument = new TypedDocumentString(`
    mutation UpholdAppeal($input: ViolationInput!) {
  upholdAppeal(input: $input) {
    subscription {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      activatedOn
      currentPeriodEnd
      currentPeriodStart
      daysLeft
      enterpriseNumber
      entitlements {
        addSeats
        initiateSessions
        renew
        service
      }
      expiresOn
      forceMajeure {
        events {
          days
          explanation
          periodEndAfter
          periodEndBefore
          reason
          recordedOn
          rules {
            id
            summary
          }
        }
        explanation
        mayEnd
        rules {
          id
          summary
        }
        totalDays
      }
      graceEndsOn
      hotlineContractNumber
      id
      legacySeats
      migration {
        fromProductCode
        legacySeats
        legacyUnitPrice {
          amount
          currency
        }
        promotion
        upgradedOn
      }
      nextTransition {
        on
        reason
        rules {
          id
          summary
        }
        to
      }
      openEnded
      openedOn
      pendingSeats
      plan {
        code
        name
      }
      product {
        code
        maxRenewalYears
        name
        renewalsEndOn
        serviceEndsOn
      }
      reminders {
        dueOn
        kind
        message
        periodEnd
        rules {
          id
          summary
        }
        sentAt
      }
      renewalOpensOn
      seats
      serviceUsage {
        adminCreated
        domainVerified
        inUse
        memberAdded
      }
      status
      statusReason
      terminationNotice {
        effectedAt
        effectiveOn
        noticedOn
        outcome
        reason
        refunds {
          account {
            id
          }
          amount {
            amount
            currency
          }
          decidedAt
          decidedOn
          decision {
            amount {
              amount
              currency
            }
            asOf
            considered {
              applied
              rule {
                id
                summary
              }
              why
            }
            eligible
            endsSubscription
            explanation
            fee {
              amount
              currency
            }
            lines {
              amount {
                amount
                currency
              }
              description
              months
              quantity
              rules {
                id
                summary
              }
              unitPrice {
                amount
                currency
              }
            }
            payout {
              amount
              currency
            }
            rules {
              id
              summary
            }
            userErrors {
              code
              field
              message
            }
          }
          decisionNote
          eligible
          evidence
          fee {
            amount
            currency
          }
          id
          method
          note
          order {
            id
          }
          paidAt
          parts {
            amount {
              amount
              currency
            }
            method
            payment {
              id
            }
            payout {
              amount
              currency
            }
            reference
          }
          payout {
            amount
            currency
          }
          payoutDueOn
          payoutDueReason
          reason
          requestedAt
          requestedOn
          reviewDueOn
          reviewDueReason
          status
        }
        rules {
          id
          summary
        }
        status
      }
      upgradeOffer {
        promotion
        promotionUpgradeBy
        rules {
          id
          summary
        }
        toPlanCode
        toProductCode
      }
      violationLevel
      violations {
        fromLevel
        kind
        level
        on
        reason
        rules {
          id
          summary
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpholdAppealMutation, UpholdAppealMutationVariables>;
export const VoidInvoiceDocument = new TypedDocumentString(`
    mutation VoidInvoice($input: VoidInvoiceInput!) {
  voidInvoice(input: $input) {
    invoice {
      account {
        balance {
          amount
          currency
        }
        contractPrices {
          effectiveFrom
          endsOn
          inForce
          planCode
          productCode
          unitPrice {
            amount
            currency
          }
        }
        createdAt
        generalTaxpayer
        id
        name
        status
        subscriptions {
          id
        }
        testClock {
          id
        }
        verificationDocuments
        verificationNote
        verificationStatus
        verifiedName
      }
      amount {
        amount
        currency
      }
      creditNoteUrl
      credited {
        amount
        currency
      }
      creditedOn
      daysOverdue
      documentUrl
      dueOn
      dueReason
      explanation
      id
      issuedAmount {
        amount
        currency
      }
      issuedAt
      issuedOn
      number
      payment {
        amount {
          amount
          currency
        }
        duplicate
        excess {
          amount
          currency
        }
        id
        invoice {
          id
        }
        method
        paidAt
        paidOn
        providerReference
        purpose
        refunded {
          amount
          currency
        }
        status
      }
      requestedAt
      rules {
        id
        summary
      }
      status
      title
      type
      voidedFapiaos {
        amount {
          amount
          currency
        }
        issuedOn
        number
        reason
        voidedAt
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<VoidInvoiceMutation, VoidInvoiceMutationVariables>;