import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export interface JournalRow {
  id: string;
  seq: string;
  transaction_id: string;
  ledger: string;
  account_id: string | null;
  amount: string;
  memo: string;
  memo_message?: unknown;
  rules: string[];
  source_type: string;
  source_id: string;
  posted_at: Date;
  order_id?: string;
}

function group(
  rows: JournalRow[],
  ids: readonly string[],
  key: (row: JournalRow) => string | undefined,
): JournalRow[][] {
  const map = new Map<string, JournalRow[]>();
  for (const row of rows) {
    const k = key(row);
    if (!k) continue;
    map.set(k, [...(map.get(k) ?? []), row]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/** Journal lines by their source (a payment, a refund …) and by order (its payments' and refunds'). */
export function createJournalLoaders(db: DataSource) {
  return {
    journalBySource: new DataLoader<string, JournalRow[]>(async (ids) =>
      group(
        await db.query(`SELECT * FROM journal_entries WHERE source_id = ANY($1) ORDER BY seq`, [
          [...ids],
        ]),
        ids,
        (r) => r.source_id,
      ),
    ),
    journalByOrder: new DataLoader<string, JournalRow[]>(async (ids) =>
      group(
        await db.query(
          `SELECT je.*, x.order_id FROM journal_entries je
             JOIN (SELECT id, order_id FROM payments WHERE order_id = ANY($1)
                   UNION ALL SELECT id, order_id FROM refunds WHERE order_id = ANY($1)
                   UNION ALL SELECT id, id AS order_id FROM orders WHERE id = ANY($1)) x ON x.id = je.source_id
            ORDER BY je.seq`,
          [[...ids]],
        ),
        ids,
        (r) => r.order_id,
      ),
    ),
  };
}
