import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
let open: Harness;
beforeAll(async () => {
  api = await startHarness();
  open = await startHarness({ config: { publicIntrospection: true } });
});
afterAll(async () => {
  await api.close();
  await open.close();
});

const INTROSPECT = '{ __schema { queryType { name } } }';

async function customerToken(): Promise<string> {
  const created = await api.gql(
    'mutation { createAccount(input: { name: "Introspection Ltd" }) { account { id } } }',
  );
  const accountId = created.data!.createAccount.account.id as string;
  const issued = await api.gql(
    'mutation($id: ID!) { createApiToken(input: { accountId: $id, role: CUSTOMER_ADMIN }) { token } }',
    { id: accountId },
  );
  return issued.data!.createApiToken.token as string;
}

async function post(url: string, query: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('introspection is for signed-in operators unless configured public', () => {
  it('an operator introspects; anonymous callers and customers get 403 FORBIDDEN with a way forward', async () => {
    const operator = await api.gql(INTROSPECT);
    expect(operator.errors).toBeUndefined();
    expect(operator.data!.__schema.queryType.name).toBe('Query');

    for (const token of [undefined, await customerToken()]) {
      const refused = await post(api.url, INTROSPECT, token);
      expect(refused.status).toBe(403);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors[0]).toMatchObject({
        message:
          'Introspection is open to signed-in operators only: send an operator token in the Authorization header, or use the schema published with the API and its SDK',
        extensions: { code: 'FORBIDDEN' },
      });
      const typeOnly = await post(api.url, '{ __type(name: "Account") { name } }', token);
      expect(typeOnly.status).toBe(403);
    }
    // __typename is not introspection: it is part of every normal answer.
    const typename = await post(api.url, '{ __typename }');
    expect(typename.status).toBe(200);
    expect(typename.body.data).toEqual({ __typename: 'Query' });
  });

  it('PUBLIC_INTROSPECTION=1 opens it to everyone (a public playground)', async () => {
    const anonymous = await post(open.url, INTROSPECT);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data.__schema.queryType.name).toBe('Query');
  });
});
