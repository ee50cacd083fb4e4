// An outside consumer: the built SDK is packed with `pnpm pack` (what `pnpm publish` uploads), and
// installed (unpacked, with its dependencies linked, no registry) into an ESM and a CommonJS
// project in a temporary directory outside the repository. Each project type-checks against the
// published declarations (skipLibCheck off), compiles with tsc, and runs against the real API.
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiUrl, customerAt } from './api.js';

const sdkRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(sdkRoot, '../..');
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
// Asynchronous: a blocked event loop would leave the test's keep-alive sockets to go stale.
const run = async (file: string, args: string[], cwd: string) =>
  (
    await promisify(execFile)(file, args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    })
  ).stdout;

/** pnpm as this test was started by (`pnpm test`), else pnpm 10 through npx. */
const pnpm = /pnpm\.[cm]?js$/.test(process.env.npm_execpath ?? '')
  ? { file: process.execPath, args: [process.env.npm_execpath!] }
  : { file: 'npx', args: ['-y', 'pnpm@10'] };

let work: string;
let tarball: string;
let unpacked: string;

/** The consumer program (no Node types needed: the values are written into it). */
const program = (url: string, token: string, accountId: string) => `
import { BillingAuthError, constructWebhookEvent, createBillingClient, toFen, type BillingClient, type UserErrorCode } from '@billing/sdk';

async function main(): Promise<void> {
  const [url, token, accountId] = ${JSON.stringify([url, token, accountId])};
  const billing = createBillingClient({ url, token, retries: 0 });
  const viewer = await billing.viewer();
  const quote = await billing.quote({ action: 'NEW_SUBSCRIPTION', accountId, productCode: 'EQQ', planCode: 'SEATS', seats: 3, years: 1 });
  const refused = await billing.openSubscription({ accountId, productCode: 'EQQ', planCode: 'SEATS', seats: 51, years: 1 });
  const code: UserErrorCode | null = refused.ok ? null : refused.userErrors[0].code;
  let auth = '';
  try {
    await createBillingClient({ url, token: 'wrong' }).viewer();
  } catch (error) {
    auth = error instanceof BillingAuthError ? error.code : String(error);
  }
  console.log(JSON.stringify({
    role: viewer.role,
    quote: quote.total?.amount ?? null,
    fen: quote.total ? String(toFen(quote.total)) : null,
    code,
    auth,
  }));
}

/** Never called: the declarations must reject these. */
export function typeChecks(billing: BillingClient): void {
  // @ts-expect-error -- seats is an Int
  void billing.openSubscription({ accountId: 'a', productCode: 'EQQ', planCode: 'SEATS', seats: '3', years: 1 });
  // @ts-expect-error -- no such operation
  void billing.openSubscriptions;
  void billing.payOrder({ orderId: 'o', method: 'ALIPAY', amount: '1.00' }).then((result) => {
    // @ts-expect-error -- data exists only once ok is checked
    void result.data;
    if (result.ok) void result.data.payment?.amount.amount.toUpperCase();
  });
}

/** Never called: a webhook event is typed by its type through the published declarations. */
export async function webhookChecks(body: string, header: string): Promise<string> {
  const result = await constructWebhookEvent({ body, header, secret: 'whsec' });
  if (!result.ok) return result.reason;
  // @ts-expect-error -- event is null for a type newer than the SDK: checked first
  void result.event.type;
  if (!result.event) return result.unrecognized.type;
  const event = result.event;
  if (event.type === 'order.paid') return event.data.total.amount.toUpperCase();
  if (event.type === 'refund.approved') return event.data.parts[0]?.payment.id ?? '';
  if (event.type === 'renewal.reminder_due') return event.data.reminder.kind;
  if (event.type === 'postpaid_bill.overdue') return event.data.outstanding.amount;
  if (event.type === 'webhook.test') {
    // @ts-expect-error -- null when sent to an operator's endpoint for every account
    void event.account.id;
    return event.account?.id ?? 'every account';
  }
  // @ts-expect-error -- a snapshot holds what the API writes: no lines
  void event.data.lines;
  return event.type;
}

main().catch((error: unknown) => {
  console.error(error);
  throw error; // an unhandled rejection: exit code 1
});
`;

const tsconfig = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023', 'DOM'],
      types: [],
      strict: true,
      // The SDK's declarations (and what they import) are checked; TypeScript's own lib is not.
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      outDir: 'out',
      rootDir: 'src',
      ...extra,
    },
    include: ['src'],
  });

/** A project in `work/<name>` with the packed SDK and its dependencies in node_modules. */
function project(name: string, type: 'module' | 'commonjs', program: string): string {
  const dir = path.join(work, name);
  const modules = path.join(dir, 'node_modules');
  mkdirSync(path.join(modules, '@billing'), { recursive: true });
  mkdirSync(path.join(modules, '@graphql-typed-document-node'), { recursive: true });
  cpSync(unpacked, path.join(modules, '@billing/sdk'), { recursive: true });
  const link = (from: string, to: string) =>
    symlinkSync(
      realpathSync(path.join(sdkRoot, 'node_modules', from)),
      path.join(modules, to),
      'dir',
    );
  link('graphql', 'graphql');
  link('@graphql-typed-document-node/core', '@graphql-typed-document-node/core');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: `consumer-${name}`, private: true, type }),
  );
  writeFileSync(path.join(dir, 'tsconfig.json'), tsconfig());
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/index.ts'), program);
  return dir;
}

beforeAll(async () => {
  work = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'billing-sdk-consumer-')));
  expect(path.relative(repoRoot, work).startsWith('..')).toBe(true);
  // The tarball `pnpm publish` would upload: the package as built (turbo builds it before its
  // tests), its `workspace:` ranges replaced by versions.
  const packed = await run(pnpm.file, [...pnpm.args, 'pack', '--pack-destination', work], sdkRoot);
  const filename = readdirSync(work).find((name) => name.endsWith('.tgz'));
  expect(filename, packed).toBeDefined();
  tarball = path.join(work, filename!);
  unpacked = path.join(work, 'unpacked');
  mkdirSync(unpacked);
  await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], work);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('an outside consumer of the packed SDK', () => {
  it('ships ESM, CommonJS and declarations for both, and nothing of React or Apollo', () => {
    const files = readdirSync(path.join(unpacked, 'dist')).sort();
    expect(files).toEqual(
      expect.arrayContaining(['index.cjs', 'index.d.cts', 'index.d.ts', 'index.js']),
    );
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(readFileSync(path.join(unpacked, 'package.json'), 'utf8')).not.toContain('workspace:');
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      '@graphql-typed-document-node/core',
      'graphql',
    ]);
    for (const file of files) {
      const text = readFileSync(path.join(unpacked, 'dist', file), 'utf8');
      expect(text, file).not.toMatch(
        /(from\s*|require\(|import\()\s*["'](react|react-dom|@apollo\/[^"']+|apollo-[^"']+)["']/,
      );
      const imports = [...text.matchAll(/(?:from\s*|require\()\s*["']([^"'./][^"']*)["']/g)].map(
        (m) => m[1],
      );
      expect(new Set(imports), file).toSatisfy((set: Set<string>) =>
        [...set].every((name) => ['graphql', '@graphql-typed-document-node/core'].includes(name)),
      );
    }
  });

  it('an ESM project type-checks against the declarations (NodeNext and bundler resolution) and runs', async () => {
    const { token, accountId } = await customerAt('2021-04-20');
    const dir = project('esm', 'module', program(apiUrl(), token, accountId));
    writeFileSync(
      path.join(dir, 'tsconfig.bundler.json'),
      tsconfig({ module: 'preserve', moduleResolution: 'bundler', noEmit: true }),
    );
    await run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], dir);
    await run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
    const resolved = await run(
      process.execPath,
      ['--input-type=module', '-e', "console.log(import.meta.resolve('@billing/sdk'))"],
      dir,
    );
    expect(resolved.trim()).toMatch(/node_modules\/@billing\/sdk\/dist\/index\.js$/);
    const output = JSON.parse(await run(process.execPath, ['out/index.js'], dir));
    expect(output).toEqual({
      role: 'CUSTOMER_ADMIN',
      quote: '3000.00',
      fen: '300000',
      code: 'SEAT_LIMIT',
      auth: 'UNAUTHENTICATED',
    });
  });

  it('a CommonJS project type-checks against the declarations and runs with require()', async () => {
    const { token, accountId } = await customerAt('2021-04-20');
    const dir = project('cjs', 'commonjs', program(apiUrl(), token, accountId));
    await run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
    expect(readFileSync(path.join(dir, 'out/index.js'), 'utf8')).toContain(
      'require("@billing/sdk")',
    );
    const resolved = await run(
      process.execPath,
      ['-e', "console.log(require.resolve('@billing/sdk'))"],
      dir,
    );
    expect(resolved.trim()).toMatch(/node_modules\/@billing\/sdk\/dist\/index\.cjs$/);
    const output = JSON.parse(await run(process.execPath, ['out/index.js'], dir));
    expect(output).toEqual({
      role: 'CUSTOMER_ADMIN',
      quote: '3000.00',
      fen: '300000',
      code: 'SEAT_LIMIT',
      auth: 'UNAUTHENTICATED',
    });
  });
});
