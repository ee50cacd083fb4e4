import { createContext, useContext, type ReactNode } from 'react';

/** The test clock the dates below are on, or null: the real clock. */
interface TestClockFacts {
  readonly name: string;
}

const TestClockContext = createContext<TestClockFacts | null>(null);

/**
 * Marks what it holds as the page of an account on a test clock: its business dates and the
 * times its rules recorded are simulated, and every `DateText`/`DateTimeText` inside says so
 * (see date-text.tsx). Pages of live accounts need nothing: their dates are on the real clock.
 */
export function TestClockScope({
  clock,
  children,
}: {
  clock: TestClockFacts | null | undefined;
  children: ReactNode;
}) {
  return <TestClockContext.Provider value={clock ?? null}>{children}</TestClockContext.Provider>;
}

export function useTestClock(): TestClockFacts | null {
  return useContext(TestClockContext);
}
