import { requestLocale, withRequestLocale } from './locale.js';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http, { type IncomingMessage, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { msg, renderMessage } from '@billing/domain';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { BREAK, visit, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { Context, Viewer } from './context.js';
import { logLine } from './logger.js';
import {
  graphqlDuration,
  graphqlErrors,
  graphqlRequests,
  registry,
  watchPool,
  type PoolFacts,
} from './metrics.js';
import {
  DatabaseHealth,
  databaseUnavailable,
  isDatabaseUnreachable,
  RETRY_AFTER_SECONDS,
} from './db/database-health.js';
import { createLoaders } from './graphql/loaders.js';
import { queryErrorInCallerLanguage } from './graphql/query-errors.js';
import { variableErrorInCallerLanguage } from './graphql/variable-errors.js';
import {
  authenticate,
  forbidden,
  LAST_USED_RESOLUTION_MS,
  sameSecret,
} from './modules/auth/auth.js';
import { SignInCache } from './modules/auth/sign-in-cache.js';
import { seedBootstrapToken } from './modules/access/bootstrap.js';
import { csvExportRouter } from './modules/exports/csv-export.route.js';
import { invoiceDocumentsRouter } from './modules/invoices/invoice-documents.route.js';
import { SandboxGateway, type PaymentGateway } from './modules/payments/payment-gateway.js';
import { installTestClockRunner } from './modules/scheduler/test-clock-runner.js';
import { rateLimitCheck, rateLimitMiddleware } from './rate-limit.js';
import { buildApiSchema } from './schema.js';
import { CompiledExecution } from './graphql/compiled-execution.js';
import { graphqlEndpoint } from './graphql-endpoint.js';
import { BODY_LIMIT_KB, securityHeaders, sendHttpError, startRequest } from './http-responses.js';

/** Error codes a client may see as they are; anything else is masked. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'TIMEOUT',
]);

/** The most tokens a document may have; checked by the parser itself, before any work. */
const MAX_TOKENS = 3000;

/**
 * PostgreSQL's data exceptions (class 22: a value it cannot store or convert) come from what the
 * client sent, past every check before: a client error, never an internal one.
 */
function dataException(error: unknown): string | null {
  const original = unwrapResolverError(error) as {
    code?: unknown;
    message?: unknown;
    driverError?: { code?: unknown; message?: unknown };
  } | null;
  // TypeORM wraps the driver's error; a hot read sent to pg directly throws it as it is.
  const driver = original?.driverError ?? original;
  const code = driver?.code;
  if (typeof code !== 'string' || !code.startsWith('22')) return null;
  return renderMessage(
    msg('api.input.cannotStore', { detail: String(driver?.message) }),
    requestLocale(),
  );
}

/**
 * graphql-js stops coercing variables after 50 errors and adds one more, without a code: it is
 * about the client's input, like the 50 before it.
 */
function isVariableErrorLimit(message: string): boolean {
  return message.startsWith('Too many errors processing variables');
}

export function maskError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  if (formatted.extensions?.code === 'SERVICE_UNAVAILABLE' || isDatabaseUnreachable(error)) {
    return {
      message: databaseUnavailable().message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  const badData = dataException(error);
  if (badData) {
    return {
      message: badData,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  // The parser's token limit is a query limit like depth, aliases and cost: same code for all.
  if (
    formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' &&
    / \d+ tokens\. Parsing aborted/.test(formatted.message)
  ) {
    return {
      message: `Token limit of ${MAX_TOKENS} exceeded`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
  }
  if (isVariableErrorLimit(formatted.message)) {
    return {
      message: renderMessage(msg('api.variables.tooMany'), requestLocale()),
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    // A variable refused by a scalar: graphql-js's frame in the caller's language too.
    const message =
      code === 'BAD_USER_INPUT'
        ? queryErrorInCallerLanguage(variableErrorInCallerLanguage(formatted.message, error))
        : code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED'
          ? queryErrorInCallerLanguage(formatted.message)
          : formatted.message;
    return { ...formatted, message, extensions };
  }
  return {
    message: renderMessage(msg('api.internal'), requestLocale()),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * While the database is unreachable a request that needed it is answered HTTP 503 with
 * `Retry-After`, and the outage is logged once (see DatabaseHealth), not per request.
 */
function databaseOutagePlugin(health: DatabaseHealth): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          const outage = errors?.find(
            (error) =>
              error.extensions?.code === 'SERVICE_UNAVAILABLE' || isDatabaseUnreachable(error),
          );
          if (!outage) return;
          health.wentAway(outage.originalError ?? outage);
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** Requests, latency and errors by root field and code, for `/metrics` (see metrics.ts). */
function metricsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, response }) {
          const fields =
            operation?.selectionSet.selections.flatMap((selection) =>
              selection.kind === 'Field' ? [selection.name.value] : [],
            ) ?? [];
          const result = response.body.kind === 'single' ? response.body.singleResult : null;
          const codes = (result?.errors ?? []).map((error) =>
            String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          );
          for (const value of Object.values(result?.data ?? {})) {
            const userErrors = (value as { userErrors?: Array<{ code?: unknown }> } | null)
              ?.userErrors;
            if (Array.isArray(userErrors))
              for (const userError of userErrors) codes.push(String(userError.code));
          }
          for (const code of codes) graphqlErrors.inc({ code });
          const outcome = result?.errors?.length ? 'error' : codes.length ? 'refused' : 'ok';
          const seconds = (performance.now() - started) / 1000;
          for (const field of fields.length > 0 ? fields : ['(none)']) {
            graphqlRequests.inc({ field, outcome });
            graphqlDuration.observe({ field }, seconds);
          }
        },
      };
    },
  };
}

/**
 * Introspection (`__schema`, `__type`) is for signed-in operators, so the shape of the API is
 * not handed to anyone who can reach it; `PUBLIC_INTROSPECTION=1` opens it to everyone (a
 * public playground). Field suggestions are off for all (graphql-armor).
 */
function introspectionPlugin(publicIntrospection: boolean): ApolloServerPlugin<Context> {
  // Apollo keeps a query's parse between requests: each document is looked at once.
  const introspecting = new WeakMap<DocumentNode, boolean>();
  const introspects = (document: DocumentNode): boolean => {
    let found = introspecting.get(document);
    if (found !== undefined) return found;
    found = false;
    visit(document, {
      Field(node) {
        if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
        found = true;
        return BREAK;
      },
    });
    introspecting.set(document, found);
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (publicIntrospection || contextValue.viewer?.role === 'OPERATOR') return;
          if (introspects(document)) throw forbidden(msg('api.forbidden.introspection'));
        },
      };
    },
  };
}

/** graphql-js's hint at names the client may have meant, at the end of a message. */
const SUGGESTION = / ?Did you mean [^?]*\?/;

/**
 * Field, argument and enum value suggestions ("Did you mean "accounts"?") show the schema's
 * names like introspection does: kept for signed-in operators (and everyone with
 * `PUBLIC_INTROSPECTION=1`), cut from everyone else's error messages.
 */
function suggestionsPlugin(publicIntrospection: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (publicIntrospection || contextValue.viewer?.role === 'OPERATOR') return;
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (SUGGESTION.test(error.message))
              (error as { message: string }).message = error.message.replace(SUGGESTION, '');
          }
        },
      };
    },
  };
}

/** One log line per request: id, operation, role, duration; internal errors with their stack. */
function requestLogPlugin(enabled: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && PUBLIC_CODES.has(code)) continue;
            if (code === 'SERVICE_UNAVAILABLE' || isDatabaseUnreachable(error)) continue;
            if (isVariableErrorLimit(error.message)) continue;
            logLine({
              level: 'error',
              requestId: contextValue.requestId,
              message: error.message,
              stack: error.originalError?.stack ?? error.stack,
            });
          }
        },
        async willSendResponse({ operationName, response }) {
          if (!enabled) return;
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
          logLine({
            level: 'info',
            requestId: contextValue.requestId,
            operation: operationName ?? null,
            role: contextValue.viewer?.role ?? 'ANONYMOUS',
            durationMs: Math.round(performance.now() - started),
            errors,
          });
        },
      };
    },
  };
}

export interface BillingServer {
  /** The server's one request listener: POST /graphql directly, the rest through Express. */
  readonly handler: http.RequestListener;
  /**
   * Runs one GraphQL operation in-process as `viewer`, through the same schema, resolvers and
   * plugins as `POST /graphql` (the demo data loader uses it; no HTTP, no rate limit).
   */
  execute(
    query: string,
    variables: Record<string, unknown>,
    viewer: Viewer,
  ): Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string }[] }>;
  listen(port: number, host?: string): Promise<{ url: string; close(): Promise<void> }>;
  stop(): Promise<void>;
}

export async function createServer({
  db,
  config,
  gateway = new SandboxGateway(),
}: {
  db: DataSource;
  config: Config;
  gateway?: PaymentGateway;
}): Promise<BillingServer> {
  // Test-clock advances run the due work of their accounts with this server's gateway.
  installTestClockRunner(gateway);
  // BILLING_BOOTSTRAP_TOKEN signs in through its hash in api_tokens, stored the first time it is
  // seen (installations from before the bootstrap token was stored keep working).
  if (config.bootstrapToken) {
    const seeded = await seedBootstrapToken(db, config.bootstrapToken).catch((error: unknown) => {
      logLine({
        level: 'error',
        message: `could not store BILLING_BOOTSTRAP_TOKEN, which will not sign in until a restart stores it: ${error instanceof Error ? error.message : String(error)}`,
      });
      return null;
    });
    if (seeded === 'retired')
      logLine({
        level: 'warn',
        message:
          'BILLING_BOOTSTRAP_TOKEN was rotated or revoked and no longer signs in: remove it from the environment and sign in with the current bootstrap token',
      });
  }
  const schema = await buildApiSchema();
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    // Enforced by the parser (parseOptions below): armor's own check answers 500, not 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20_000 },
    // Field suggestions ("Did you mean …?") are for operators: see suggestionsPlugin.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const health = new DatabaseHealth(db);
  const signIns = new SignInCache(
    (db.options as { url?: string }).url ?? '',
    config.signInCache ? LAST_USED_RESOLUTION_MS : 0,
  );
  await signIns.start();
  const apollo = new ApolloServer<Context>({
    // Apollo parses and validates; queries then run compiled (graphql/compiled-execution.ts).
    gateway: new CompiledExecution(schema, { compile: config.compiledQueries }).gateway(),
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    introspection: true,
    formatError: maskError,
    // Compact JSON: Apollo's default indents every answer, which costs bytes and time per request.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: [...protection.validationRules],
    plugins: [
      // graphql-armor is typed against the CommonJS build of @apollo/server.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL answers here; without this plugin no resolver is wrapped for
      // cache hints, which costs on every field of every request.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(config.logRequests),
      databaseOutagePlugin(health),
      metricsPlugin(),
      introspectionPlugin(config.publicIntrospection),
      suggestionsPlugin(config.publicIntrospection),
    ],
  });
  await apollo.start();

  /** A GraphQL request's context: its caller signed in, and its own loaders. */
  const contextFor = async (req: IncomingMessage, requestId: string): Promise<Context> => ({
    requestId,
    locale: requestLocale(),
    viewer: await authenticate(req.headers.authorization, db, signIns).catch((error: unknown) => {
      if (!isDatabaseUnreachable(error)) throw error;
      health.wentAway(error);
      throw databaseUnavailable();
    }),
    db,
    config,
    loaders: createLoaders(db),
    gateway,
  });

  const app = express();
  app.disable('x-powered-by');
  // Which proxies' X-Forwarded-For gives the client's address (the per-address rate limit).
  app.set('trust proxy', config.trustProxy);
  // No ETag on GraphQL answers: they are POSTs no client revalidates, and hashing every answer
  // costs on every request. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  // Security headers, a request id and the timeout on every response (http-responses.ts).
  const headers = securityHeaders(config);
  app.use((_req, res, next) => {
    res.locals.requestId = startRequest(res, headers, config.requestTimeoutMs).requestId;
    next();
  });

  // Prometheus metrics, for the operator's bearer token or METRICS_TOKEN (a scraper's).
  watchPool((db.driver as unknown as { master?: PoolFacts }).master ?? null);
  app.get('/metrics', async (req, res) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
    const scraper =
      !!match?.[1] && !!config.metricsToken && sameSecret(match[1], config.metricsToken);
    const operator =
      !scraper &&
      !!match?.[1] &&
      (await authenticate(req.headers.authorization, db, signIns).catch(() => null))?.role ===
        'OPERATOR';
    if (!scraper && !operator) {
      res
        .status(401)
        .setHeader('www-authenticate', 'Bearer')
        .type('text/plain')
        .send('Send "Authorization: Bearer <token>" with METRICS_TOKEN or an operator token.\n');
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });

  // Liveness: the process serves HTTP (it listens only once the schema is migrated).
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Readiness: the database is reachable and its schema has every migration.
  app.get('/readyz', async (_req, res) => {
    try {
      if (await db.showMigrations()) {
        res.status(503).json({ status: 'unavailable', reason: 'migrations pending' });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res
        .status(503)
        .setHeader('retry-after', String(RETRY_AFTER_SECONDS))
        .json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  // Rate limits per token and per address on the API (GraphQL, the invoice documents and the CSV exports); the
  // probes, /metrics, the playground page and the web client's files are never limited.
  const limit = rateLimitCheck(db, config, () => health.reachable);
  const limited: express.RequestHandler = limit
    ? rateLimitMiddleware(limit)
    : (_req, _res, next) => next();
  app.use('/invoices', (req, res, next) =>
    req.path.endsWith('.pdf') ? limited(req, res, next) : next(),
  );
  app.use(invoiceDocumentsRouter(db));
  app.use('/exports', limited);
  app.use(csvExportRouter(db));

  const playground = path.join(config.webDist, 'playground.html');
  app.get('/graphql', (req, res, next) => {
    const wantsPage =
      req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query;
    if (!wantsPage) return next();
    if (existsSync(playground)) return res.sendFile(playground);
    res
      .status(404)
      .type('text/plain')
      .send('The playground is built with the web client: run `pnpm build`.');
  });

  app.use(
    '/graphql',
    limited,
    express.json({ limit: `${BODY_LIMIT_KB}kb` }),
    // After the body is read: the body parser's stream events would leave the request's context.
    withRequestLocale,
    expressMiddleware(apollo, {
      context: ({ req, res }) => contextFor(req, String(res.locals.requestId)),
    }),
  );

  if (existsSync(config.webDist)) {
    app.use(express.static(config.webDist, { index: 'index.html' }));
    app.get('/{*rest}', (_req, res) => res.sendFile(path.join(config.webDist, 'index.html')));
  }

  app.use(
    (
      error: Error & { status?: number },
      req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => sendHttpError(req, res, error),
  );

  // POST /graphql is served by node:http directly; Express answers everything else.
  const endpoint = graphqlEndpoint({
    apollo,
    context: contextFor,
    headers,
    timeoutMs: config.requestTimeoutMs,
    rateLimit: limit,
    trustProxy: app.get('trust proxy fn') as (address: string, hop: number) => boolean,
  });
  const handler: http.RequestListener = (req, res) =>
    endpoint.takes(req) ? endpoint.handle(req, res) : void app(req, res);

  let httpServer: Server | null = null;
  return {
    handler,
    async execute(query, variables, viewer) {
      const response = await apollo.executeOperation(
        { query, variables },
        {
          contextValue: {
            requestId: randomUUID(),
            locale: requestLocale(),
            viewer,
            db,
            config,
            loaders: createLoaders(db),
            gateway,
          },
        },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      const { data, errors } = response.body.singleResult;
      return { data: data ?? null, errors };
    },
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        const server = http.createServer(handler);
        server.listen(port, host, () => {
          const address = server.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve({
            url: `http://127.0.0.1:${actualPort}`,
            close: () => new Promise<void>((done) => server.close(() => done())),
          });
        });
        server.once('error', reject);
        httpServer = server;
      });
    },
    async stop() {
      health.stop();
      await signIns.stop();
      await apollo.stop();
      if (httpServer) await new Promise<void>((done) => httpServer?.close(() => done()));
    },
  };
}
