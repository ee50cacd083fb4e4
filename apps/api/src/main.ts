import 'reflect-metadata';
import { loadConfig } from './config.js';
import { loadDemoData } from './db/demo-data.js';
import { DatabaseSetupError, openDatabase } from './db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres.js';
import { logLine } from './logger.js';
import { SandboxGateway } from './modules/payments/payment-gateway.js';
import { Scheduler, schedulerIntervalFrom } from './modules/scheduler/scheduler.js';
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
if (config.demoData && (await loadDemoData(db)))
  logLine({ level: 'info', message: 'loaded demo data' });
const gateway = new SandboxGateway();
const server = await createServer({ db, config, gateway });
// Real-time transitions, reminders, payouts and late fees (accounts without a test clock).
const scheduler = new Scheduler(db, gateway, {
  intervalMs: schedulerIntervalFrom(process.env),
}).start();
const { url: listening } = await server.listen(config.port);
logLine({
  level: 'info',
  message: `billing API ready: ${listening}/graphql (playground in a browser), web client at ${listening}/`,
});
if (!config.bootstrapToken) {
  logLine({
    level: 'warn',
    message: 'BILLING_BOOTSTRAP_TOKEN is not set: no one can sign in as an operator',
  });
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logLine({ level: 'info', message: `${signal}: shutting down` });
  await scheduler.stop();
  await server.stop();
  await db.destroy();
  await embedded?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
