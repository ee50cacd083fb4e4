import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { serverSettings } from '../src/db/embedded-postgres.js';

const GB = 2 ** 30;

describe("the project's own PostgreSQL", () => {
  it('takes a quarter of the memory for shared_buffers, between 128 MB and 1 GB, and 4 GB of log between checkpoints', () => {
    const wal = ['-c', 'max_wal_size=4GB'];
    expect(serverSettings(24 * GB)).toEqual(['-c', 'shared_buffers=1024MB', ...wal]);
    expect(serverSettings(2 * GB)).toEqual(['-c', 'shared_buffers=512MB', ...wal]);
    expect(serverSettings(GB / 4)).toEqual(['-c', 'shared_buffers=128MB', ...wal]);
  });

  // The test run's server is the embedded one unless DATABASE_URL names another.
  it.skipIf(Boolean(process.env.DATABASE_URL))('starts with those settings', async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const { rows } = await client.query<{ setting: string; unit: string }>(
        `SELECT setting, unit FROM pg_settings WHERE name = 'shared_buffers'`,
      );
      // shared_buffers is counted in 8 kB pages.
      expect(`shared_buffers=${(Number(rows[0]!.setting) * 8) / 1024}MB`).toBe(serverSettings()[1]);
      const { rows: wal } = await client.query<{ setting: string }>(
        `SELECT setting FROM pg_settings WHERE name = 'max_wal_size'`,
      );
      // max_wal_size is counted in MB.
      expect(wal[0]!.setting).toBe('4096');
    } finally {
      await client.end();
    }
  });
});
