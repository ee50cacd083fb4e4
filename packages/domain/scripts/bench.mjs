// Throughput of the rules engine on one core (this process), against a baseline measured in
// the same run: serialising each result to JSON, which the API must do for every answer.
// The engine should cost no more than a small multiple of that: it is never the bottleneck.
import { DEMO_CATALOG, PRC_CALENDAR, decideRefund, parseDate, quote } from '../dist/index.js';

const d = parseDate;
const eqq = {
  productCode: 'EQQ',
  planCode: 'SEATS',
  seats: 5,
  status: 'ACTIVE',
  periodEnd: d('2022-05-01'),
  openedOn: d('2021-04-20'),
  legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
  lastPurchase: { bookId: 'EQQ-2010', tierMinSeats: 3, annualUnitPrice: 100_000 },
  migration: null,
  customUnitPrice: null,
};
const quotes = [
  {
    action: 'NEW_SUBSCRIPTION',
    catalog: DEMO_CATALOG,
    asOf: d('2021-04-20'),
    productCode: 'EQQ',
    planCode: 'SEATS',
    seats: 5,
    years: 1,
  },
  {
    action: 'ADD_SEATS',
    catalog: DEMO_CATALOG,
    asOf: d('2021-10-10'),
    subscription: eqq,
    seats: 6,
  },
  {
    action: 'RENEWAL',
    catalog: DEMO_CATALOG,
    asOf: d('2021-04-10'),
    subscription: { ...eqq, seats: 11, periodEnd: d('2021-05-01') },
    years: 1,
  },
  {
    action: 'ADD_SEATS',
    catalog: DEMO_CATALOG,
    asOf: d('2021-10-10'),
    subscription: eqq,
    seats: 60,
  },
];
const order = {
  kind: 'NEW_SUBSCRIPTION',
  productCode: 'EQQ',
  total: 500_000,
  paid: 500_000,
  alreadyRefunded: 0,
  duplicatePaid: 0,
  overpaid: 0,
  period: { start: d('2021-05-01'), end: d('2022-05-01') },
};
const subscription = { status: 'ACTIVE', activatedOn: d('2021-05-01'), violation: false };
const refunds = [
  {
    asOf: d('2021-05-06'),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    order,
    subscription,
  },
  {
    asOf: d('2021-05-20'),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    order,
    subscription,
  },
  {
    asOf: d('2021-05-20'),
    reason: 'SERVICE_DEFECT',
    evidence: ['ticket-1'],
    calendar: PRC_CALENDAR,
    order,
    subscription,
  },
  {
    asOf: d('2021-06-01'),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    order: { ...order, kind: 'RENEWAL' },
    subscription,
  },
];

function perSecond(label, inputs, run, seconds = 1.5) {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += run(inputs[i % inputs.length]) ? 1 : 0; // warm up
  let count = 0;
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 10_000; i++) sink += run(inputs[i % inputs.length]) ? 1 : 0;
    count += 10_000;
    elapsed = process.hrtime.bigint() - started;
  }
  const rate = (count * 1e9) / Number(elapsed);
  if (sink < 0) console.log(label); // keep the results alive
  return rate;
}

const fmt = (n) => Math.round(n).toLocaleString('en-US').padStart(11);
const quoteResults = quotes.map((q) => quote(q));
const refundResults = refunds.map((r) => decideRefund(r));
const rows = [
  [
    'quote (open, add seats, renew, refused)',
    perSecond('quote', quotes, (q) => quote(q)),
    perSecond('json', quoteResults, (r) => JSON.stringify(r)),
  ],
  [
    'decideRefund (7-day, refused, defect, renewal)',
    perSecond('refund', refunds, (r) => decideRefund(r)),
    perSecond('json', refundResults, (r) => JSON.stringify(r)),
  ],
];
console.log('rules engine throughput, one core (node ' + process.version + ')');
console.log(
  'operation'.padEnd(48) +
    'per second'.padStart(11) +
    '   JSON.stringify of result/s   engine cost ÷ baseline',
);
for (const [label, rate, baseline] of rows) {
  console.log(
    label.padEnd(48) +
      fmt(rate) +
      fmt(baseline).padStart(29) +
      `${(baseline / rate).toFixed(2)}×`.padStart(25),
  );
}
const quoteRate = rows[0][1];
console.log(
  `target: ≥ 500,000 quotes/s — ${quoteRate >= 500_000 ? 'met' : 'NOT met'} (${fmt(quoteRate).trim()}/s)`,
);
