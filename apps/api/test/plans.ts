import type { DataSource } from 'typeorm';

/**
 * What the plan tests read of PostgreSQL's EXPLAIN (ANALYZE, FORMAT JSON): the plans of a
 * statement the API sent, as PostgreSQL plans it for its values and as the generic plan a
 * prepared statement may settle on.
 */
export interface PlanNode {
  'Node Type'?: string;
  'Index Name'?: string;
  'Rows Removed by Filter'?: number;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

/** Every node of a plan tree. */
export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** A parameter as an SQL literal, for EXECUTE (uuid arrays, numbers, text). */
function literal(value: unknown): string {
  return Array.isArray(value)
    ? `ARRAY[${value.map(literal).join(', ')}]::uuid[]`
    : typeof value === 'number'
      ? String(value)
      : `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * The plan PostgreSQL runs for these values (a custom plan), and the generic plan it may keep
 * for a prepared statement whatever the values, both run with EXPLAIN ANALYZE.
 */
export async function customAndGenericPlans(
  db: DataSource,
  sql: string,
  parameters: readonly unknown[],
): Promise<[PlanNode, PlanNode]> {
  const [custom] = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [...parameters]);
  const generic = await db.transaction(async (tx) => {
    await tx.query(`SET LOCAL plan_cache_mode = force_generic_plan`);
    await tx.query(`PREPARE plan_under_test AS ${sql}`);
    const [row] = await tx.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE plan_under_test(${parameters.map(literal).join(', ')})`,
    );
    await tx.query(`DEALLOCATE plan_under_test`);
    return row;
  });
  return [custom['QUERY PLAN'][0].Plan, generic['QUERY PLAN'][0].Plan];
}
