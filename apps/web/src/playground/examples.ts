/**
 * The example operations of the API contract, preloaded as playground tabs. Ids go in each tab's
 * variables: the playground fills them from the data it can see (`EXAMPLE_IDS_QUERY`, with the
 * signed-in token), so on the demo data set every example answers with data
 * (apps/api/test/playground-examples.test.ts runs them all there).
 */
export const EXAMPLE_TABS = [
  {
    query: `# Signed in on the web client? Your token is used here too.
# Otherwise add it under Headers: { "Authorization": "Bearer <token>" }
query Viewer {
  viewer { role account { id name } }
}

query Accounts {
  accounts(first: 10) {
    totalCount
    edges { cursor node { id name status balance { amount currency } } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: {},
  },
  {
    query: `# The price of 6 more seats today, line by line with its rule ids.
query Quote($subscriptionId: ID!) {
  quote(input: { action: ADD_SEATS, subscriptionId: $subscriptionId, seats: 6 }) {
    total { amount currency }
    lines { description quantity months unitPrice { amount } amount { amount } rules { id summary } }
    userErrors { code message field }
  }
}
`,
    variables: { subscriptionId: '…' },
  },
  {
    query: `# An order paid twice: the second payment is refunded in full (R-REF-DUPLICATE).
mutation Refund($orderId: ID!) {
  requestRefund(input: { orderId: $orderId, reason: DUPLICATE_PAYMENT, evidence: ["receipt-2.png"], idempotencyKey: "r-1" }) {
    refund { id status amount { amount } payoutDueOn decision { eligible explanation rules { id } } }
    userErrors { code message field }
  }
}
`,
    variables: { orderId: '…' },
  },
  {
    query: `# Value-added services (VAS) are one-off, non-refundable once paid (R-REF-NONREF).
query ValueAddedQuote($accountId: ID!) {
  quote(input: { action: VALUE_ADDED, accountId: $accountId, planCode: "SMS", quantity: 3 }) {
    total { amount currency }
    explanation
    lines { description quantity unitPrice { amount } amount { amount } rules { id } }
    userErrors { code message field }
  }
}

mutation BuyValueAdded($accountId: ID!) {
  buyValueAdded(input: { accountId: $accountId, planCode: "SMS", quantity: 3, idempotencyKey: "vas-1" }) {
    order { id kind status total { amount } }
    userErrors { code message field }
  }
}

# Operators: an account's contract price for a CUSTOM plan (R-CAT-2).
mutation SetContractPrice($accountId: ID!) {
  setContractPrice(input: { accountId: $accountId, productCode: "MEETING", planCode: "ENTERPRISE", unitPrice: "480.00", idempotencyKey: "price-1" }) {
    account { contractPrices { productCode planCode unitPrice { amount } effectiveFrom endsOn inForce } }
    userErrors { code message field }
  }
}
`,
    variables: { accountId: '…' },
  },
] as const;

/** What the playground reads (as the signed-in operator) to fill the examples' variables. */
export const EXAMPLE_IDS_QUERY = `query ExampleIds {
  accounts(first: 20) {
    edges { node { id verificationStatus testClock { id }
      subscriptions { id status }
      orders(first: 10) { edges { node { id payments { duplicate } } } } } }
  }
}`;

interface ExampleIdsData {
  accounts?: {
    edges: {
      node: {
        id: string;
        verificationStatus: string;
        testClock: { id: string } | null;
        subscriptions: { id: string; status: string }[];
        orders: { edges: { node: { id: string; payments: { duplicate: boolean }[] } }[] };
      };
    }[];
  } | null;
}

export interface ExampleIds {
  subscriptionId?: string;
  orderId?: string;
  accountId?: string;
}

/**
 * Ids for the examples among live accounts (newest first): an active subscription, an order paid
 * twice, a verified account. What is not found stays "…" in the tab.
 */
export function exampleIds(data: ExampleIdsData | null | undefined): ExampleIds {
  const accounts = (data?.accounts?.edges ?? [])
    .map((edge) => edge.node)
    .filter((account) => !account.testClock);
  return {
    subscriptionId: accounts
      .flatMap((account) => account.subscriptions)
      .find((subscription) => subscription.status === 'ACTIVE')?.id,
    orderId: accounts
      .flatMap((account) => account.orders.edges.map((edge) => edge.node))
      .find((order) => order.payments.some((payment) => payment.duplicate))?.id,
    accountId: accounts.find((account) => account.verificationStatus === 'APPROVED')?.id,
  };
}

/** The tabs with their variables filled from `ids`, as GraphiQL takes them. */
export function exampleTabs(ids: ExampleIds): { query: string; variables: string }[] {
  return EXAMPLE_TABS.map((tab) => {
    const variables: Record<string, string> = { ...tab.variables };
    for (const name of Object.keys(variables)) {
      const id = ids[name as keyof ExampleIds];
      if (id) variables[name] = id;
    }
    return {
      query: tab.query,
      variables: Object.keys(variables).length ? JSON.stringify(variables, null, 2) : '',
    };
  });
}
