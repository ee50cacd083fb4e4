// Every GraphQL document of the web client passes the API's query limits (graphql-armor: cost,
// depth, aliases). Validation runs before variables are read, so each document is sent without
// them: a limit would refuse it with GRAPHQL_VALIDATION_FAILED, anything else is fine here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse, print, visit } from 'graphql';
import { baseUrl, operatorToken } from './browser.mjs';

const generated = readFileSync(new URL('../src/gql/gql.ts', import.meta.url), 'utf8');
const sources = [
  ...(/type Documents = \{([\s\S]*?)\n\};/.exec(generated)?.[1] ?? '').matchAll(
    /^\s+("(?:[^"\\]|\\.)*"): typeof/gm,
  ),
].map((match) => JSON.parse(match[1]));
const definitions = sources.flatMap((source) => parse(source).definitions);
const fragments = new Map(
  definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
);

/** The operation as Apollo Client sends it: with its fragments and `__typename` everywhere. */
function asSent(operation) {
  const needed = new Set();
  const collect = (node) =>
    visit(node, {
      FragmentSpread(spread) {
        if (needed.has(spread.name.value)) return;
        needed.add(spread.name.value);
        collect(fragments.get(spread.name.value));
      },
    });
  collect(operation);
  const withTypename = (node) =>
    visit(node, {
      SelectionSet(set, _key, parent) {
        if (parent?.kind === 'OperationDefinition') return undefined;
        if (set.selections.some((s) => s.kind === 'Field' && s.name.value === '__typename')) {
          return undefined;
        }
        const typename = { kind: 'Field', name: { kind: 'Name', value: '__typename' } };
        return { ...set, selections: [...set.selections, typename] };
      },
    });
  return [operation, ...[...needed].map((name) => fragments.get(name))]
    .map((definition) => print(withTypename(definition)))
    .join('\n');
}

test('every web document passes the API’s query cost, depth and alias limits', async () => {
  const operations = definitions.filter((d) => d.kind === 'OperationDefinition');
  assert.ok(operations.length > 20, `only ${operations.length} operations found in gql.ts`);
  const refused = [];
  for (const operation of operations) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${operatorToken}` },
      body: JSON.stringify({ query: asSent(operation), variables: {} }),
    });
    const body = await response.json();
    for (const error of body.errors ?? []) {
      if (error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
        refused.push(`${operation.name.value}: ${error.message}`);
      }
    }
  }
  assert.deepEqual(refused, []);
});
