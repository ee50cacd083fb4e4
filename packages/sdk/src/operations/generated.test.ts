// The generated operations cover the whole contract and select what the SDK promises.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BUDGET, SCHEMA_PATH, generate, measure } from '../../scripts/generate-operations.mjs';
import { createBillingClient } from '../client.js';
import { operations } from './generated.js';

const schemaSource = readFileSync(SCHEMA_PATH, 'utf8');
const schema = buildSchema(schemaSource);
const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
const documentOf = (name: string) => parse(String(operations[name as keyof typeof operations].document));

/** Every field selection `name { … }` anywhere in a document. */
function selectionsNamed(node: { selectionSet?: SelectionSetNode }, name: string, found: FieldNode[] = []): FieldNode[] {
  for (const selection of node.selectionSet?.selections ?? []) {
    if (selection.kind !== 'Field') continue;
    if (selection.name.value === name) found.push(selection);
    selectionsNamed(selection, name, found);
  }
  return found;
}
const fieldNames = (node: FieldNode) => node.selectionSet?.selections.map((s) => (s as FieldNode).name.value).sort();

describe('generated operations', () => {
  it('one method per Query and Mutation field of apps/api/schema.graphql', () => {
    expect(Object.keys(operations).sort()).toEqual([...rootFields].sort());
    const client = createBillingClient({ url: 'http://api.test/graphql', token: 't' }) as unknown as Record<string, unknown>;
    for (const name of rootFields) expect(typeof client[name], name).toBe('function');
  });

  it('selects Money as { amount currency }, userErrors in full, connections with edges, pageInfo and totalCount', () => {
    for (const name of Object.keys(operations)) {
      const document = documentOf(name);
      const operation = document.definitions[0] as OperationDefinitionNode;
      for (const money of ['total', 'amount', 'balance', 'unitPrice'].flatMap((field) => selectionsNamed(operation, field))) {
        if (money.selectionSet) expect(fieldNames(money)).toEqual(['amount', 'currency']);
      }
      for (const userErrors of selectionsNamed(operation, 'userErrors')) expect(fieldNames(userErrors)).toEqual(['code', 'field', 'message']);
      for (const edges of selectionsNamed(operation, 'edges')) expect(fieldNames(edges)).toEqual(['cursor', 'node']);
      const size = measure(document);
      expect(size.tokens).toBeLessThanOrEqual(BUDGET.tokens);
      expect(size.depth).toBeLessThanOrEqual(BUDGET.depth);
    }
    const account = documentOf('account').definitions[0] as OperationDefinitionNode;
    const orders = selectionsNamed(account, 'orders')[0]!;
    expect(fieldNames(orders)).toEqual(['edges', 'pageInfo', 'totalCount']);
  });

  it('a new root field on the schema gets a document and a method, with an optional idempotencyKey', () => {
    const extended = `${schemaSource}\ninput RequestThingInput { orderId: ID!  idempotencyKey: String! }\ntype RequestThingPayload { order: Order  userErrors: [UserError!]! }\nextend type Mutation { requestThing(input: RequestThingInput!): RequestThingPayload! }\n`;
    const { operations: ops, documents, table } = generate(extended);
    const op = ops.find((o) => o.name === 'requestThing')!;
    expect(op).toMatchObject({ argsMode: 'input', idempotencyKey: true, userErrors: true, operation: 'mutation' });
    expect(print(op.document)).toMatch(/^mutation RequestThing\(\$input: RequestThingInput!\) \{\n {2}requestThing\(input: \$input\) \{/);
    expect(documents).toContain('mutation RequestThing(');
    expect(table).toContain(
      "requestThing(input: WithOptionalIdempotencyKey<T.RequestThingInput>, options?: CallOptions): Promise<BillingResult<T.RequestThingMutation['requestThing']>>;",
    );
  });
  it('a payload field described "Always set when `userErrors` is empty" is guaranteed: non-null on success, checked by the client', () => {
    const extended = `${schemaSource}\ninput GuardThingInput { orderId: ID! }\ntype GuardThingPayload {\n  """The order. Always set when \`userErrors\` is empty."""\n  order: Order\n  """Maybe a payment."""\n  payment: Payment\n  userErrors: [UserError!]!\n}\nextend type Mutation { guardThing(input: GuardThingInput!): GuardThingPayload! }\n`;
    const { operations: ops, table } = generate(extended);
    expect(ops.find((o) => o.name === 'guardThing')).toMatchObject({ guaranteed: ['order'] });
    expect(table).toContain("Promise<BillingResult<T.GuardThingMutation['guardThing'], 'order'>>;");
    expect(table).toContain("userErrors: true, guaranteed: ['order'] },");
    // The committed table: every field the schema guarantees, per mutation.
    expect(operations.openSubscription).toMatchObject({ guaranteed: ['order', 'subscription'] });
    expect(operations.setContractPrice).toMatchObject({ guaranteed: ['account'] });
    expect(operations.createApiToken).not.toHaveProperty('guaranteed');
  });
});
