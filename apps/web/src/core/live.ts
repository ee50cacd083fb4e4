/**
 * Pages that show one thing (an account, an order, a refund, the dashboard) read it again every
 * few seconds while the browser tab is visible, so a change made elsewhere — another operator,
 * the customer, the nightly run — shows within 5 seconds without a reload. Only the query's
 * answer is replaced: what a person is typing lives in the forms' own state and is kept.
 *
 * The console's lists are live too (the refund and verification queues, accounts, the audit
 * trail, API tokens, webhook endpoints and deliveries, invoices and overdue invoices, the test
 * clocks, an account's payment journal and an order's journal lines), and so are the customer
 * portal's (orders, payments, postpaid bills, refunds, invoices): their "Load more" asks for a
 * longer first page (`useGrowingFirst`) rather than appending the next one, so a re-read keeps
 * what was loaded. The journal, paged with Next / Previous, re-reads
 * the page it shows (by its cursor). Lists that append pages after a cursor are not polled: a
 * poll would read their first page again and drop the pages loaded after it.
 */
export const LIVE_INTERVAL_MS = 4_000;

/** `useQuery` options of a live page (spread into the query's options). */
export const live = {
  pollInterval: LIVE_INTERVAL_MS,
  // No poll while the tab is hidden: a background tab costs the API nothing.
  skipPollAttempt: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  // A poll refreshes the data in place; it does not put the page back into "loading".
  notifyOnNetworkStatusChange: false,
} as const;
