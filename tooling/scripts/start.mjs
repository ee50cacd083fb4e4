// Starts the whole product after `turbo run build`: the API (with an embedded PostgreSQL
// unless DATABASE_URL is set), serving the web client at / and the playground at /graphql.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
mkdirSync(dataDir, { recursive: true });

// A fresh installation needs a first operator credential: keep one under DATA_DIR.
let token = process.env.BILLING_BOOTSTRAP_TOKEN;
if (!token) {
  const file = path.join(dataDir, 'bootstrap-token');
  if (!existsSync(file))
    writeFileSync(file, `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
  token = readFileSync(file, 'utf8').trim();
}
const port = process.env.PORT ?? '4000';
console.log(
  `\n  Billing is starting on http://localhost:${port}/  (playground: http://localhost:${port}/graphql)`,
);
console.log(`  Operator token (BILLING_BOOTSTRAP_TOKEN): ${token}\n`);

const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  stdio: 'inherit',
  env: {
    DEMO_DATA: '1',
    // graphql-js and Express skip their development-time checks (a third of a request's CPU).
    NODE_ENV: 'production',
    ...process.env,
    DATA_DIR: dataDir,
    BILLING_BOOTSTRAP_TOKEN: token,
    PORT: port,
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
