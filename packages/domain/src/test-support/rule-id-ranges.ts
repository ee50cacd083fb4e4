/**
 * Rule ids cited as a range or a list of numbers (an id followed by `..`, `…`, `–` or `/` and
 * another number) instead of each id in full (`R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4`): every
 * rule id is written in full wherever it is cited. Examples of what it finds are in
 * rule-citations.test.ts, the one file that may write a range.
 */
export const RULE_ID_RANGE = /R-[A-Z]+-\d+\s*(?:\.\.|…|–|\/)\s*\d+/g;

/** The rule-id ranges `text` cites, as written (empty: none). */
export function ruleIdRanges(text: string): string[] {
  return [...text.matchAll(RULE_ID_RANGE)].map((m) => m[0]);
}
