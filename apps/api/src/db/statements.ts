import type { Queryable } from './queryable.js';

/** One SQL statement and its parameters, numbered `$1`, `$2`, … from one. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
  /** Its `RETURNING` rows are what `runTogether` returns (at most one statement says so). */
  readonly returnsRows?: boolean;
}

/**
 * Runs data-modifying statements in one round trip: all but the last become the CTEs of the
 * last (PostgreSQL runs every data-modifying CTE exactly once, referenced or not), their
 * placeholders renumbered. They share one snapshot, so none may need another's effect; each
 * one's constraints and triggers apply as when run alone. A statement's text must hold no `$`
 * other than its placeholders. `null`s (nothing to write) are skipped. Returns the `RETURNING`
 * rows of the statement marked `returnsRows`, if any.
 */
export async function runTogether<Row = Record<string, unknown>>(
  db: Queryable,
  statements: ReadonlyArray<Statement | null>,
): Promise<Row[]> {
  const present = statements.filter((statement): statement is Statement => statement !== null);
  if (present.length === 0) return [];
  const params: unknown[] = [];
  const texts = present.map((statement) => {
    const offset = params.length;
    params.push(...statement.params);
    return statement.sql.replace(/\$(\d+)/g, (_match, n: string) => `$${Number(n) + offset}`);
  });
  const returning = present.findIndex((statement) => statement.returnsRows);
  if (returning >= 0 && present.some((statement, i) => statement.returnsRows && i !== returning))
    throw new Error('runTogether returns the rows of one statement only');
  // With a statement whose rows are wanted every statement is a CTE, and the rows are selected
  // from its CTE; otherwise the last statement is the main one.
  const last = returning >= 0 ? `SELECT * FROM w${returning}` : texts.pop()!;
  const ctes = texts.map((text, i) => `w${i} AS (${text})`);
  const rows: unknown = await db.query(
    ctes.length > 0 ? `WITH ${ctes.join(', ')} ${last}` : last,
    params,
  );
  return returning >= 0 ? (rows as Row[]) : [];
}
