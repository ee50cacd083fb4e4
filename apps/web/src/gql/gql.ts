/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      role\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AccountDetailPage($id: ID!) {\n    account(id: $id) {\n      ...AccountSummary\n    }\n  }\n": typeof types.AccountDetailPageDocument,
    "\n  fragment AccountSummary on Account {\n    id\n    name\n    verifiedName\n    status\n    verificationStatus\n    balance {\n      amount\n      currency\n    }\n    createdAt\n  }\n": typeof types.AccountSummaryFragmentDoc,
    "\n  query AccountsPage($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AccountSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccountsPageDocument,
    "\n  mutation CreateAccountForm($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateAccountFormDocument,
    "\n  mutation CreateApiTokenForm($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      role\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateApiTokenFormDocument,
    "\n  query MyAccountPage {\n    viewer {\n      role\n      account {\n        ...AccountSummary\n      }\n    }\n  }\n": typeof types.MyAccountPageDocument,
    "\n  query DashboardPage {\n    all: accounts(first: 1) {\n      totalCount\n    }\n    active: accounts(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n    suspended: accounts(first: 1, filter: { status: SUSPENDED }) {\n      totalCount\n    }\n    closed: accounts(first: 1, filter: { status: CLOSED }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardPageDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      role\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query AccountDetailPage($id: ID!) {\n    account(id: $id) {\n      ...AccountSummary\n    }\n  }\n": types.AccountDetailPageDocument,
    "\n  fragment AccountSummary on Account {\n    id\n    name\n    verifiedName\n    status\n    verificationStatus\n    balance {\n      amount\n      currency\n    }\n    createdAt\n  }\n": types.AccountSummaryFragmentDoc,
    "\n  query AccountsPage($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AccountSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AccountsPageDocument,
    "\n  mutation CreateAccountForm($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateAccountFormDocument,
    "\n  mutation CreateApiTokenForm($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      role\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateApiTokenFormDocument,
    "\n  query MyAccountPage {\n    viewer {\n      role\n      account {\n        ...AccountSummary\n      }\n    }\n  }\n": types.MyAccountPageDocument,
    "\n  query DashboardPage {\n    all: accounts(first: 1) {\n      totalCount\n    }\n    active: accounts(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n    suspended: accounts(first: 1, filter: { status: SUSPENDED }) {\n      totalCount\n    }\n    closed: accounts(first: 1, filter: { status: CLOSED }) {\n      totalCount\n    }\n  }\n": types.DashboardPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      role\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      role\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountDetailPage($id: ID!) {\n    account(id: $id) {\n      ...AccountSummary\n    }\n  }\n"): (typeof documents)["\n  query AccountDetailPage($id: ID!) {\n    account(id: $id) {\n      ...AccountSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountSummary on Account {\n    id\n    name\n    verifiedName\n    status\n    verificationStatus\n    balance {\n      amount\n      currency\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AccountSummary on Account {\n    id\n    name\n    verifiedName\n    status\n    verificationStatus\n    balance {\n      amount\n      currency\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsPage($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AccountSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsPage($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AccountSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccountForm($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccountForm($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiTokenForm($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      role\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiTokenForm($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      role\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccountPage {\n    viewer {\n      role\n      account {\n        ...AccountSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAccountPage {\n    viewer {\n      role\n      account {\n        ...AccountSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage {\n    all: accounts(first: 1) {\n      totalCount\n    }\n    active: accounts(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n    suspended: accounts(first: 1, filter: { status: SUSPENDED }) {\n      totalCount\n    }\n    closed: accounts(first: 1, filter: { status: CLOSED }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage {\n    all: accounts(first: 1) {\n      totalCount\n    }\n    active: accounts(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n    suspended: accounts(first: 1, filter: { status: SUSPENDED }) {\n      totalCount\n    }\n    closed: accounts(first: 1, filter: { status: CLOSED }) {\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;