import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  isBusinessDate,
  localeFrom,
  msg,
  renderMessage,
  type BusinessDate,
  type Message,
} from '@billing/domain';
import { stringify } from 'csv-stringify';
import express from 'express';
import type pg from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { fromGlobalId } from '../../graphql/node.js';
import { logLine } from '../../logger.js';
import { authenticate } from '../auth/auth.js';
import {
  EXPORT_KINDS,
  EXPORTS,
  exportFilename,
  isExportKind,
  OPERATOR_ONLY_KINDS,
  type ExportScope,
} from './csv-export.js';

/** Rows fetched from PostgreSQL's cursor at a time: memory stays flat whatever the range. */
const BATCH_ROWS = 500;

/** A refusal of an export: its status and message, answered as plain text in the caller's language. */
class ExportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly text: Message,
  ) {
    super(renderMessage(text, 'en'));
  }
}

function dateParameter(query: express.Request['query'], bound: 'from' | 'to'): BusinessDate {
  const value = query[bound];
  if (typeof value !== 'string' || value === '')
    throw new ExportRefusal(400, msg('api.export.dateMissing', { bound }));
  if (!isBusinessDate(value))
    throw new ExportRefusal(400, msg('api.export.dateInvalid', { bound }));
  return value;
}

/**
 * `GET /exports/{kind}.csv?from=YYYY-MM-DD&to=YYYY-MM-DD[&accountId=…][&testMode=true]`: orders,
 * payments, refunds, invoices or journal lines of a date range (both days included), streamed
 * from a PostgreSQL cursor as CSV in UTF-8 with a byte-order mark (Excel opens it as UTF-8),
 * money as exact yuan strings, times with their offset. Operators export every live account, or
 * every test-clock account with `testMode=true`, or one account; customers export their own
 * account (the journal is for operators). The same Bearer tokens as /graphql. Refusals are plain
 * text in the caller's language (`Accept-Language`, English by default).
 */
export function csvExportRouter(db: DataSource): express.Router {
  const router = express.Router();
  router.get('/exports/:kind.csv', (req, res, next) => {
    void serve(db, req, res).catch((error: unknown) => {
      if (error instanceof ExportRefusal) {
        res
          .status(error.status)
          .type('text/plain')
          .send(renderMessage(error.text, localeFrom(req.headers['accept-language'])));
        return;
      }
      if ((error as { code?: unknown }).code === 'ERR_STREAM_PREMATURE_CLOSE') return; // went away
      logLine({
        level: 'error',
        requestId: String(res.locals.requestId),
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      });
      // Rows already sent cannot be taken back: the download ends unfinished, never complete.
      if (res.headersSent) res.destroy();
      else next(error);
    });
  });
  return router;
}

async function serve(db: DataSource, req: express.Request, res: express.Response): Promise<void> {
  const viewer = await authenticate(req.headers.authorization, db).catch(() => null);
  if (!viewer) {
    res.setHeader('www-authenticate', 'Bearer');
    throw new ExportRefusal(401, msg('api.auth.signIn'));
  }
  const kind = String(req.params.kind);
  if (!isExportKind(kind))
    throw new ExportRefusal(404, msg('api.export.none', { known: EXPORT_KINDS.join(', ') }));
  if (OPERATOR_ONLY_KINDS.has(kind) && viewer.role !== 'OPERATOR')
    throw new ExportRefusal(403, msg('api.export.operatorsOnly', { kind }));
  const from = dateParameter(req.query, 'from');
  const to = dateParameter(req.query, 'to');
  if (from > to) throw new ExportRefusal(400, msg('api.export.range', { from, to }));
  const testModeParameter = req.query.testMode;
  if (
    testModeParameter !== undefined &&
    testModeParameter !== 'true' &&
    testModeParameter !== 'false'
  )
    throw new ExportRefusal(400, msg('api.export.testMode'));

  let accountId: string | null = null;
  if (typeof req.query.accountId === 'string' && req.query.accountId !== '') {
    accountId = fromGlobalId(req.query.accountId, 'Account')?.id ?? null;
    if (!accountId) throw new ExportRefusal(404, msg('api.export.noAccount'));
  } else if (req.query.accountId !== undefined && req.query.accountId !== '') {
    throw new ExportRefusal(400, msg('api.export.oneAccount'));
  }
  if (viewer.role !== 'OPERATOR') {
    // A customer exports their own account; another account answers as missing.
    if (accountId !== null && accountId !== viewer.accountId)
      throw new ExportRefusal(404, msg('api.export.noAccount'));
    accountId = viewer.accountId;
  }
  if (accountId !== null) {
    const found = (await db.query(`SELECT 1 FROM accounts WHERE id = $1`, [
      accountId,
    ])) as unknown[];
    if (found.length === 0) throw new ExportRefusal(404, msg('api.export.noAccount'));
  }

  const scope: ExportScope = { from, to, accountId, testMode: testModeParameter === 'true' };
  const definition = EXPORTS[kind];
  const pool = (db.driver as unknown as { master: pg.Pool }).master;
  const client = await pool.connect();
  let failed: unknown = null;
  try {
    const rows = client.query(
      new QueryStream(definition.sql, [scope.from, scope.to, scope.accountId, scope.testMode], {
        batchSize: BATCH_ROWS,
      }),
    );
    const toRecord = new Transform({
      objectMode: true,
      transform(row: Record<string, unknown>, _encoding, done) {
        done(
          null,
          definition.columns.map((column) => column.value(row)),
        );
      },
    });
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('cache-control', 'private, no-store')
      .setHeader('content-disposition', `attachment; filename="${exportFilename(kind, scope)}"`);
    await pipeline(
      rows,
      toRecord,
      stringify({
        bom: true,
        header: true,
        columns: definition.columns.map((column) => column.header),
        // CRLF, as RFC 4180 and Excel have it.
        record_delimiter: 'windows',
      }),
      res,
    );
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    // A cursor cut short (the client went away) leaves the connection mid-query: discard it.
    client.release(failed ? true : undefined);
  }
}
