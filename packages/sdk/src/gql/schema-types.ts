/* eslint-disable */
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date YYYY-MM-DD in Asia/Shanghai (R-TIME-1). */
  Date: { input: string; output: string; }
  /** An ISO-8601 instant, e.g. "2021-05-01T01:00:00.000Z". */
  DateTime: { input: string; output: string; }
  /** An exact amount in yuan as a string with exactly two decimals, e.g. "10450.00" (R-MONEY-1). */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** A customer enterprise. */
export type Account = Node & {
  /** The account’s audit trail, newest first by default (operators only: null with a FORBIDDEN error for customers). */
  auditLog: Maybe<AuditEntryConnection>;
  /** Prepaid balance (R-PAY-4). */
  balance: Money;
  /** Contract prices of the account’s CUSTOM plans with their effective dates, by plan then date (R-CAT-2). */
  contractPrices: Array<ContractPrice>;
  /** When the account was created (its test clock’s time for a test account). */
  createdAt: Scalars['DateTime']['output'];
  /** Holds the general-taxpayer certificate (special VAT invoices, R-INV-1). */
  generalTaxpayer: Scalars['Boolean']['output'];
  /** The account’s global id. */
  id: Scalars['ID']['output'];
  /** The account’s invoices, oldest first by default. */
  invoices: InvoiceConnection;
  /** The customer’s name as entered when it was created. */
  name: Scalars['String']['output'];
  /** The account’s orders, oldest first by default. */
  orders: OrderConnection;
  /** The account’s payments, oldest first by default. */
  payments: PaymentConnection;
  /** Postpaid usage bills, oldest first by default (R-PAY-5). */
  postpaidBills: PostpaidBillConnection;
  /** The account’s refunds, oldest first by default. */
  refunds: RefundConnection;
  /** Whether the account may buy: ACTIVE unless a postpaid bill is long overdue (R-PAY-5). */
  status: AccountStatus;
  /** Every subscription of the account, oldest first (see subscriptionsConnection). */
  subscriptions: Array<Subscription>;
  /** The account’s subscriptions a page at a time, oldest first by default. */
  subscriptionsConnection: SubscriptionConnection;
  /** The test clock the account lives at, if any. */
  testClock: Maybe<TestClock>;
  /** Submitted qualification materials. */
  verificationDocuments: Array<Scalars['String']['output']>;
  /** The reviewer’s note (why materials were rejected). */
  verificationNote: Maybe<Scalars['String']['output']>;
  /** Where the review of its qualification materials stands (R-OPEN-2). */
  verificationStatus: VerificationStatus;
  /** The enterprise name as verified (R-INV-1). */
  verifiedName: Maybe<Scalars['String']['output']>;
};


/** A customer enterprise. */
export type AccountAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
};


/** A customer enterprise. */
export type AccountInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<InvoiceSort>;
  status?: InputMaybe<InvoiceStatus>;
};


/** A customer enterprise. */
export type AccountOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrderKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<OrderSort>;
  status?: InputMaybe<OrderStatus>;
};


/** A customer enterprise. */
export type AccountPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
};


/** A customer enterprise. */
export type AccountPostpaidBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
};


/** A customer enterprise. */
export type AccountRefundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<RefundSort>;
  status?: InputMaybe<RefundStatus>;
};


/** A customer enterprise. */
export type AccountSubscriptionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SubscriptionSort>;
  status?: InputMaybe<SubscriptionStatus>;
};

/** A page of a list of Account objects (Relay cursor connection). */
export type AccountConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<AccountEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One Account of a page, with its cursor. */
export type AccountEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The Account. */
  node: Account;
};

/** Narrows `accounts`; every criterion given must match. */
export type AccountFilter = {
  /** Matches the name or verified name anywhere (case-insensitive, at most 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Accounts in this status. */
  status?: InputMaybe<AccountStatus>;
  /** Accounts living at this test clock. */
  testClockId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only accounts living at a test clock; false: only live accounts (real time); omitted: both. */
  testMode?: InputMaybe<Scalars['Boolean']['input']>;
  /** E.g. PENDING: the verification review queue (R-OPEN-2). */
  verificationStatus?: InputMaybe<VerificationStatus>;
};

/** The account after a verification step. */
export type AccountPayload = {
  /** The account as it is now. Always set when `userErrors` is empty. */
  account: Maybe<Account>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
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
  subscriptionId: Scalars['ID']['input'];
};

/** Seats to add to an active subscription (R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4). */
export type AddSeatsInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** Seats to add; the new total must respect the plan maximum (R-SEAT-1, R-CAT-3). */
  seats: Scalars['Int']['input'];
  /** The subscription’s global id. */
  subscriptionId: Scalars['ID']['input'];
};

/** The order `addSeats` placed and its subscription. */
export type AddSeatsPayload = {
  /** The ADD_SEATS order; the seats count once it is paid in full. Always set when `userErrors` is empty. */
  order: Maybe<Order>;
  /** The subscription as it is now. Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Moves a test clock forward. */
export type AdvanceTestClockInput = {
  /** The test clock’s global id. */
  id: Scalars['ID']['input'];
  /** The new instant, later than the clock’s `frozenAt` (a clock never goes back). */
  to: Scalars['DateTime']['input'];
};

/** An API token (a bearer credential). Its secret is never shown again after its creation: only a hash is stored. */
export type ApiToken = {
  /** The account of a customer token; null for operator tokens. */
  account: Maybe<Account>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops signing in; null for a token that does not expire. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** The global id of the token. */
  id: Scalars['ID']['output'];
  /** An ordinary token or the bootstrap operator token. */
  kind: ApiTokenKind;
  /** When it last signed a request, to the minute; null if never used. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** A name saying what the token is for. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it is not. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the token may do. */
  role: Role;
  /** Whether the token still signs in. */
  status: ApiTokenStatus;
};

/** A page of API tokens (Relay connection, keyset-paged in SQL). */
export type ApiTokenConnection = {
  /** The tokens of this page, in the list’s order. */
  edges: Array<ApiTokenEdge>;
  /** Whether more pages follow or precede, and their cursors. */
  pageInfo: PageInfo;
  /** All tokens of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One API token of a page, with its cursor. */
export type ApiTokenEdge = {
  /** Where this edge is, for after/before. */
  cursor: Scalars['String']['output'];
  /** The token. */
  node: ApiToken;
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
  note?: InputMaybe<Scalars['String']['input']>;
  /** The refund’s global id. */
  refundId: Scalars['ID']['input'];
};

/** Approves an account’s pending materials (R-OPEN-2). */
export type ApproveVerificationInput = {
  /** The account whose materials are approved. */
  accountId: Scalars['ID']['input'];
};

/** One field of an audit entry’s change: before → after, read from the stored before/after documents. */
export type AuditChange = {
  /** The value after (null: none). */
  after: Maybe<Scalars['String']['output']>;
  /** The value before (null: none). */
  before: Maybe<Scalars['String']['output']>;
  /** The field’s path in the documents: a name ("status"), a nested one ("payment.amount") or a position in a list counted from 1 ("parts.1.amount"). */
  field: Scalars['String']['output'];
  /** How `before` and `after` read. */
  kind: AuditValueKind;
};

/** Who did what, when, to which object: one entry of the audit trail (operators). */
export type AuditEntry = {
  /** The global id of the account concerned. */
  accountId: Maybe<Scalars['ID']['output']>;
  /** The mutation or automatic step, e.g. "payOrder", "enterGrace", "assessLateFee". */
  action: Scalars['String']['output'];
  /** The account of the customer token that acted (null for operators and the system). */
  actorAccount: Maybe<Account>;
  /** OPERATOR, CUSTOMER_ADMIN, CUSTOMER_MEMBER, or SYSTEM for automatic transitions. */
  actorRole: Scalars['String']['output'];
  /** The API token that acted, the bootstrap token included (null for the system: due work, test-clock runs). */
  actorTokenId: Maybe<Scalars['String']['output']>;
  /** The name of the API token that acted (null for the system). Read from the token, which is never deleted, so entries from before this field name their token too. */
  actorTokenName: Maybe<Scalars['String']['output']>;
  /** The object after, as a JSON document. */
  after: Maybe<Scalars['String']['output']>;
  /** The object before, as a JSON document. */
  before: Maybe<Scalars['String']['output']>;
  /** The change as a list of fields whose value differs between `before` and `after` (or that only one has); ids are left out, the entry names its object. Empty when nothing was recorded. */
  changes: Array<AuditChange>;
  /** The entry’s global id. */
  id: Scalars['ID']['output'];
  /** What names the object, as it is now (null for a type the trail does not name, e.g. a removed object). */
  object: Maybe<AuditObject>;
  /** The global id of the object changed. */
  objectId: Scalars['ID']['output'];
  /** The type of the object changed, e.g. "Subscription". */
  objectType: Scalars['String']['output'];
  /** When it happened (the account’s clock for account business). */
  occurredAt: Scalars['DateTime']['output'];
  /** The x-request-id of the request that did it (also for transitions a clock advance ran). */
  requestId: Maybe<Scalars['String']['output']>;
};

/** A page of a list of AuditEntry objects (Relay cursor connection). */
export type AuditEntryConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<AuditEntryEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry of a page, with its cursor. */
export type AuditEntryEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The AuditEntry. */
  node: AuditEntry;
};

/** What names an audited object, as it is now: its name (an account’s, an invoice’s title, a token’s…), a code (an order’s kind, a refund’s reason, a token’s role, a subscription’s product), a date and an amount, as the type has them. */
export type AuditObject = {
  /** Order: its total; Refund: its amount; Invoice and PostpaidBill: their amounts; ContractPrice: its seat price. */
  amount: Maybe<Money>;
  /** Order: its kind (NEW_SUBSCRIPTION…); Refund: its reason; ApiToken: its role; Subscription and ContractPrice: the product code; Invoice: its type. */
  code: Maybe<Scalars['String']['output']>;
  /** Order: its order date; Refund: its request date; PostpaidBill: its issue date; ContractPrice: the date it takes effect (Asia/Shanghai). */
  date: Maybe<Scalars['Date']['output']>;
  /** Account: its name; Invoice: its title; ApiToken and TestClock: their names; Subscription and ContractPrice: "PRODUCT PLAN" codes; PostpaidBill: its month (`YYYY-MM`). Null for orders and refunds. */
  name: Maybe<Scalars['String']['output']>;
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

/** Something other systems must learn of (an order created, paid, fulfilled or cancelled, a payment, a refund’s steps, a subscription’s status, renewal, seats or renewal reminder, an issued invoice, a postpaid bill overdue), recorded with the change itself. Customer administrators see their account’s; operators all. */
export type BillingEvent = Node & {
  /** The account it happened to. */
  account: Account;
  /** The account’s business date when it happened: a test-clock account’s own date (Asia/Shanghai, R-TIME-1); for what the passing of time brings (a lifecycle transition, the end by a termination notice, a renewal reminder, a postpaid bill overdue), the date it took effect. */
  businessDate: Scalars['Date']['output'];
  /** The object as it was right after the change, in the shape of its GraphQL type: money as `{ amount: "123.45", currency: "CNY" }`, ids as global ids, objects it points at as `{ id }`. */
  data: Scalars['JSON']['output'];
  /** The event’s global id (`billingEvent(id:)`). */
  id: Scalars['ID']['output'];
  /** The global id of the object it is about. */
  objectId: Scalars['ID']['output'];
  /** The type of the object it is about: Order, Payment, Refund, Subscription, Invoice or PostpaidBill. */
  objectType: Scalars['String']['output'];
  /** When it was recorded, in real time. */
  occurredAt: Scalars['DateTime']['output'];
  /** Whether the account lives on a test clock. */
  testMode: Scalars['Boolean']['output'];
  /** What happened: order.created, order.paid, order.fulfilled, order.cancelled, payment.succeeded, refund.requested, refund.approved, refund.rejected, refund.paid_out, subscription.activated, subscription.renewed, subscription.seats_changed, subscription.suspended, subscription.grace, subscription.recycled, subscription.terminated, renewal.reminder_due, invoice.issued, postpaid_bill.overdue. */
  type: Scalars['String']['output'];
};

/** A page of a list of BillingEvent objects (Relay cursor connection). */
export type BillingEventConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<BillingEventEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One BillingEvent of a page, with its cursor. */
export type BillingEventEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The BillingEvent. */
  node: BillingEvent;
};

/** A value-added service to buy (R-CAT-2). */
export type BuyValueAddedInput = {
  /** The account’s global id. */
  accountId: Scalars['ID']['input'];
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** The value-added item (product VAS): CUSTOMER_LIBRARY, MASS_MESSAGES, SMS, BOT. */
  planCode: Scalars['String']['input'];
  /** Units of the item (its catalog unit, e.g. 1,000 SMS), 1 to 1,000. */
  quantity?: Scalars['Int']['input'];
};

/** The order `buyValueAdded` placed. */
export type BuyValueAddedPayload = {
  /** The VALUE_ADDED order, awaiting payment; non-refundable once paid (R-REF-NONREF). Always set when `userErrors` is empty. */
  order: Maybe<Order>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** An order to cancel before anything is paid on it. */
export type CancelOrderInput = {
  /** The order’s global id. */
  orderId: Scalars['ID']['input'];
};

/** The order after `cancelOrder`. */
export type CancelOrderPayload = {
  /** The order as it is now (CANCELLED). Always set when `userErrors` is empty. */
  order: Maybe<Order>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** An account’s contract price for a contract-priced (CUSTOM) plan over a span of dates (R-CAT-2). */
export type ContractPrice = {
  /** First day it is in force. */
  effectiveFrom: Scalars['Date']['output'];
  /** Exclusive end: the day a newer price takes over or it was ended; null while open. */
  endsOn: Maybe<Scalars['Date']['output']>;
  /** In force today on the account’s clock. */
  inForce: Scalars['Boolean']['output'];
  /** The contract-priced (CUSTOM) plan, e.g. "ENTERPRISE". */
  planCode: Scalars['String']['output'];
  /** The product code, e.g. "MEETING". */
  productCode: Scalars['String']['output'];
  /** Price per seat per year. */
  unitPrice: Money;
};

/** What the customer meant to order, to re-price a wrong order (R-REF-DUPLICATE). */
export type CorrectOrderInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** What the customer meant to order, and how it was shown. */
  note: Scalars['String']['input'];
  /** A paid NEW_SUBSCRIPTION or RENEWAL order. */
  orderId: Scalars['ID']['input'];
  /** The seats the customer meant (default: the order’s; a renewal keeps its seats). */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** The years the customer meant (default: the order’s). */
  years?: InputMaybe<Scalars['Int']['input']>;
};

/** The order after `correctOrder`. */
export type CorrectOrderPayload = {
  /** The order, with its `correction`. Always set when `userErrors` is empty. */
  order: Maybe<Order>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A new customer account. */
export type CreateAccountInput = {
  /** The customer’s name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** Attach the account to a test clock: it lives at the clock’s time. */
  testClockId?: InputMaybe<Scalars['ID']['input']>;
};

/** The account `createAccount` created. */
export type CreateAccountPayload = {
  /** The new account. Always set when `userErrors` is empty. */
  account: Maybe<Account>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A new API token. */
export type CreateApiTokenInput = {
  /** Required for customer roles; omitted for operators. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** When the token stops signing in (in the future); omitted: it does not expire. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the token is for, 1–100 characters (default: the role and the day it was created). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** What the token may do. */
  role: Role;
};

/** The result of createApiToken. */
export type CreateApiTokenPayload = {
  /** The account of a customer token. */
  account: Maybe<Account>;
  /** The new token (name, expiry …); null when refused. */
  apiToken: Maybe<ApiToken>;
  /** The role of the new token. */
  role: Maybe<Role>;
  /** The bearer token, shown only this once. */
  token: Maybe<Scalars['String']['output']>;
  /** Why the token was not created (empty on success). */
  userErrors: Array<UserError>;
};

/** A new test clock. */
export type CreateTestClockInput = {
  /** The instant the clock starts frozen at, e.g. "2021-04-20T10:00:00+08:00". */
  frozenAt: Scalars['DateTime']['input'];
  /** A name to tell clocks apart. */
  name: Scalars['String']['input'];
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** The account whose events it receives. A customer administrator’s own account when left out; an operator who leaves it out creates an endpoint for every account’s events. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** What the endpoint is for (at most 200 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event types to receive (e.g. ["order.paid"]); left out or empty: every type. */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where to POST events: http or https, a public address (loopback, private and link-local addresses are refused unless the installation allows them). */
  url: Scalars['String']['input'];
};

/** The currency of an amount. Every amount of the API is in Chinese yuan. */
export type Currency =
  /** Chinese yuan (renminbi); 1 yuan = 100 fen. */
  | 'CNY';

/** Operators’ overview of live accounts, or of test-clock accounts in test mode: the two never mix in one figure. Each account is seen at its own clock (a test clock or the real time). */
export type Dashboard = {
  /** In grace and recycled within `days` unless renewed (R-LIFE-3). */
  aboutToBeRecycled: Array<Subscription>;
  /** In the grace month after the period end (R-LIFE-2). */
  inGrace: Array<Subscription>;
  /** Refund requests by reason, the most frequent first. */
  refundsByReason: Array<ReasonRefunds>;
  /** Active subscriptions whose period ends within `days` (R-RENEW-1), soonest first. */
  renewalsDue: Array<Subscription>;
  /** The latest months with activity, oldest first. */
  revenueByMonth: Array<MonthRevenue>;
  /** true: these figures are of the accounts living at test clocks; false: live ones. */
  testMode: Scalars['Boolean']['output'];
};


/** Operators’ overview of live accounts, or of test-clock accounts in test mode: the two never mix in one figure. Each account is seen at its own clock (a test clock or the real time). */
export type DashboardAboutToBeRecycledArgs = {
  days?: Scalars['Int']['input'];
};


/** Operators’ overview of live accounts, or of test-clock accounts in test mode: the two never mix in one figure. Each account is seen at its own clock (a test clock or the real time). */
export type DashboardRenewalsDueArgs = {
  days?: Scalars['Int']['input'];
};


/** Operators’ overview of live accounts, or of test-clock accounts in test mode: the two never mix in one figure. Each account is seen at its own clock (a test clock or the real time). */
export type DashboardRevenueByMonthArgs = {
  months?: Scalars['Int']['input'];
};

/** The result of deleteWebhookEndpoint. */
export type DeleteWebhookEndpointPayload = {
  /** The deleted endpoint’s id; null when refused. */
  deletedEndpointId: Maybe<Scalars['ID']['output']>;
  /** Why it was refused (empty on success). */
  userErrors: Array<UserError>;
};

/** A contract price to end from a date (R-CAT-2). */
export type EndContractPriceInput = {
  /** The account whose contract price ends. */
  accountId: Scalars['ID']['input'];
  /** First day without a contract price (today or later; default today on the account’s clock). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** The contract-priced (CUSTOM) plan, e.g. "ENTERPRISE". */
  planCode: Scalars['String']['input'];
  /** The product code, e.g. "MEETING". */
  productCode: Scalars['String']['input'];
};

/** The account after `endContractPrice`. */
export type EndContractPricePayload = {
  /** The account (its `contractPrices` show the end date). Always set when `userErrors` is empty. */
  account: Maybe<Account>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** What the subscription allows today (R-LIFE-2, R-LIFE-5). */
export type Entitlements = {
  /** Seats may be added (R-SEAT-1). */
  addSeats: Scalars['Boolean']['output'];
  /** May start new sessions (false in grace, R-LIFE-2). */
  initiateSessions: Scalars['Boolean']['output'];
  /** A renewal is allowed now (R-RENEW-1). */
  renew: Scalars['Boolean']['output'];
  /** The service works at all. */
  service: Scalars['Boolean']['output'];
};

/** Force majeure recorded for a subscription (R-FM-1). */
export type ForceMajeure = {
  /** Each stretch recorded, oldest first. */
  events: Array<ForceMajeureEvent>;
  /** Why, in plain words, naming the rule ids that decided it. */
  explanation: Scalars['String']['output'];
  /** Either side may now end the agreement (30 days or more, R-FM-1). */
  mayEnd: Scalars['Boolean']['output'];
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** Days of force majeure recorded in total; the period end moved by as many. */
  totalDays: Scalars['Int']['output'];
};

/** One stretch of force majeure and the period end it moved (R-FM-1). */
export type ForceMajeureEvent = {
  /** Days of suspension: the period end moved by as many. */
  days: Scalars['Int']['output'];
  /** Why, in plain words, naming the rule ids that decided it. */
  explanation: Scalars['String']['output'];
  /** Exclusive period end after the extension. */
  periodEndAfter: Scalars['Date']['output'];
  /** Exclusive period end before the extension. */
  periodEndBefore: Scalars['Date']['output'];
  /** What happened, as recorded. */
  reason: Scalars['String']['output'];
  /** The business date it was recorded on. */
  recordedOn: Scalars['Date']['output'];
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
};

/** An invoice for one payment (R-INV-1, R-INV-2, R-INV-3). */
export type Invoice = Node & {
  /** The account it is issued to. */
  account: Account;
  /** The payment’s part of the order minus what was refunded of it (R-INV-3). */
  amount: Money;
  /** Path of the red-letter credit note PDF once refunds credited the issued fapiao (R-INV-3). */
  creditNoteUrl: Maybe<Scalars['String']['output']>;
  /** Credited by red-letter notes for refunds after invoicing (R-INV-3). */
  credited: Money;
  /** The business date of the latest red-letter credit (R-INV-3). */
  creditedOn: Maybe<Scalars['Date']['output']>;
  /** Natural days past dueOn while the invoice is still requested, on the account’s clock; 0 otherwise (R-INV-2). */
  daysOverdue: Scalars['Int']['output'];
  /** Path of the fapiao PDF while issued (GET with the same Bearer token; customers only their own account’s). */
  documentUrl: Maybe<Scalars['String']['output']>;
  /** Issued by (R-INV-2: 45 working days after the payment); null beyond the calendar’s data. */
  dueOn: Maybe<Scalars['Date']['output']>;
  /** Why dueOn is what it is, or why there is none (BEYOND_CALENDAR). */
  dueReason: Scalars['String']['output'];
  /** Why the amount is what it is. */
  explanation: Scalars['String']['output'];
  /** The invoice’s global id. */
  id: Scalars['ID']['output'];
  /** What the fapiao was issued for: the amount less what red-letter notes credited before it was issued (R-INV-3). */
  issuedAmount: Maybe<Money>;
  /** When an operator issued it; null while requested. */
  issuedAt: Maybe<Scalars['DateTime']['output']>;
  /** The business date printed on the fapiao, while issued (R-INV-2). */
  issuedOn: Maybe<Scalars['Date']['output']>;
  /** The fapiao number (发票号码) while issued: 8 digits (paper or classic e-fapiao) or 20 (fully digital fapiao). */
  number: Maybe<Scalars['String']['output']>;
  /** The payment it invoices (R-INV-3). */
  payment: Payment;
  /** When it was requested (the latest request, after a void). */
  requestedAt: Scalars['DateTime']['output'];
  /** The rules that decided the amount and the due date. */
  rules: Array<RuleRef>;
  /** Requested, issued or reversed (R-INV-3). */
  status: InvoiceStatus;
  /** The verified enterprise name (R-INV-1). */
  title: Scalars['String']['output'];
  /** General or special VAT invoice (R-INV-1). */
  type: InvoiceType;
  /** The fapiaos of this invoice that were voided, oldest first (R-INV-3). */
  voidedFapiaos: Array<VoidedFapiao>;
};

/** A page of a list of Invoice objects (Relay cursor connection). */
export type InvoiceConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<InvoiceEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One Invoice of a page, with its cursor. */
export type InvoiceEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The Invoice. */
  node: Invoice;
};

/** The invoice after `issueInvoice` or `voidInvoice`. */
export type InvoicePayload = {
  /** The invoice as it is now. Always set when `userErrors` is empty. */
  invoice: Maybe<Invoice>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
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
  idempotencyKey: Scalars['String']['input'];
  /** A requested invoice. */
  invoiceId: Scalars['ID']['input'];
  /** The business date printed on the fapiao: not before the request, not after today on the account’s clock. */
  issuedOn: Scalars['Date']['input'];
  /** The fapiao number (发票号码): 8 digits (paper or classic e-fapiao) or 20 digits (fully digital fapiao); spaces and full-width digits are folded. Used once, voided or not. */
  number: Scalars['String']['input'];
};

/** A month of postpaid usage to bill (R-PAY-5). */
export type IssuePostpaidBillInput = {
  /** The account’s global id. */
  accountId: Scalars['ID']['input'];
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** The usage lines; the bill’s amount is their sum. */
  lines: Array<PostpaidUsageLineInput>;
  /** The natural month billed, YYYY-MM (R-PAY-5). */
  month: Scalars['String']['input'];
};

/** One line of the double-entry journal: debits positive, credits negative. */
export type JournalEntry = {
  /** The global id of the customer account the line belongs to (null for lines of no customer account, e.g. cash held with a provider). */
  accountId: Maybe<Scalars['ID']['output']>;
  /** Signed: a debit is positive, a credit negative. */
  amount: Money;
  /** The journal line’s id. */
  id: Scalars['ID']['output'];
  /** cash:<METHOD>, revenue, customer_credit, customer_balance, refunds_payable, fee_income, receivable, late_fee_income */
  ledger: Scalars['String']['output'];
  /** What the line records, in plain words. */
  memo: Scalars['String']['output'];
  /** When it was posted. */
  postedAt: Scalars['DateTime']['output'];
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** What posted it: Payment, Refund, … */
  sourceType: Scalars['String']['output'];
  /** The posting all lines of one event share; its lines sum to zero. */
  transactionId: Scalars['String']['output'];
};

/** A page of a list of JournalEntry objects (Relay cursor connection). */
export type JournalEntryConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<JournalEntryEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One JournalEntry of a page, with its cursor. */
export type JournalEntryEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The JournalEntry. */
  node: JournalEntry;
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
  idempotencyKey: Scalars['String']['input'];
  /** A subscription of a free plan (R-CAT-2). */
  subscriptionId: Scalars['ID']['input'];
};

/** The subscription after `leaveFreePlan`. */
export type LeaveFreePlanPayload = {
  /** The subscription, TERMINATED from today. Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** One priced line with its explanation and rule ids. */
export type LineItem = {
  /** What the line costs, rounded half-up to the fen once per line (R-MONEY-1). */
  amount: Money;
  /** What the line charges, in plain words with its arithmetic, e.g. "6 seats × 95 CNY × 7 months". */
  description: Scalars['String']['output'];
  /** Billable months, for lines priced by month (R-SEAT-3). */
  months: Maybe<Scalars['Int']['output']>;
  /** How many units the line charges: seats, packs, bills… */
  quantity: Scalars['Int']['output'];
  /** The rules that priced the line. */
  rules: Array<RuleRef>;
  /** The price of one unit (for a monthly line, of one unit for one month) from the price book in force (R-CAT-1). */
  unitPrice: Money;
};

/** By creation: oldest first or newest first. */
export type ListOrder =
  /** The latest created first. */
  | 'NEWEST_FIRST'
  /** The earliest created first. */
  | 'OLDEST_FIRST';

/** An exact amount of money (R-MONEY-1). */
export type Money = {
  /** The amount in yuan with exactly two decimals, e.g. "10450.00" = 1 045 000 fen; computed in integer fen, never in floating point (R-MONEY-1). */
  amount: Scalars['Decimal']['output'];
  /** Always CNY. */
  currency: Currency;
};

/** Money taken in a month: payments applied to orders, less refunds approved that month. */
export type MonthRevenue = {
  /** Net: gross − refunded. */
  amount: Money;
  /** Payments applied to orders that month (by payment date), overpayments excluded. */
  gross: Money;
  /** YYYY-MM (business month, Asia/Shanghai). */
  month: Scalars['String']['output'];
  /** Refunds approved that month (by decision date). */
  refunded: Money;
};

/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type Mutation = {
  /** Activates a paid subscription with approved materials (operators; R-OPEN-2, R-OPEN-3). */
  activateSubscription: SubscriptionPayload;
  /** Orders seats for an ACTIVE subscription, co-termed and priced by the month (R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4). */
  addSeats: AddSeatsPayload;
  /** Moves a test clock forward; every transition that falls due for its accounts runs before this returns (operators). */
  advanceTestClock: TestClockPayload;
  /** Approves a refund request (operators): decided again on the order as it is now, never past R-REF-CAP; due to be paid back in 7 working days (R-REF-PAYOUT). */
  approveRefund: RefundPayload;
  /** Approves the materials (operators). */
  approveVerification: AccountPayload;
  /** Orders a value-added service (one-off, quantity × the catalog’s one-off price; R-CAT-2), non-refundable once paid (R-REF-NONREF). Operators buy on behalf of any account. */
  buyValueAdded: BuyValueAddedPayload;
  /** Cancels an order nothing has been paid on (its reserved seats are released; an unpaid opening ends its subscription). */
  cancelOrder: CancelOrderPayload;
  /** Re-prices a paid NEW_SUBSCRIPTION or RENEWAL order the customer got wrong at its own order date, never above the original; an ORDER_ERROR refund then returns exactly the difference (operators; R-REF-DUPLICATE). */
  correctOrder: CorrectOrderPayload;
  /** Creates a customer account (operators). */
  createAccount: CreateAccountPayload;
  /** Issues an API token (operators), with a name and an optional expiry; the token is returned once, only its hash is kept. Audited. */
  createApiToken: CreateApiTokenPayload;
  /** Creates a test clock frozen at an instant (operators). */
  createTestClock: TestClockPayload;
  /** Creates a webhook endpoint (operators for any account or every account; a customer administrator for their own). Its signing secret is returned this once. Audited. */
  createWebhookEndpoint: WebhookEndpointSecretPayload;
  /** Deletes an endpoint with its deliveries. Audited. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /** Stops sending to an endpoint: events that happen while it is disabled are not queued for it. Audited. */
  disableWebhookEndpoint: WebhookEndpointPayload;
  /** Sends to an endpoint again, starting with what was waiting when it was disabled (retries start afresh). Audited. */
  enableWebhookEndpoint: WebhookEndpointPayload;
  /** Ends an account’s contract price for a CUSTOM plan from a date, today or later: from then on the plan cannot be bought, added to or renewed until a new price is set (operators; R-CAT-2). Audited. */
  endContractPrice: EndContractPricePayload;
  /** Issues a requested invoice with its fapiao number and date (operators; R-INV-2, R-INV-3). Also re-issues a voided one. */
  issueInvoice: InvoicePayload;
  /** Records the postpaid usage bill of an account for a month: issued on the 1st of the next month, due on the 15th (operators; R-PAY-5). */
  issuePostpaidBill: PostpaidBillPayload;
  /** Leaves a free plan (R-CAT-2: no time limit, so it ends only when left or terminated): terminated from today, nothing to refund; audited. Leaving it again changes nothing. A paid plan is refused: it ends at its period end, by a refund or by an operator (R-LIFE-5). */
  leaveFreePlan: LeaveFreePlanPayload;
  /** Orders a new subscription (R-OPEN-1); it waits for payment and activation. */
  openSubscription: OpenSubscriptionPayload;
  /** Pays an order through the payment gateway or the prepaid balance (R-PAY-1, R-PAY-2, R-PAY-3, R-PAY-4). */
  payOrder: PayOrderPayload;
  /** Pays a postpaid bill in full, late fee included, through the gateway or the prepaid balance (R-PAY-5, R-PAY-1, R-PAY-4). */
  payPostpaidBill: PostpaidBillPayload;
  /** Pays an approved refund back now, before its due date (operators; R-REF-PAYOUT). */
  payRefund: RefundPayload;
  /** Records force majeure: the service period is extended by its days; after 30 days in total either side may end the agreement (operators; R-FM-1). */
  recordForceMajeure: SubscriptionOperationPayload;
  /** Records that a subscription was put into use (domain verified, administrator created, member added), as the product service reports it (operators and integrations). Once in use, an Exmail subscription is no longer refundable as unused (R-REF-UNUSED). Usage is never undone. */
  recordServiceUsage: RecordServiceUsagePayload;
  /** Records a violation: warning → suspension (no entitlements) → permanent ban (terminated), with its reason (operators; R-VIO-1, R-LIFE-5). */
  recordViolation: SubscriptionOperationPayload;
  /** Rejects a refund request with the reason the customer reads (operators; R-REF-REVIEW). */
  rejectRefund: RefundPayload;
  /** Rejects the materials with a reason (operators). */
  rejectVerification: AccountPayload;
  /** Removes seats at once; nothing is refunded (R-SEAT-5, R-MIG-4). */
  removeSeats: RemoveSeatsPayload;
  /** Orders a renewal from the previous period end (R-RENEW-1, R-RENEW-2, R-RENEW-3, R-LEGACY-1, R-MIG-3). */
  renewSubscription: RenewSubscriptionPayload;
  /** Requests the invoice of a payment (account administrators and operators; R-INV-1, R-INV-2, R-INV-3). */
  requestInvoice: RequestInvoicePayload;
  /** Requests a refund of an order (account administrators and operators): decided by the rules today and stored for review (R-REF-REVIEW). */
  requestRefund: RefundPayload;
  /** Sends one event to an endpoint again (or for the first time, for an event from before the endpoint existed), in its place in the account’s order, with retries starting afresh. */
  resendWebhookEvent: WebhookDeliveryPayload;
  /** Revokes an API token at once (operators: any token; a customer administrator: their account’s). Revoking a revoked token changes nothing. Audited. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Replaces the bootstrap operator token without a restart (operators): the old one stops signing in at once, the new secret is returned once. Idempotent by idempotencyKey. Audited. */
  rotateBootstrapToken: RotateBootstrapTokenPayload;
  /** Gives an endpoint a new signing secret, returned this once. For `overlapHours` (default 24) requests carry a signature with the old secret too, so receivers can switch without losing events. Audited. */
  rotateWebhookEndpointSecret: WebhookEndpointSecretPayload;
  /** Sends a `webhook.test` event to an endpoint now and answers with the outcome (not retried; does not count toward disabling the endpoint). */
  sendTestWebhookEvent: WebhookDeliveryPayload;
  /** Sets an account’s contract price (per seat per year) for a CUSTOM plan from a date, today or later; a later date changes it from then on (operators; R-CAT-2). Audited. */
  setContractPrice: SetContractPricePayload;
  /** Records the general-taxpayer certificate of an account (operators; R-INV-1). */
  setGeneralTaxpayer: SetGeneralTaxpayerPayload;
  /** Submits qualification materials for review (R-OPEN-2). */
  submitVerification: AccountPayload;
  /** The provider ends the agreement without cause on at least 10 natural days’ written notice; on the effective date the subscription is terminated and the unused part refunded pro rata without fee (operators; R-TERM-1). */
  terminateSubscription: TerminateSubscriptionPayload;
  /** Tops up the prepaid balance through the payment gateway (R-PAY-4). */
  topUpBalance: TopUpBalancePayload;
  /** Changes an endpoint’s URL, event types or description. Audited. */
  updateWebhookEndpoint: WebhookEndpointPayload;
  /** Upgrades EQQ to Qidian, keeping seats and period end (R-MIG-1, R-MIG-2). */
  upgradeSubscription: UpgradeSubscriptionPayload;
  /** An upheld appeal: restores the state before the latest violation step still in force (operators; R-VIO-1). */
  upholdAppeal: SubscriptionOperationPayload;
  /** Voids (作废) an issued fapiao with a reason: the number is kept in voidedFapiaos and the invoice is requested again, to be re-issued (operators; R-INV-3). */
  voidInvoice: InvoicePayload;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationActivateSubscriptionArgs = {
  input: ActivateSubscriptionInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationAddSeatsArgs = {
  input: AddSeatsInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationAdvanceTestClockArgs = {
  input: AdvanceTestClockInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationApproveRefundArgs = {
  input: ApproveRefundInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationApproveVerificationArgs = {
  input: ApproveVerificationInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationBuyValueAddedArgs = {
  input: BuyValueAddedInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationCorrectOrderArgs = {
  input: CorrectOrderInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationCreateTestClockArgs = {
  input: CreateTestClockInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationDeleteWebhookEndpointArgs = {
  input: WebhookEndpointIdInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationDisableWebhookEndpointArgs = {
  input: WebhookEndpointIdInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationEnableWebhookEndpointArgs = {
  input: WebhookEndpointIdInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationEndContractPriceArgs = {
  input: EndContractPriceInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationIssueInvoiceArgs = {
  input: IssueInvoiceInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationIssuePostpaidBillArgs = {
  input: IssuePostpaidBillInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationLeaveFreePlanArgs = {
  input: LeaveFreePlanInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationOpenSubscriptionArgs = {
  input: OpenSubscriptionInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationPayOrderArgs = {
  input: PayOrderInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationPayPostpaidBillArgs = {
  input: PayPostpaidBillInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationPayRefundArgs = {
  input: PayRefundInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRecordForceMajeureArgs = {
  input: RecordForceMajeureInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRecordServiceUsageArgs = {
  input: RecordServiceUsageInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRecordViolationArgs = {
  input: ViolationInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRejectRefundArgs = {
  input: RejectRefundInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRejectVerificationArgs = {
  input: RejectVerificationInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRemoveSeatsArgs = {
  input: RemoveSeatsInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRenewSubscriptionArgs = {
  input: RenewSubscriptionInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRequestInvoiceArgs = {
  input: RequestInvoiceInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRequestRefundArgs = {
  input: RequestRefundInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationResendWebhookEventArgs = {
  input: ResendWebhookEventInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRotateBootstrapTokenArgs = {
  input: RotateBootstrapTokenInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationRotateWebhookEndpointSecretArgs = {
  input: RotateWebhookEndpointSecretInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationSendTestWebhookEventArgs = {
  input: SendTestWebhookEventInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationSetContractPriceArgs = {
  input: SetContractPriceInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationSetGeneralTaxpayerArgs = {
  input: SetGeneralTaxpayerInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationSubmitVerificationArgs = {
  input: SubmitVerificationInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationTerminateSubscriptionArgs = {
  input: TerminateSubscriptionInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationTopUpBalanceArgs = {
  input: TopUpBalanceInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationUpgradeSubscriptionArgs = {
  input: UpgradeSubscriptionInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationUpholdAppealArgs = {
  input: ViolationInput;
};


/** Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key. */
export type MutationVoidInvoiceArgs = {
  input: VoidInvoiceInput;
};

/** The next change that happens by the passing of time alone. */
export type NextTransition = {
  /** The business date it happens unless something changes first (a renewal…). */
  on: Scalars['Date']['output'];
  /** Why, in plain words, with the rule ids. */
  reason: Scalars['String']['output'];
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** The status it will move to. */
  to: SubscriptionStatus;
};

/** An object with a global id (Relay). */
export type Node = {
  /** An opaque global id; `node(id:)` fetches the object it names. */
  id: Scalars['ID']['output'];
};

/** A new subscription to order (R-OPEN-1). */
export type OpenSubscriptionInput = {
  /** The account’s global id. */
  accountId: Scalars['ID']['input'];
  /** EQQ only (R-NUM-2): the 10-digit 400/800 number of the customer’s hotline contract (separators allowed). Activation assigns it instead of a pool number, once the operator has seen the contract. */
  hotlineContractNumber?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** The plan (edition) of the product, e.g. "SEATS" (see `catalog`). */
  planCode: Scalars['String']['input'];
  /** EQQ, QIDIAN, EXMAIL, MEETING */
  productCode: Scalars['String']['input'];
  /** Seats to buy, within the plan’s minimum and maximum (R-CAT-3). */
  seats: Scalars['Int']['input'];
  /** 1 to 3 (R-OPEN-1). */
  years: Scalars['Int']['input'];
};

/** The order and the subscription `openSubscription` created. */
export type OpenSubscriptionPayload = {
  /** The NEW_SUBSCRIPTION order to pay (`payOrder`). Always set when `userErrors` is empty. */
  order: Maybe<Order>;
  /** The subscription, PENDING_ACTIVATION until paid and activated. Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** An order: what was bought, priced line by line with rule ids. */
export type Order = Node & {
  /** The account that placed the order. */
  account: Account;
  /** The correction of a wrong order, if any (R-REF-DUPLICATE). */
  correction: Maybe<OrderCorrection>;
  /** When the order was placed (its account’s test clock time, if any). */
  createdAt: Scalars['DateTime']['output'];
  /** One line a customer can read: why the total is what it is. */
  explanation: Scalars['String']['output'];
  /** The date fulfilment is due by: activation (R-OPEN-4) or renewal (R-RENEW-5). */
  fulfilmentDueOn: Maybe<Scalars['Date']['output']>;
  /** The order’s global id. */
  id: Scalars['ID']['output'];
  /** The journal lines of this order’s payments and refunds (operators only: null with FORBIDDEN otherwise). */
  journalEntries: Maybe<Array<JournalEntry>>;
  /** What the order buys. */
  kind: OrderKind;
  /** The priced lines, each with its explanation and rule ids. */
  lines: Array<LineItem>;
  /** The business date the order was priced on (R-CAT-1). */
  orderDate: Scalars['Date']['output'];
  /** Still to pay before the order can be fulfilled (R-PAY-2). */
  outstanding: Money;
  /** Paid so far (successful payments, duplicates included). */
  paid: Money;
  /** The day the order was paid in full. */
  paidOn: Maybe<Scalars['Date']['output']>;
  /** Payments on the order, oldest first, duplicates included (R-PAY-3). */
  payments: Array<Payment>;
  /** Exclusive end of the period this order pays for. */
  periodEnd: Maybe<Scalars['Date']['output']>;
  /** Start of the period this order pays for. */
  periodStart: Maybe<Scalars['Date']['output']>;
  /** Refunded so far (R-REF-CAP: never above paid). */
  refunded: Money;
  /** Refunds requested against this order, oldest first by default. */
  refunds: Array<Refund>;
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** Seats bought (added seats for ADD_SEATS). */
  seats: Maybe<Scalars['Int']['output']>;
  /** Where the order stands. */
  status: OrderStatus;
  /** The subscription the order is for; null for a value-added order. */
  subscription: Maybe<Subscription>;
  /** The sum of the lines, each rounded once (R-MONEY-1): what the order costs. */
  total: Money;
  /** Years bought by an opening or a renewal; null for other kinds. */
  years: Maybe<Scalars['Int']['output']>;
};

/** A page of a list of Order objects (Relay cursor connection). */
export type OrderConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<OrderEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** A wrong order re-priced at its own order date (R-REF-DUPLICATE); Order.total and Order.lines keep the original. */
export type OrderCorrection = {
  /** When it was corrected. */
  correctedAt: Scalars['DateTime']['output'];
  /** The business date it was corrected on. */
  correctedOn: Scalars['Date']['output'];
  /** Original total − corrected total: what an ORDER_ERROR refund returns. */
  difference: Money;
  /** Why, in plain words, naming the rule ids that decided it. */
  explanation: Scalars['String']['output'];
  /** The corrected order priced line by line. */
  lines: Array<LineItem>;
  /** The operator’s note: what the customer meant to order. */
  note: Scalars['String']['output'];
  /** The exclusive end of the order’s period before the correction (null if not yet activated). */
  previousPeriodEnd: Maybe<Scalars['Date']['output']>;
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** The seats the customer meant. */
  seats: Maybe<Scalars['Int']['output']>;
  /** The corrected price (never above the original total). */
  total: Money;
  /** The years the customer meant. */
  years: Maybe<Scalars['Int']['output']>;
};

/** One Order of a page, with its cursor. */
export type OrderEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The Order. */
  node: Order;
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

/** The order of a list of orders. */
export type OrderSort =
  /** The latest created first. */
  | 'NEWEST_FIRST'
  /** The earliest created first. */
  | 'OLDEST_FIRST'
  /** By order date (Beijing business date), lowest first. */
  | 'ORDER_DATE_ASC'
  /** By order date (Beijing business date), highest first. */
  | 'ORDER_DATE_DESC'
  /** By status name, lowest first. */
  | 'STATUS_ASC'
  /** By status name, highest first. */
  | 'STATUS_DESC'
  /** By total amount, lowest first. */
  | 'TOTAL_ASC'
  /** By total amount, highest first. */
  | 'TOTAL_DESC';

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

/** Where a page sits in its list (Relay cursor connections). */
export type PageInfo = {
  /** The cursor of the page’s last edge (pass it as `after`); null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** With `first`: whether edges follow this page (ask again with `after: endCursor`). With `before`: true (the cursor’s edge follows it). */
  hasNextPage: Scalars['Boolean']['output'];
  /** With `last`: whether edges come before this page. With `after`: true (the cursor’s edge precedes it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page’s first edge (pass it as `before`); null for an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A payment on an order (R-PAY-1, R-PAY-2, R-PAY-3, R-PAY-4). */
export type PayOrderInput = {
  /** The amount paid, e.g. "5000.00". */
  amount: Scalars['Decimal']['input'];
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** How it is paid; BALANCE debits the prepaid balance (R-PAY-4). */
  method: PaymentMethod;
  /** The order’s global id. */
  orderId: Scalars['ID']['input'];
};

/** The payment `payOrder` made and its order. */
export type PayOrderPayload = {
  /** The order as it is now (PAID once paid in full, R-PAY-2). Always set when `userErrors` is empty. */
  order: Maybe<Order>;
  /** The payment (a duplicate if the order was already paid, R-PAY-3). Always set when `userErrors` is empty. */
  payment: Maybe<Payment>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A payment of a postpaid bill in full (R-PAY-5). */
export type PayPostpaidBillInput = {
  /** Exactly the bill’s outstanding amount (usage + late fee so far). */
  amount: Scalars['Decimal']['input'];
  /** The postpaid bill’s global id. */
  billId: Scalars['ID']['input'];
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** How it is paid; BALANCE debits the prepaid balance (R-PAY-4). */
  method: PaymentMethod;
};

/** Records the payout of an approved refund (R-REF-PAYOUT). */
export type PayRefundInput = {
  /** The refund’s global id. */
  refundId: Scalars['ID']['input'];
};

/** A payment through the payment gateway or the prepaid balance. */
export type Payment = Node & {
  /** The amount paid. */
  amount: Money;
  /** Paid after the order was already paid in full (R-PAY-3). */
  duplicate: Scalars['Boolean']['output'];
  /** The part beyond what the order needed: refundable (R-PAY-2, R-REF-DUPLICATE). */
  excess: Money;
  /** The payment’s global id. */
  id: Scalars['ID']['output'];
  /** The invoice of this payment, if one was requested (R-INV-3: at most one). */
  invoice: Maybe<Invoice>;
  /** The journal lines this payment posted (operators only: null with FORBIDDEN otherwise). */
  journalEntries: Maybe<Array<JournalEntry>>;
  /** How it was paid (R-PAY-1). */
  method: PaymentMethod;
  /** When it was paid. */
  paidAt: Scalars['DateTime']['output'];
  /** The Asia/Shanghai business date of `paidAt`, which payment-dated rules count from. */
  paidOn: Scalars['Date']['output'];
  /** The provider’s reference (R-PAY-1). */
  providerReference: Maybe<Scalars['String']['output']>;
  /** An order or a balance top-up. */
  purpose: PaymentPurpose;
  /** Refunded so far. */
  refunded: Money;
  /** Whether the money was taken. */
  status: PaymentStatus;
};

/** A page of a list of Payment objects (Relay cursor connection). */
export type PaymentConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<PaymentEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One Payment of a page, with its cursor. */
export type PaymentEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The Payment. */
  node: Payment;
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

/** A plan (edition) of a product. */
export type Plan = {
  /** The plan’s code within its product, e.g. "SEATS"; used as `planCode`. */
  code: Scalars['String']['output'];
  /** The most seats a subscription may have (R-CAT-3, R-SEAT-1); null: no maximum. */
  maxSeats: Maybe<Scalars['Int']['output']>;
  /** The fewest seats a subscription may have (R-CAT-3); null: no minimum. */
  minSeats: Maybe<Scalars['Int']['output']>;
  /** The plan’s display name. */
  name: Scalars['String']['output'];
  /** Its dated price books, oldest first; the one in force on a date prices it (R-CAT-1). */
  priceBooks: Array<PriceBook>;
  /** What one unit of a value-added item buys, e.g. "1,000 SMS" (section 1.4). */
  unit: Maybe<Scalars['String']['output']>;
};

/** A postpaid usage bill for one natural month (R-PAY-5). */
export type PostpaidBill = Node & {
  /** The account billed. */
  account: Account;
  /** The usage billed. */
  amount: Money;
  /** The account is closed on this day if still unpaid; the fee stops then. */
  closesOn: Scalars['Date']['output'];
  /** Days overdue as of the latest assessment. */
  daysOverdue: Scalars['Int']['output'];
  /** The 15th of the next month (demo terms). */
  dueOn: Scalars['Date']['output'];
  /** Why, in plain words, naming the rule ids that decided it. */
  explanation: Scalars['String']['output'];
  /** The bill’s global id. */
  id: Scalars['ID']['output'];
  /** The 1st of the next month. */
  issuedOn: Scalars['Date']['output'];
  /** Late fees accrued so far: 0.05% of the unpaid amount per day overdue, simple (R-PAY-5). */
  lateFee: Money;
  /** The day of the latest late-fee assessment. */
  lateFeeAssessedOn: Maybe<Scalars['Date']['output']>;
  /** Why the late fee is what it is, with rule ids. */
  lateFeeExplanation: Maybe<Scalars['String']['output']>;
  /** The late-fee line of the latest assessment (empty while none is due). */
  lateFeeLines: Array<LineItem>;
  /** The usage lines billed. */
  lines: Array<LineItem>;
  /** How it was paid; null while unpaid. */
  method: Maybe<PaymentMethod>;
  /** The month billed, YYYY-MM. */
  month: Scalars['String']['output'];
  /** amount + lateFee − paid: what payPostpaidBill takes now. */
  outstanding: Money;
  /** Paid so far: 0 or everything (bills are paid in full). */
  paid: Money;
  /** When it was paid; null while unpaid. */
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** The business date it was paid; null while unpaid. */
  paidOn: Maybe<Scalars['Date']['output']>;
  /** Exclusive end of the month billed. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the month billed. */
  periodStart: Scalars['Date']['output'];
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** Where the bill stands, as of its latest late-fee assessment (R-PAY-5). */
  status: PostpaidBillStatus;
  /** The service is suspended on this day if still unpaid. */
  suspendsOn: Scalars['Date']['output'];
};

/** A page of a list of PostpaidBill objects (Relay cursor connection). */
export type PostpaidBillConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<PostpaidBillEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One PostpaidBill of a page, with its cursor. */
export type PostpaidBillEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The PostpaidBill. */
  node: PostpaidBill;
};

/** The bill after `issuePostpaidBill` or `payPostpaidBill`. */
export type PostpaidBillPayload = {
  /** The bill as it is now. Always set when `userErrors` is empty. */
  postpaidBill: Maybe<PostpaidBill>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

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
  amount: Scalars['Decimal']['input'];
  /** What was used, e.g. "SMS: 1,200 messages". */
  description: Scalars['String']['input'];
};

/** A dated price book (R-CAT-1). */
export type PriceBook = {
  /** The first business date it is in force; it prices orders from then until the next book’s date (R-CAT-1). */
  effectiveFrom: Scalars['Date']['output'];
  /** A FLAT book’s price for one year, whatever the seats; null for other models. */
  flatAnnual: Maybe<Money>;
  /** A FLAT book’s price for one month; null for other models. */
  flatMonthly: Maybe<Money>;
  /** The price book’s catalog id. */
  id: Scalars['String']['output'];
  /** PER_SEAT_VOLUME, FLAT, FREE or CUSTOM (R-CAT-2). */
  model: Scalars['String']['output'];
  /** The price of one unit of a one-off (value-added) item; null for subscriptions. */
  oneOffPrice: Maybe<Money>;
  /** The volume tiers of a PER_SEAT_VOLUME book, fewest seats first; empty otherwise. */
  tiers: Array<PriceTier>;
};

/** A tier of a per-seat volume price book (R-CAT-2). */
export type PriceTier = {
  /** Price of one seat for one year; every seat is priced at the tier of the total (R-SEAT-4, R-RENEW-3). */
  annualUnitPrice: Money;
  /** The largest seat total this tier prices; null: no upper bound. */
  maxSeats: Maybe<Scalars['Int']['output']>;
  /** The smallest seat total this tier prices. */
  minSeats: Scalars['Int']['output'];
  /** Price of one seat for one month, for seats added mid-period (R-SEAT-3). */
  monthlyUnitPrice: Money;
};

/** A product of the catalog (EQQ, Qidian, Exmail, Meeting…). */
export type Product = {
  /** The product code, e.g. "EQQ"; used as `productCode`. */
  code: Scalars['String']['output'];
  /** The product’s display name. */
  name: Scalars['String']['output'];
  /** A one-off product (value-added services, VAS): bought with buyValueAdded, never subscribed to (R-CAT-2). */
  oneOff: Scalars['Boolean']['output'];
  /** Its plans (editions). */
  plans: Array<Plan>;
  /** No renewal or new purchase on or after this date (R-CAT-4). */
  renewalsEndOn: Maybe<Scalars['Date']['output']>;
  /** Every subscription ends on this date (R-CAT-4). */
  serviceEndsOn: Maybe<Scalars['Date']['output']>;
  /** The upgrade its subscriptions are offered (EQQ → Qidian, R-MIG-1), until its service end; null when none. */
  upgrade: Maybe<ProductUpgrade>;
};

/** Where a product’s subscriptions can be upgraded to (R-MIG-1). */
export type ProductUpgrade = {
  /** Upgrades completed on or before this date join the original-price renewal promotion (R-MIG-1, R-MIG-3); later ones renew at the new product’s market prices. */
  promotionUpgradeBy: Scalars['Date']['output'];
  /** Its plan, e.g. "SEATS". */
  toPlanCode: Scalars['String']['output'];
  /** The product upgraded to, e.g. "QIDIAN". */
  toProductCode: Scalars['String']['output'];
};

/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type Query = {
  /** An account; customers see only their own. */
  account: Maybe<Account>;
  /** All accounts (operators). */
  accounts: AccountConnection;
  /** API tokens, newest first by default: every token for operators (or one account’s), their own account’s for a customer administrator (members: FORBIDDEN). Revoked and expired ones included, with their status. */
  apiTokens: ApiTokenConnection;
  /** The audit trail, newest first by default, by object and/or account (operators). */
  auditLog: AuditEntryConnection;
  /** One billing event by its id (null when there is none the caller may see; members: FORBIDDEN). */
  billingEvent: Maybe<BillingEvent>;
  /** Billing events, oldest first by default (the order they happened in, per account too): every account’s for operators, their own account’s for a customer administrator (members: FORBIDDEN). */
  billingEvents: BillingEventConnection;
  /** Products, plans and price books with tiers and effective dates. */
  catalog: Array<Product>;
  /** Revenue, refunds, renewals due and accounts in grace (operators). */
  dashboard: Dashboard;
  /** Every invoice, newest first by default: sorted, filtered by status and searched (operators; R-INV-2, R-INV-3). */
  invoices: InvoiceConnection;
  /** The double-entry journal, newest first by default, by ledger, customer account and/or transaction (operators). */
  journal: JournalEntryConnection;
  /** Any object by its global id (Relay). */
  node: Maybe<Node>;
  /** An order by id; null when there is none the caller may see (customers: their own). */
  order: Maybe<Order>;
  /** Requested invoices past their due date on their account’s clock, oldest request first (operators; R-INV-2). */
  overdueInvoices: InvoiceConnection;
  /** A postpaid bill; customers see only their own. */
  postpaidBill: Maybe<PostpaidBill>;
  /** A price preview with no side effect (R-OPEN-1, R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4, R-RENEW-1, R-RENEW-2, R-RENEW-3, R-LEGACY, R-MIG-3, R-CAT-2 value-added items and contract prices). */
  quote: Quote;
  /** A refund by id; null when there is none the caller may see (customers: their own). */
  refund: Maybe<Refund>;
  /** What requestRefund with the same fields would get on asOf, with no side effect (section 8). */
  refundPreview: RefundDecision;
  /** The refund review queue, oldest first (operators; R-REF-REVIEW). */
  refunds: RefundConnection;
  /** A subscription by id; null when there is none the caller may see (customers: their own). */
  subscription: Maybe<Subscription>;
  /** All test clocks (operators). */
  testClocks: Array<TestClock>;
  /** Who am I: role and account. */
  viewer: ViewerType;
  /** One webhook endpoint (null when there is none the caller may see). */
  webhookEndpoint: Maybe<WebhookEndpoint>;
  /** Webhook endpoints, newest first by default: every endpoint for operators, their own account’s for a customer administrator (members: FORBIDDEN). */
  webhookEndpoints: WebhookEndpointConnection;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  sort?: InputMaybe<AccountSort>;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryApiTokensArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryAuditLogArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  objectId?: InputMaybe<Scalars['ID']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  testMode?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryBillingEventArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryBillingEventsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryDashboardArgs = {
  testMode?: Scalars['Boolean']['input'];
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<InvoiceSort>;
  status?: InputMaybe<InvoiceStatus>;
  testMode?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryJournalArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  ledger?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<JournalSort>;
  testMode?: InputMaybe<Scalars['Boolean']['input']>;
  transactionId?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryOverdueInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  testMode?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryPostpaidBillArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryQuoteArgs = {
  input: QuoteInput;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryRefundArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryRefundPreviewArgs = {
  input: RefundPreviewInput;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryRefundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<RefundSort>;
  status?: InputMaybe<RefundStatus>;
  testMode?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QuerySubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md). */
export type QueryWebhookEndpointsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
};

/** A price preview with no side effect. A quote the rules refuse has total null and the refusal in userErrors. */
export type Quote = {
  /** What was priced. */
  action: QuoteAction;
  /** The date it was priced on. */
  asOf: Scalars['Date']['output'];
  /** One line a customer can read: the price and the rules behind it, or why it is refused. */
  explanation: Scalars['String']['output'];
  /** The priced lines with their explanations and rule ids; empty when refused. */
  lines: Array<LineItem>;
  /** The period priced has no end: a free plan has no time limit (R-CAT-2), so it is never renewed. */
  openEnded: Scalars['Boolean']['output'];
  /** Exclusive end of the period priced; null when refused, and for a free plan, which has no period end (see openEnded, R-CAT-2). */
  periodEnd: Maybe<Scalars['Date']['output']>;
  /** Start of the period priced (a new subscription: as if activated on asOf, R-OPEN-3). */
  periodStart: Maybe<Scalars['Date']['output']>;
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** The product’s service end, when the period priced runs past it (R-CAT-4): the service stops on this date, before periodEnd. Null when the period ends by then, or the product is not sunset. */
  serviceEndsOn: Maybe<Scalars['Date']['output']>;
  /** What it would cost: the sum of the lines. Null when the rules refuse it. */
  total: Maybe<Money>;
  /** Why the rules refuse it (then total is null); empty when it is priced. */
  userErrors: Array<UserError>;
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
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** What to price; it decides which other fields apply. */
  action: QuoteAction;
  /** The date to price on; default: today on the account’s clock (real today without an account). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** NEW_SUBSCRIPTION: the plan (edition); VALUE_ADDED: the item (CUSTOMER_LIBRARY, MASS_MESSAGES, SMS, BOT). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** NEW_SUBSCRIPTION: EQQ, QIDIAN, EXMAIL, MEETING. */
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** VALUE_ADDED: units of the item, 1 to 1,000 (default 1). */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** NEW_SUBSCRIPTION: seats; ADD_SEATS: seats to add. */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** ADD_SEATS and RENEWAL: the subscription. */
  subscriptionId?: InputMaybe<Scalars['ID']['input']>;
  /** NEW_SUBSCRIPTION and RENEWAL: years. */
  years?: InputMaybe<Scalars['Int']['input']>;
};

/** Refund requests of one reason, over all time. */
export type ReasonRefunds = {
  /** Approved or paid out. */
  amount: Money;
  /** Of those, the ones approved or paid out. */
  approvedCount: Scalars['Int']['output'];
  /** Requests with this reason. */
  count: Scalars['Int']['output'];
  /** A RefundReason. */
  reason: Scalars['String']['output'];
};

/** Force majeure that suspended a subscription’s service (R-FM-1). */
export type RecordForceMajeureInput = {
  /** Natural days the force majeure suspended the service (1 or more). */
  days: Scalars['Int']['input'];
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** What happened, recorded with the extension. */
  reason: Scalars['String']['input'];
  /** The subscription’s global id. */
  subscriptionId: Scalars['ID']['input'];
};

/** What the product service reports as used; true marks it, false or absent leaves it. */
export type RecordServiceUsageInput = {
  /** true: an administrator mailbox was created (never undone). */
  adminCreated?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: the mail domain was verified (never undone). */
  domainVerified?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: a member mailbox was added (never undone). */
  memberAdded?: InputMaybe<Scalars['Boolean']['input']>;
  /** The subscription’s global id. */
  subscriptionId: Scalars['ID']['input'];
};

/** The subscription after `recordServiceUsage`. */
export type RecordServiceUsagePayload = {
  /** The subscription, with its `serviceUsage`. Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A refund request against one order, as decided by the rules (section 8). */
export type Refund = Node & {
  /** The account that requested it. */
  account: Account;
  /** Gross amount taken off the order (R-REF-CAP). */
  amount: Money;
  /** When it was approved or rejected; null while requested. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The business date it was decided on, which the payout deadline counts from. */
  decidedOn: Maybe<Scalars['Date']['output']>;
  /** The decision as made: on request, then again on approval. */
  decision: RefundDecision;
  /** The operator’s note on approval or rejection. */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** The stored decision allows the refund. */
  eligible: Scalars['Boolean']['output'];
  /** References to the customer’s evidence. */
  evidence: Array<Scalars['String']['output']>;
  /** Handling fee kept (R-REF-FEE). */
  fee: Money;
  /** The refund’s global id. */
  id: Scalars['ID']['output'];
  /** The original payment method most of it goes back to (R-REF-PAYOUT); see parts. */
  method: PaymentMethod;
  /** The customer’s words, if any. */
  note: Maybe<Scalars['String']['output']>;
  /** The order it is requested against. */
  order: Order;
  /** When it was paid back; null until then. */
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** How it goes back to the order’s payments. */
  parts: Array<RefundPart>;
  /** What the customer receives: amount − fee. */
  payout: Money;
  /** Paid back by (R-REF-PAYOUT: 7 working days after approval); null beyond the calendar’s data. */
  payoutDueOn: Maybe<Scalars['Date']['output']>;
  /** Why payoutDueOn is what it is, or why there is none (BEYOND_CALENDAR). */
  payoutDueReason: Maybe<Scalars['String']['output']>;
  /** What the customer asked for. */
  reason: RefundReason;
  /** When it was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** The business date it was requested on, which the review deadline counts from. */
  requestedOn: Scalars['Date']['output'];
  /** First response due by (R-REF-REVIEW); null beyond the calendar’s data. */
  reviewDueOn: Maybe<Scalars['Date']['output']>;
  /** Why reviewDueOn is what it is, or why there is none. */
  reviewDueReason: Maybe<Scalars['String']['output']>;
  /** Where the refund stands. */
  status: RefundStatus;
};

/** A page of a list of Refund objects (Relay cursor connection). */
export type RefundConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<RefundEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** A refund decision of the rules engine (section 8), with every rule it considered. */
export type RefundDecision = {
  /** Gross amount taken off the order: counts toward R-REF-CAP. */
  amount: Money;
  /** The business date the request is decided on (null when the order was not found). */
  asOf: Maybe<Scalars['Date']['output']>;
  /** Every rule considered, in the spec’s order. */
  considered: Array<RefundRuleCheck>;
  /** A refund is allowed; otherwise nothing is refundable (R-REF-OTHERWISE). */
  eligible: Scalars['Boolean']['output'];
  /** Approving ends the subscription (the service itself is refunded). */
  endsSubscription: Scalars['Boolean']['output'];
  /** One line a customer can read. */
  explanation: Scalars['String']['output'];
  /** Handling fee kept (R-REF-FEE). */
  fee: Money;
  /** The refunded parts (positive) and the fee (negative): they sum to payout. */
  lines: Array<LineItem>;
  /** What the customer receives: amount − fee. */
  payout: Money;
  /** The rules that decided. */
  rules: Array<RuleRef>;
  /** Why it is not refundable, as requestRefund would answer (empty when eligible). */
  userErrors: Array<UserError>;
};

/** One Refund of a page, with its cursor. */
export type RefundEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The Refund. */
  node: Refund;
};

/** The share of a refund that goes back to one payment (R-REF-PAYOUT). */
export type RefundPart = {
  /** Taken off this payment (gross). */
  amount: Money;
  /** The original payment method it goes back to. */
  method: PaymentMethod;
  /** The original payment this part goes back to. */
  payment: Payment;
  /** Paid back to the method: amount minus its share of the fee. */
  payout: Money;
  /** The provider’s payout reference, once paid. */
  reference: Maybe<Scalars['String']['output']>;
};

/** The refund after a request, approval, rejection or payout. */
export type RefundPayload = {
  /** The refund as it is now. Always set when `userErrors` is empty. */
  refund: Maybe<Refund>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A refund claim to decide without requesting it (section 8). */
export type RefundPreviewInput = {
  /** Decide as of this date (default: today on the account’s clock). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** When the event the claim rests on happened (R-REF-WINDOW: Meeting claims within 48 hours; an outage: when it ended or passed 72 hours). */
  eventAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** References to evidence (screenshots, tickets); needed for R-REF-DEFECT. */
  evidence?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The customer’s words, up to 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The order’s global id. */
  orderId: Scalars['ID']['input'];
  /** Longest consecutive platform outage, in hours (R-REF-OUTAGE: more than 72). */
  outageHours?: InputMaybe<Scalars['Float']['input']>;
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

/** One rule the decision considered, whether it applied, and why (R-REF-OTHERWISE). */
export type RefundRuleCheck = {
  /** The rule’s condition held and shaped the decision (granted, blocked, capped, charged a fee). */
  applied: Scalars['Boolean']['output'];
  /** The rule considered. */
  rule: RuleRef;
  /** Why it applied or not, with the facts it read. */
  why: Scalars['String']['output'];
};

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
  note: Scalars['String']['input'];
  /** The refund’s global id. */
  refundId: Scalars['ID']['input'];
};

/** Rejects an account’s pending materials (R-OPEN-2). */
export type RejectVerificationInput = {
  /** The account whose materials are rejected. */
  accountId: Scalars['ID']['input'];
  /** Why, for the customer: shown as `Account.verificationNote`. */
  reason: Scalars['String']['input'];
};

/** A renewal reminder sent to the customer (R-LIFE-4). */
export type Reminder = {
  /** The day the rules make it due. */
  dueOn: Scalars['Date']['output'];
  /** Which reminder it is. */
  kind: ReminderKind;
  /** The text sent to the customer. */
  message: Scalars['String']['output'];
  /** The (exclusive) end of the period it reminds about. */
  periodEnd: Scalars['Date']['output'];
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** When it was sent (the account’s clock). */
  sentAt: Scalars['DateTime']['output'];
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
  idempotencyKey: Scalars['String']['input'];
  /** Seats to remove (停用工号): effective at once, never refunded (R-SEAT-5). */
  seats: Scalars['Int']['input'];
  /** The subscription’s global id. */
  subscriptionId: Scalars['ID']['input'];
};

/** The subscription after `removeSeats`. */
export type RemoveSeatsPayload = {
  /** The subscription as it is now. Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A renewal to order (R-RENEW-1, R-RENEW-2, R-RENEW-3). */
export type RenewSubscriptionInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** The subscription’s global id. */
  subscriptionId: Scalars['ID']['input'];
  /** Years to add from the previous period end: EQQ exactly 1, others 1–3 (R-RENEW-2). */
  years?: Scalars['Int']['input'];
};

/** The order `renewSubscription` placed and its subscription. */
export type RenewSubscriptionPayload = {
  /** The RENEWAL order; the period moves once it is paid in full. Always set when `userErrors` is empty. */
  order: Maybe<Order>;
  /** The subscription as it is now. Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The invoice of one payment to request (R-INV-1, R-INV-2, R-INV-3). */
export type RequestInvoiceInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** The payment to invoice: one invoice per payment (R-INV-3). */
  paymentId: Scalars['ID']['input'];
  /** Must equal the account’s verified enterprise name (R-INV-1). */
  title: Scalars['String']['input'];
  /** GENERAL, or SPECIAL_VAT for a general taxpayer (R-INV-1). */
  type: InvoiceType;
};

/** The invoice `requestInvoice` requested. */
export type RequestInvoicePayload = {
  /** The requested invoice. Always set when `userErrors` is empty. */
  invoice: Maybe<Invoice>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A refund claim against one order (section 8). */
export type RequestRefundInput = {
  /** When the event the claim rests on happened (R-REF-WINDOW: Meeting claims within 48 hours; an outage: when it ended or passed 72 hours). */
  eventAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** References to evidence (screenshots, tickets); needed for R-REF-DEFECT. */
  evidence?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** The customer’s words, up to 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The order’s global id. */
  orderId: Scalars['ID']['input'];
  /** Longest consecutive platform outage, in hours (R-REF-OUTAGE: more than 72). */
  outageHours?: InputMaybe<Scalars['Float']['input']>;
  /** What the customer asks for; it decides which refund rules apply. */
  reason: RefundReason;
};

/** An event to send to an endpoint again. */
export type ResendWebhookEventInput = {
  /** The endpoint’s global id. */
  endpointId: Scalars['ID']['input'];
  /** The billing event’s global id. */
  eventId: Scalars['ID']['input'];
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** The global id of the token (ApiToken.id). */
  id: Scalars['ID']['input'];
};

/** The result of revokeApiToken. */
export type RevokeApiTokenPayload = {
  /** The revoked token (also when it was already revoked); null when refused. */
  apiToken: Maybe<ApiToken>;
  /** Why the token was not revoked (empty on success). */
  userErrors: Array<UserError>;
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
  idempotencyKey: Scalars['String']['input'];
};

/** The result of rotateBootstrapToken. */
export type RotateBootstrapTokenPayload = {
  /** The new bootstrap token’s record; null when refused. */
  apiToken: Maybe<ApiToken>;
  /** True when this answers a retry of an earlier rotation with the same key; null when refused. */
  replayed: Maybe<Scalars['Boolean']['output']>;
  /** The new bootstrap token, shown only this once: null on a retry with the same idempotencyKey. */
  token: Maybe<Scalars['String']['output']>;
  /** Why nothing was rotated (empty on success). */
  userErrors: Array<UserError>;
};

/** A new signing secret for an endpoint. */
export type RotateWebhookEndpointSecretInput = {
  /** The endpoint’s global id. */
  id: Scalars['ID']['input'];
  /** Hours the old secret still signs requests beside the new one (0–168, default 24), while receivers switch. */
  overlapHours?: InputMaybe<Scalars['Int']['input']>;
};

/** A rule of billing-rules.md that produced or decided something. */
export type RuleRef = {
  /** The rule id, e.g. "R-SEAT-4". */
  id: Scalars['String']['output'];
  /** The rule in one sentence, as docs/billing-rules.md states it. */
  summary: Scalars['String']['output'];
};

/** The endpoint to send a test event to. */
export type SendTestWebhookEventInput = {
  /** The endpoint’s global id. */
  endpointId: Scalars['ID']['input'];
};

/** Whether an Exmail subscription was put into use, as the mailbox service reports it (R-REF-UNUSED). */
export type ServiceUsage = {
  /** An administrator mailbox was created. */
  adminCreated: Scalars['Boolean']['output'];
  /** The mail domain was verified. */
  domainVerified: Scalars['Boolean']['output'];
  /** Any of the three happened: the service was put into use. */
  inUse: Scalars['Boolean']['output'];
  /** A member mailbox was added. */
  memberAdded: Scalars['Boolean']['output'];
};

/** A contract price to set or change from a date (R-CAT-2). */
export type SetContractPriceInput = {
  /** The account the price is agreed with. */
  accountId: Scalars['ID']['input'];
  /** First day of the new price, today or later; default today on the account’s clock. A later date changes the price from then on. */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** A contract-priced (CUSTOM) plan, e.g. ENTERPRISE. */
  planCode: Scalars['String']['input'];
  /** e.g. MEETING. */
  productCode: Scalars['String']['input'];
  /** Price per seat per year, from 0.01 to 1,000,000.00 CNY (R-CAT-2, R-MONEY-1). */
  unitPrice: Scalars['Decimal']['input'];
};

/** The account after `setContractPrice`. */
export type SetContractPricePayload = {
  /** The account (its `contractPrices` list every price). Always set when `userErrors` is empty. */
  account: Maybe<Account>;
  /** The price set. */
  contractPrice: Maybe<ContractPrice>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Whether an account holds the general-taxpayer certificate. */
export type SetGeneralTaxpayerInput = {
  /** The account concerned. */
  accountId: Scalars['ID']['input'];
  /** The account has shown its general-taxpayer certificate (special VAT invoices, R-INV-1). */
  generalTaxpayer: Scalars['Boolean']['input'];
};

/** The account after `setGeneralTaxpayer`. */
export type SetGeneralTaxpayerPayload = {
  /** The account as it is now. Always set when `userErrors` is empty. */
  account: Maybe<Account>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Qualification materials for review (R-OPEN-2). */
export type SubmitVerificationInput = {
  /** The account the materials are for. */
  accountId: Scalars['ID']['input'];
  /** References to the business licence, legal representative ID and contact. */
  documents: Array<Scalars['String']['input']>;
  /** The enterprise name as on the business licence. */
  verifiedName: Scalars['String']['input'];
};

/** A subscription of an account to a product plan. */
export type Subscription = Node & {
  /** The account it belongs to. */
  account: Account;
  /** Day of activation: the first day of the first period (service since); kept across renewals (R-OPEN-3). */
  activatedOn: Maybe<Scalars['Date']['output']>;
  /** Exclusive end of the paid period (R-TIME-1); null before activation, and for a free plan, which has no period end (see openEnded, R-CAT-2). */
  currentPeriodEnd: Maybe<Scalars['Date']['output']>;
  /** First day of the current paid period: the activation day, then, after each renewal, the previous period end (R-RENEW-2). */
  currentPeriodStart: Maybe<Scalars['Date']['output']>;
  /** Days of the paid period left, counting today. */
  daysLeft: Maybe<Scalars['Int']['output']>;
  /** The 10-digit 400/800 enterprise number (R-NUM). */
  enterpriseNumber: Maybe<Scalars['String']['output']>;
  /** What it allows today on the account’s clock (R-LIFE-2, R-LIFE-5). */
  entitlements: Entitlements;
  /** The last day of service: currentPeriodEnd − 1 day (R-TIME-1). */
  expiresOn: Maybe<Scalars['Date']['output']>;
  /** Force majeure recorded, if any (R-FM-1). */
  forceMajeure: Maybe<ForceMajeure>;
  /** The last day of grace; recycling happens the day after (R-LIFE-2, R-LIFE-3). */
  graceEndsOn: Maybe<Scalars['Date']['output']>;
  /**
   * Every recorded transition (R-LIFE-6), oldest first.
   * @deprecated Reads the whole history: use historyConnection, which pages it.
   */
  history: Array<SubscriptionEvent>;
  /** The recorded transitions (R-LIFE-6) a page at a time, oldest first by default. */
  historyConnection: SubscriptionEventConnection;
  /** The hotline-contract number asked for at opening, assigned at activation (R-NUM-2). */
  hotlineContractNumber: Maybe<Scalars['String']['output']>;
  /** The subscription’s global id. */
  id: Scalars['ID']['output'];
  /** Seats renewed at the legacy price under the promotion (R-MIG-2, E). */
  legacySeats: Scalars['Int']['output'];
  /** The EQQ → Qidian upgrade, if any (R-MIG). */
  migration: Maybe<SubscriptionMigration>;
  /** The next status change the passing of time alone brings (grace, recycling…); null when none is due. */
  nextTransition: Maybe<NextTransition>;
  /** Activated with no period end: a free plan has no time limit (R-CAT-2). No renewal, grace, recycling or reminders; it ends only when the customer leaves it or an operator terminates it. */
  openEnded: Scalars['Boolean']['output'];
  /** The business date it was opened (ordered). */
  openedOn: Scalars['Date']['output'];
  /**
   * Every order of the subscription, oldest first.
   * @deprecated Reads every order of the subscription: use ordersConnection, which pages them.
   */
  orders: Array<Order>;
  /** The subscription’s orders a page at a time, oldest first by default. */
  ordersConnection: OrderConnection;
  /** Seats of add-seat orders awaiting payment: reserved against the plan maximum, counted once paid. */
  pendingSeats: Scalars['Int']['output'];
  /** The plan (edition) subscribed to. */
  plan: SubscriptionPlan;
  /** The product subscribed to. */
  product: SubscriptionProduct;
  /** Renewal reminders sent so far, oldest first (R-LIFE-4). */
  reminders: Array<Reminder>;
  /** The first day a renewal is allowed (R-RENEW-1). */
  renewalOpensOn: Maybe<Scalars['Date']['output']>;
  /** Seats in service now, added seats included (R-SEAT-1, R-SEAT-2). */
  seats: Scalars['Int']['output'];
  /** Whether the service was put into use (R-REF-UNUSED). */
  serviceUsage: ServiceUsage;
  /** The state today (the account’s clock), from the lifecycle rules. */
  status: SubscriptionStatus;
  /** Why the subscription is in its state, with rule ids. */
  statusReason: Scalars['String']['output'];
  /** The latest termination notice, if any (R-TERM-1). */
  terminationNotice: Maybe<TerminationNotice>;
  /** The upgrade open today on the account’s clock (EQQ → Qidian, R-MIG-1): null when none is, e.g. from the service end (R-CAT-4) or once recycled. */
  upgradeOffer: Maybe<UpgradeOffer>;
  /** The violation level in force (R-VIO-1). */
  violationLevel: ViolationLevel;
  /** Every violation step and upheld appeal, oldest first (R-VIO-1). */
  violations: Array<SubscriptionViolation>;
};


/** A subscription of an account to a product plan. */
export type SubscriptionHistoryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
};


/** A subscription of an account to a product plan. */
export type SubscriptionOrdersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
};

/** A page of a list of Subscription objects (Relay cursor connection). */
export type SubscriptionConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<SubscriptionEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One Subscription of a page, with its cursor. */
export type SubscriptionEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The Subscription. */
  node: Subscription;
};

/** A recorded transition (R-LIFE-6). */
export type SubscriptionEvent = {
  /** What caused it, a stable code: OPENED, ACTIVATED, RENEWED, PERIOD_ENDED, GRACE_ENDED, REFUNDED, UPGRADED, FORCE_MAJEURE, MOVED_TO_PAID_PLAN… */
  cause: Scalars['String']['output'];
  /** The business date it takes effect (e.g. the period end for PERIOD_ENDED). */
  effectiveOn: Scalars['Date']['output'];
  /** The status before; null for the opening. */
  fromStatus: Maybe<SubscriptionStatus>;
  /** When it was recorded. */
  occurredAt: Scalars['DateTime']['output'];
  /** Why, in plain words, with the rule ids. */
  reason: Scalars['String']['output'];
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** The status after (the same as before for a change such as RENEWED). */
  toStatus: SubscriptionStatus;
};

/** A page of a list of SubscriptionEvent objects (Relay cursor connection). */
export type SubscriptionEventConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<SubscriptionEventEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One SubscriptionEvent of a page, with its cursor. */
export type SubscriptionEventEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The SubscriptionEvent. */
  node: SubscriptionEvent;
};

/** What an EQQ → Qidian upgrade recorded (R-MIG-1, R-MIG-2, R-MIG-4). */
export type SubscriptionMigration = {
  /** The product it was upgraded from, e.g. "EQQ". */
  fromProductCode: Scalars['String']['output'];
  /** E: seats renewed at the legacy price (R-MIG-2, R-MIG-4). */
  legacySeats: Scalars['Int']['output'];
  /** P: the legacy price per seat per year (R-MIG-2, R-MIG-4). */
  legacyUnitPrice: Money;
  /** Upgraded on or before the cut-off: original-price renewals (R-MIG-1). */
  promotion: Scalars['Boolean']['output'];
  /** The business date of the upgrade. */
  upgradedOn: Scalars['Date']['output'];
};

/** The subscription after an operator’s action on it. */
export type SubscriptionOperationPayload = {
  /** The subscription as it is now. Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The subscription after `activateSubscription`. */
export type SubscriptionPayload = {
  /** The subscription as it is now. Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A plan as a subscription refers to it. */
export type SubscriptionPlan = {
  /** The plan code within its product, e.g. "SEATS". */
  code: Scalars['String']['output'];
  /** The plan’s display name. */
  name: Scalars['String']['output'];
};

/** A product as a subscription refers to it. */
export type SubscriptionProduct = {
  /** The product code, e.g. "EQQ". */
  code: Scalars['String']['output'];
  /** Most years one renewal may buy (R-RENEW-2: EQQ 1, others 3). */
  maxRenewalYears: Scalars['Int']['output'];
  /** The product’s display name. */
  name: Scalars['String']['output'];
  /** No renewal or new purchase on or after this date (R-CAT-4); null unless sunset. */
  renewalsEndOn: Maybe<Scalars['Date']['output']>;
  /** Every subscription of the product ends on this date (R-CAT-4); null unless sunset. */
  serviceEndsOn: Maybe<Scalars['Date']['output']>;
};

/** The order of a list of subscriptions. */
export type SubscriptionSort =
  /** The latest created first. */
  | 'NEWEST_FIRST'
  /** The earliest created first. */
  | 'OLDEST_FIRST'
  /** By the end of the current period (the next renewal or the end), soonest first; subscriptions with no period end last. */
  | 'PERIOD_END_ASC'
  /** By the end of the current period, latest first; subscriptions with no period end first. */
  | 'PERIOD_END_DESC';

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

/** One recorded step of R-VIO-1, with its reason. */
export type SubscriptionViolation = {
  /** The level before this step. */
  fromLevel: ViolationLevel;
  /** A violation or an upheld appeal. */
  kind: ViolationStepKind;
  /** The level this step left the subscription at. */
  level: ViolationLevel;
  /** The business date of the step. */
  on: Scalars['Date']['output'];
  /** The operator’s reason for the step. */
  reason: Scalars['String']['output'];
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
};

/** A written notice ending a subscription without cause (R-TERM-1). */
export type TerminateSubscriptionInput = {
  /** The day the agreement ends: at least 10 natural days after today (R-TERM-1). */
  effectiveOn: Scalars['Date']['input'];
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** The reason stated in the written notice. */
  reason: Scalars['String']['input'];
  /** The subscription’s global id. */
  subscriptionId: Scalars['ID']['input'];
};

/** The subscription and the notice `terminateSubscription` scheduled. */
export type TerminateSubscriptionPayload = {
  /** The subscription (in service until the effective date). Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** The scheduled notice. Always set when `userErrors` is empty. */
  terminationNotice: Maybe<TerminationNotice>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The provider’s written notice ending the agreement without cause (R-TERM-1). */
export type TerminationNotice = {
  /** When it was carried out; null while scheduled. */
  effectedAt: Maybe<Scalars['DateTime']['output']>;
  /** At least 10 natural days after the notice. */
  effectiveOn: Scalars['Date']['output'];
  /** The business date the notice was given. */
  noticedOn: Scalars['Date']['output'];
  /** What happened on the effective date, with the refund explanations. */
  outcome: Maybe<Scalars['String']['output']>;
  /** The reason given in the notice. */
  reason: Scalars['String']['output'];
  /** The refunds the termination approved (pro rata, without fee). */
  refunds: Array<Refund>;
  /** The rules that decided it, with their summaries. */
  rules: Array<RuleRef>;
  /** Scheduled, effective or lapsed. */
  status: TerminationNoticeStatus;
};

/** SCHEDULED until the effective date; EFFECTIVE once the subscription was terminated and refunded; LAPSED if it had already ended. */
export type TerminationNoticeStatus =
  /** Carried out: the subscription was terminated and the unused part refunded without fee (R-TERM-1). */
  | 'EFFECTIVE'
  /** The subscription had already ended by the effective date. */
  | 'LAPSED'
  /** Waiting for its effective date. */
  | 'SCHEDULED';

/** A frozen time for testing: accounts attached to it live at its time. */
export type TestClock = Node & {
  /** When the clock was created (real time). */
  createdAt: Scalars['DateTime']['output'];
  /** The clock’s current instant: its accounts live at this time until it is advanced. */
  frozenAt: Scalars['DateTime']['output'];
  /** The test clock’s global id. */
  id: Scalars['ID']['output'];
  /** A name to tell clocks apart. */
  name: Scalars['String']['output'];
  /** Approved refunds of this clock’s accounts whose payout falls due on or before `until`, soonest due first (NEWEST_FIRST: latest first): what advancing the clock to that date pays out (operators only: null with FORBIDDEN otherwise; R-REF-PAYOUT). */
  payoutsDue: Maybe<RefundConnection>;
  /** The Asia/Shanghai business date of frozenAt. */
  today: Scalars['Date']['output'];
};


/** A frozen time for testing: accounts attached to it live at its time. */
export type TestClockPayoutsDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  until: Scalars['Date']['input'];
};

/** A test clock after it was created or advanced. */
export type TestClockPayload = {
  /** The clock as it is now. Always set when `userErrors` is empty. */
  testClock: Maybe<TestClock>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Money added to an account’s prepaid balance (R-PAY-4). */
export type TopUpBalanceInput = {
  /** The account’s global id. */
  accountId: Scalars['ID']['input'];
  /** The amount added to the balance, e.g. "3000.00". */
  amount: Scalars['Decimal']['input'];
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** Any method but BALANCE. */
  method: PaymentMethod;
};

/** The balance after `topUpBalance` and the payment that filled it. */
export type TopUpBalancePayload = {
  /** The account with its new balance. Always set when `userErrors` is empty. */
  account: Maybe<Account>;
  /** The TOP_UP payment. Always set when `userErrors` is empty. */
  payment: Maybe<Payment>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A change to a webhook endpoint: what is given changes. */
export type UpdateWebhookEndpointInput = {
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event types to receive; empty: every type. */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The endpoint’s global id. */
  id: Scalars['ID']['input'];
  /** A new URL (checked as on creation). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The upgrade a subscription is offered today (R-MIG-1). */
export type UpgradeOffer = {
  /** Upgraded today, it joins the original-price renewal promotion (R-MIG-1, R-MIG-2, R-MIG-3). */
  promotion: Scalars['Boolean']['output'];
  /** The last day an upgrade joins the promotion (R-MIG-1). */
  promotionUpgradeBy: Scalars['Date']['output'];
  /** The rules behind the offer. */
  rules: Array<RuleRef>;
  /** Its plan, e.g. "SEATS". */
  toPlanCode: Scalars['String']['output'];
  /** The product to upgrade to, e.g. "QIDIAN". */
  toProductCode: Scalars['String']['output'];
};

/** An EQQ subscription to upgrade to Qidian (R-MIG-1, R-MIG-2). */
export type UpgradeSubscriptionInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** The subscription’s global id. */
  subscriptionId: Scalars['ID']['input'];
  /** The product of the upgrade path: QIDIAN for EQQ (R-MIG-1). */
  toProductCode: Scalars['String']['input'];
};

/** The subscription after `upgradeSubscription` and its UPGRADE order. */
export type UpgradeSubscriptionPayload = {
  /** The UPGRADE order (0 CNY) recording the move. Always set when `userErrors` is empty. */
  order: Maybe<Order>;
  /** The subscription, now of the new product. Always set when `userErrors` is empty. */
  subscription: Maybe<Subscription>;
  /** Why the request was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A business refusal: the request broke a rule and changed nothing. */
export type UserError = {
  /** Why, as a stable code to branch on. */
  code: UserErrorCode;
  /** Path of the input field concerned. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong and what to do next, in plain words, with the rule id that decided it; for people, not to parse. */
  message: Scalars['String']['output'];
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

/** Who is calling. */
export type ViewerType = {
  /** The account of a customer token. */
  account: Maybe<Account>;
  /** The role of the token that signed the request. */
  role: Role;
};

/** A violation step or an upheld appeal for a subscription (R-VIO-1). */
export type ViolationInput = {
  /** A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** Recorded with the step (R-VIO-1); the customer reads it. */
  reason: Scalars['String']['input'];
  /** The subscription’s global id. */
  subscriptionId: Scalars['ID']['input'];
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
  idempotencyKey: Scalars['String']['input'];
  /** An issued invoice. */
  invoiceId: Scalars['ID']['input'];
  /** Why the fapiao is voided (作废), 1–500 characters. */
  reason: Scalars['String']['input'];
};

/** A voided fapiao (作废) of an invoice, kept with its reason; the invoice was then requested again. */
export type VoidedFapiao = {
  /** The amount the voided fapiao bore. */
  amount: Money;
  /** The business date the voided fapiao bore. */
  issuedOn: Scalars['Date']['output'];
  /** The voided fapiao number; never used again (R-INV-3). */
  number: Scalars['String']['output'];
  /** Why it was voided. */
  reason: Scalars['String']['output'];
  /** When it was voided. */
  voidedAt: Scalars['DateTime']['output'];
};

/** Sending one event to one endpoint: its attempts and their outcome. */
export type WebhookDelivery = Node & {
  /** Attempts made so far (the request’s `Billing-Delivery-Attempt`). */
  attempts: Scalars['Int']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When it succeeded. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The event sent; null for a test event. */
  event: Maybe<BillingEvent>;
  /** The event’s type (`webhook.test` for a test event). */
  eventType: Scalars['String']['output'];
  /** The delivery’s global id. */
  id: Scalars['ID']['output'];
  /** When the last attempt was made. */
  lastAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed, in words. */
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status the endpoint answered the last attempt with; null when it did not answer. */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** How long the last attempt took, in ms. */
  latencyMs: Maybe<Scalars['Int']['output']>;
  /** When the next retry is due (PENDING after a failure); null otherwise. */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** The first kilobyte of the endpoint’s answer to the last attempt. */
  responseExcerpt: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

/** A page of a list of WebhookDelivery objects (Relay cursor connection). */
export type WebhookDeliveryConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One WebhookDelivery of a page, with its cursor. */
export type WebhookDeliveryEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery. */
  node: WebhookDelivery;
};

/** The result of resendWebhookEvent and sendTestWebhookEvent. */
export type WebhookDeliveryPayload = {
  /** The delivery; null when refused. */
  delivery: Maybe<WebhookDelivery>;
  /** Why it was refused (empty on success). */
  userErrors: Array<UserError>;
};

/** Where sending one event to one endpoint stands. */
export type WebhookDeliveryStatus =
  /** Given up after the last retry (about three days), or a test that failed. */
  | 'FAILED'
  /** To be sent, or to be retried at nextAttemptAt. */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** Where an account’s billing events are sent (or every account’s, for an operator’s endpoint), signed with the endpoint’s secret (`Billing-Signature: t=<unix seconds>,v1=<HMAC-SHA256 hex of "<t>.<raw body>">`). */
export type WebhookEndpoint = Node & {
  /** The account whose events it receives; null: every account’s (an operator’s endpoint). */
  account: Maybe<Account>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What was sent to it, newest first by default. */
  deliveries: WebhookDeliveryConnection;
  /** What the endpoint is for, in its owner’s words. */
  description: Scalars['String']['output'];
  /** When it was disabled. */
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Why it was disabled (by whom, or after failing for days); null when enabled. */
  disabledReason: Maybe<Scalars['String']['output']>;
  /** The event types it receives; empty: every type. */
  eventTypes: Array<Scalars['String']['output']>;
  /** Since when every delivery has failed (null after a success): an endpoint failing for days is disabled. */
  failingSince: Maybe<Scalars['DateTime']['output']>;
  /** The endpoint’s global id. */
  id: Scalars['ID']['output'];
  /** Until when requests are also signed with the secret before the last rotation (a second `v1=`); null when there is none. */
  previousSecretExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** The end of its signing secret (`whsec_…abcd`), to tell secrets apart; the secret itself is shown once. */
  secretHint: Scalars['String']['output'];
  /** Whether events are sent to it. */
  status: WebhookEndpointStatus;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where events are POSTed (http or https). */
  url: Scalars['String']['output'];
};


/** Where an account’s billing events are sent (or every account’s, for an operator’s endpoint), signed with the endpoint’s secret (`Billing-Signature: t=<unix seconds>,v1=<HMAC-SHA256 hex of "<t>.<raw body>">`). */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ListOrder>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** A page of a list of WebhookEndpoint objects (Relay cursor connection). */
export type WebhookEndpointConnection = {
  /** The page’s edges, in the list’s order. */
  edges: Array<WebhookEndpointEdge>;
  /** Whether more edges come before or after this page. */
  pageInfo: PageInfo;
  /** All edges of the list (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One WebhookEndpoint of a page, with its cursor. */
export type WebhookEndpointEdge = {
  /** An opaque cursor: pass it as `after` or `before` to page from this edge. */
  cursor: Scalars['String']['output'];
  /** The WebhookEndpoint. */
  node: WebhookEndpoint;
};

/** The endpoint to act on. */
export type WebhookEndpointIdInput = {
  /** The endpoint’s global id. */
  id: Scalars['ID']['input'];
};

/** The result of a change to a webhook endpoint. */
export type WebhookEndpointPayload = {
  /** The endpoint; null when refused. */
  endpoint: Maybe<WebhookEndpoint>;
  /** Why it was refused (empty on success). */
  userErrors: Array<UserError>;
};

/** The result of createWebhookEndpoint and rotateWebhookEndpointSecret. */
export type WebhookEndpointSecretPayload = {
  /** The endpoint; null when refused. */
  endpoint: Maybe<WebhookEndpoint>;
  /** The signing secret (`whsec_…`), shown only this once: keep it where the receiver can read it. */
  signingSecret: Maybe<Scalars['String']['output']>;
  /** Why it was refused (empty on success). */
  userErrors: Array<UserError>;
};

/** Whether an endpoint receives events. */
export type WebhookEndpointStatus =
  /** Nothing is sent; events that happen meanwhile are not queued for it. Enabling it sends what was waiting when it was disabled. */
  | 'DISABLED'
  /** Events are sent to it. */
  | 'ENABLED';
