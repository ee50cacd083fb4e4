import 'reflect-metadata';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config.js';
import { loadDemoData } from './db/demo-data.js';
import { DatabaseSetupError, openDatabase } from './db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres.js';
import { logLine } from './logger.js';
import { ensureBootstrapToken, seedBootstrapToken } from './modules/access/bootstrap.js';
import { SandboxGateway } from './modules/payments/payment-gateway.js';
import { Scheduler, schedulerIntervalFrom } from './modules/scheduler/scheduler.js';
import { WebhookWorker } from './modules/webhooks/webhook-worker.js';
import { createServer } from './server.js';

const config = loadConfig();
let embedded: EmbeddedDatabase | null = null;
let url = config.databaseUrl;
if (!url) {
  logLine({ level: 'info', message: `starting embedded PostgreSQL in ${config.dataDir}` });
  embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    database: 'billing',
  });
  url = embedded.url;
}
const db = await openDatabase(url, {
  migrationsUrl: config.databaseUrl ? config.migrationsDatabaseUrl : undefined,
}).catch((error: unknown) => {
  const message =
    error instanceof DatabaseSetupError
      ? error.message
      : `cannot open ${config.databaseUrl ? 'the PostgreSQL at DATABASE_URL' : 'the embedded PostgreSQL'}: ${error instanceof Error ? error.message : String(error)}`;
  logLine({ level: 'error', message });
  process.exit(1);
});
// The first operator credential. A token kept in plain text by earlier versions under
// DATA_DIR/bootstrap-token is stored hashed once and the file removed; with no current
// bootstrap token, a new one is created and printed this once (only its hash is kept).
try {
  const legacyFile = path.join(config.dataDir, 'bootstrap-token');
  if (!config.bootstrapToken && existsSync(legacyFile)) {
    const legacy = readFileSync(legacyFile, 'utf8').trim();
    if (legacy) await seedBootstrapToken(db, legacy, 'from DATA_DIR/bootstrap-token');
    rmSync(legacyFile);
    logLine({
      level: 'info',
      message: `the bootstrap token kept in ${legacyFile} is now stored hashed and still signs in; the file was removed`,
    });
  }
  if (!config.bootstrapToken) {
    const created = await ensureBootstrapToken(db);
    if (created) {
      logLine({
        level: 'info',
        message: 'created the bootstrap operator token (printed once below)',
      });
      process.stdout.write(
        `\n  Operator token (shown only now, stored as a hash): ${created}\n` +
          '  Keep it safe: it is not printed again. Replace it without a restart with the\n' +
          '  rotateBootstrapToken mutation (see README.md, "The bootstrap token").\n\n',
      );
    }
  }
} catch (error) {
  logLine({
    level: 'error',
    message: `cannot set up the bootstrap operator token: ${error instanceof Error ? error.message : String(error)}`,
  });
  process.exit(1);
}

const gateway = new SandboxGateway();
const server = await createServer({ db, config, gateway });
// Into an empty database only, through the server's own operations, before anyone can sign in.
if (config.demoData) {
  try {
    if (await loadDemoData(db, server, gateway))
      logLine({ level: 'info', message: 'loaded demo data' });
  } catch (error) {
    logLine({
      level: 'error',
      message: `could not load the demo data: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
// Real-time transitions, reminders, payouts and late fees (accounts without a test clock).
const scheduler = new Scheduler(db, gateway, {
  intervalMs: schedulerIntervalFrom(process.env),
}).start();
// Billing events to webhook endpoints, shared with every other API process through a job
// queue in the same PostgreSQL. Without it the API still serves; deliveries wait.
let webhooks: WebhookWorker | null = null;
if (config.webhooks.worker) {
  try {
    webhooks = await new WebhookWorker(db, url, config.webhooks).start();
  } catch (error) {
    logLine({
      level: 'error',
      message: `webhooks are not being sent: the job queue did not start (${error instanceof Error ? error.message : String(error)}); the role needs CREATE on the database for pg-boss's schema, or set WEBHOOK_WORKER=0 on this process`,
    });
  }
}
const { url: listening } = await server.listen(config.port);
logLine({
  level: 'info',
  message: `billing API ready: ${listening}/graphql (playground in a browser), web client at ${listening}/`,
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logLine({ level: 'info', message: `${signal}: shutting down` });
  await scheduler.stop();
  await webhooks?.stop();
  await server.stop();
  await db.destroy();
  await embedded?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
