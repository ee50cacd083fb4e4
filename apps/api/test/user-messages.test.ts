import { fileURLToPath } from 'node:url';
import {
  MESSAGE_KEYS,
  fenParam,
  msg,
  renderMessage,
  userMessageProblems,
  type MessageParam,
} from '@billing/domain';
import { VALUE, scanMessages, type FoundMessage } from '@billing/tooling/user-messages';
import { describe, expect, it } from 'vitest';
import { KNOWN_RULES, PUBLIC_NAMES } from './user-message-check.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const sources = ['packages/domain/src', 'apps/api/src'].map((dir) => `${repo}${dir}`);
const { messages, dynamic } = scanMessages(sources, { root: repo });

/**
 * A message that ends by passing on another message (`…: ${refusal.message}`) leaves the next
 * step to that message, which is checked where it is written.
 */
const DELEGATES = new RegExp(`[:.] ${VALUE}(?: \\([^)]*\\))?$`);

function problemsOf(found: FoundMessage): string[] {
  const problems = userMessageProblems(found.message, {
    publicNames: PUBLIC_NAMES,
    rules: found.rules ?? undefined,
    kind: found.kind,
    knownRules: KNOWN_RULES,
  });
  return DELEGATES.test(found.message)
    ? problems.filter((problem) => !problem.startsWith('does not say what'))
    : problems;
}

describe('user-facing messages say what to do next, with the rule id, in public names only', () => {
  it('finds the messages of the domain refusals and the API user and GraphQL errors', () => {
    const files = new Set(messages.map((found) => found.file));
    expect(messages.length).toBeGreaterThan(250);
    expect([...files].filter((file) => file.startsWith('packages/domain/')).length).toBeGreaterThan(
      15,
    );
    expect([...files].filter((file) => file.startsWith('apps/api/')).length).toBeGreaterThan(25);
    // Messages passed on from elsewhere are few and known: the refusal they pass on is scanned;
    // refusals written with a message key (packages/domain/src/explain/messages.ts) are checked
    // below in both of their plural forms.
    expect(dynamic.length).toBeLessThan(30);
  });

  it('reads the opening refusal of a one-off item with its public operation and rule', () => {
    expect(messages).toContainEqual(
      expect.objectContaining({
        file: 'packages/domain/src/pricing/opening-price.ts',
        code: 'INVALID_INPUT',
        rules: ['R-CAT-2'],
        message: `${VALUE} items are one-off purchases, not subscriptions: buy them with buyValueAdded (R-CAT-2)`,
      }),
    );
  });

  it('every message in the source meets the standard (userMessageProblems)', () => {
    const failing = messages.flatMap((found) =>
      problemsOf(found).map(
        (problem) => `${found.file}:${found.line} "${found.message}" ${problem}`,
      ),
    );
    expect(failing).toEqual([]);
  });

  it('flags the message the tester found, had it stayed', () => {
    expect(
      userMessageProblems(
        'VAS items are one-off purchases, not subscriptions (use priceValueAdded)',
        { publicNames: PUBLIC_NAMES, rules: ['R-CAT-2'] },
      ),
    ).toEqual([
      'names priceValueAdded, which is not a public operation, field or value',
      'names none of the rules that decided it (R-CAT-2)',
    ]);
  });

  it('every refusal of the message catalogue meets the standard in English', () => {
    const sample = (count: number): Record<string, MessageParam> => ({
      seats: count,
      current: 5,
      total: 5 + count,
      max: 10,
      room: 5,
      balance: fenParam(0),
      amount: fenParam(300_000),
      short: fenParam(300_000),
      date: '2021-10-28',
      product: { catalog: { product: 'EQQ', name: 'Enterprise QQ' } },
    });
    const refusals = MESSAGE_KEYS.filter((key) => key.startsWith('refusal.'));
    expect(refusals.length).toBeGreaterThan(3);
    const failing = refusals.flatMap((key) =>
      [1, 6].flatMap((count) => {
        const text = renderMessage(msg(key, sample(count)), 'en');
        return userMessageProblems(text, {
          publicNames: PUBLIC_NAMES,
          knownRules: KNOWN_RULES,
        }).map((problem) => `${key}: "${text}" ${problem}`);
      }),
    );
    expect(failing).toEqual([]);
  });
});
