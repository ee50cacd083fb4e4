import type { Queryable } from './queryable.js';

/** One SQL statement and its parameters, numbered `$1`, `$2`, … from one. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * Runs data-modifying statements in one round trip: all but the last become the CTEs of the
 * last (PostgreSQL runs every data-modifying CTE exactly once, referenced or not), their
 * placeholders renumbered. They share one snapshot, so none may need another's effect; each
 * one's constraints and triggers apply as when run alone. A statement's text must hold no `$`
 * other than its placeholders. `null`s (nothing to write) are skipped.
 */
export async function runTogether(
  db: Queryable,
  statements: ReadonlyArray<Statement | null>,
): Promise<void> {
  const present = statements.filter((statement): statement is Statement => statement !== null);
  if (present.length === 0) return;
  const params: unknown[] = [];
  const texts = present.map((statement) => {
    const offset = params.length;
    params.push(...statement.params);
    return statement.sql.replace(/\$(\d+)/g, (_match, n: string) => `$${Number(n) + offset}`);
  });
  const last = texts.pop()!;
  const ctes = texts.map((text, i) => `w${i} AS (${text})`);
  await db.query(ctes.length > 0 ? `WITH ${ctes.join(', ')} ${last}` : last, params);
}
