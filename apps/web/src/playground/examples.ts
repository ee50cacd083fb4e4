/** The example operations of the API contract, preloaded as playground tabs. */
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
  },
  {
    query: `query Quote {
  quote(input: { action: ADD_SEATS, subscriptionId: "…", seats: 6, asOf: "2021-10-10" }) {
    total { amount currency }
    lines { description quantity months unitPrice { amount } amount { amount } rules { id summary } }
  }
}
`,
  },
  {
    query: `mutation Refund {
  requestRefund(input: { orderId: "…", reason: NO_REASON, idempotencyKey: "r-1" }) {
    refund { id status amount { amount } payoutDueOn decision { eligible explanation rules { id } } }
    userErrors { code message field }
  }
}
`,
  },
  {
    query: `# Value-added services (VAS) are one-off, non-refundable once paid (R-REF-NONREF).
query ValueAddedQuote {
  quote(input: { action: VALUE_ADDED, accountId: "…", planCode: "SMS", quantity: 3 }) {
    total { amount currency }
    explanation
    lines { description quantity unitPrice { amount } amount { amount } rules { id } }
    userErrors { code message field }
  }
}

mutation BuyValueAdded {
  buyValueAdded(input: { accountId: "…", planCode: "SMS", quantity: 3, idempotencyKey: "vas-1" }) {
    order { id kind status total { amount } }
    userErrors { code message field }
  }
}

# Operators: an account's contract price for a CUSTOM plan (R-CAT-2).
mutation SetContractPrice {
  setContractPrice(input: { accountId: "…", productCode: "MEETING", planCode: "ENTERPRISE", unitPrice: "480.00", idempotencyKey: "price-1" }) {
    account { contractPrices { productCode planCode unitPrice { amount } effectiveFrom endsOn inForce } }
    userErrors { code message field }
  }
}
`,
  },
];
