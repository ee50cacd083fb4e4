/**
 * What every API benchmark shares: a throw-away migrated database, the machine facts printed
 * with each figure, and min/median/max over several runs. Benchmarks print figures and ratios
 * against a baseline measured in the same run; nothing here asserts a time.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../db/data-source.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';

export interface BenchDatabase {
  /** A connection string to a fresh, migrated database. */
  readonly url: string;
  /** Drops the database (or stops the embedded server) and removes its files. */
  stop(): Promise<void>;
}

/**
 * A fresh migrated database: on `DATABASE_URL`'s server when it is set (created and dropped
 * here), otherwise on an embedded PostgreSQL in a temporary folder.
 */
export async function benchDatabase(): Promise<BenchDatabase> {
  const name = `billing_bench_${randomBytes(4).toString('hex')}`;
  const external = process.env.DATABASE_URL;
  let url: string;
  let stop: () => Promise<void>;
  if (external) {
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(external);
    target.pathname = `/${name}`;
    url = target.toString();
    stop = async () => {
      const cleanup = new pg.Client({ connectionString: external });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    };
  } else {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'billing-bench-pg-'));
    const port = 50_000 + Math.floor(Math.random() * 5_000);
    const embedded = await startEmbeddedPostgres({ dataDir, port, database: name });
    url = embedded.url;
    stop = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const db = await openDatabase(url);
  await db.destroy();
  return { url, stop };
}

/** Cores, CPU, Node and PostgreSQL versions: printed before any figure. */
export async function machineFacts(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    const cpus = os.cpus();
    return [
      `cores: ${os.availableParallelism()} (${cpus[0]?.model.trim() ?? 'unknown CPU'})`,
      `node: ${process.version}`,
      `postgresql: ${rows[0]?.server_version ?? 'unknown'}`,
      `date: ${new Date().toISOString()}`,
    ].join('\n');
  } finally {
    await client.end();
  }
}

export interface Summary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

/** Min, median and max of several runs' figures. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)! };
}

const fmt = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** `min / median / max unit` of a summary. */
export function formatSummary(summary: Summary, unit: string): string {
  return `${fmt(summary.min)} / ${fmt(summary.median)} / ${fmt(summary.max)} ${unit}`;
}

/**
 * One line of a benchmark: the project's figure, the baseline's, and their ratio (of the
 * medians) with the target it is held against, e.g. `ratio 0.72× (target ≥ 0.5×)`.
 */
export function ratioLine(
  label: string,
  project: Summary,
  baseline: Summary,
  unit: string,
  target?: string,
): string {
  const ratio = project.median / baseline.median;
  return [
    label,
    `  project  (min / median / max): ${formatSummary(project, unit)}`,
    `  baseline (min / median / max): ${formatSummary(baseline, unit)}`,
    `  ratio (medians): ${ratio.toFixed(2)}×${target ? ` (target ${target})` : ''}`,
  ].join('\n');
}
