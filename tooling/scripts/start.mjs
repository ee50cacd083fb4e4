// Starts the whole product after `turbo run build`: the API (with an embedded PostgreSQL
// unless DATABASE_URL is set), serving the web client at / and the playground at /graphql.
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
mkdirSync(dataDir, { recursive: true });

// The first operator credential is created by the API at its first start, printed once and
// stored only as a hash (BILLING_BOOTSTRAP_TOKEN, when set, is used instead). A token kept in
// DATA_DIR/bootstrap-token by earlier versions is taken over by the API, which removes the file.
const port = process.env.PORT ?? '4000';
console.log(
  `\n  Billing is starting on http://localhost:${port}/  (playground: http://localhost:${port}/graphql)`,
);

const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  stdio: 'inherit',
  env: {
    DEMO_DATA: '1',
    // graphql-js and Express skip their development-time checks (a third of a request's CPU).
    NODE_ENV: 'production',
    ...process.env,
    DATA_DIR: dataDir,
    PORT: port,
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
