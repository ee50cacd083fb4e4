import { localeFrom, msg, renderMessage, type Message } from '@billing/domain';
import express from 'express';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../graphql/node.js';
import { logLine } from '../../logger.js';
import { authenticate, canSeeAccount } from '../auth/auth.js';
import { OrderLineEntity } from '../orders/order-line.entity.js';
import { OrderEntity } from '../orders/order.entity.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import { creditedAfterIssue } from './invoice-credit.js';
import { creditNotePdf, fapiaoPdf, type FapiaoFacts } from './invoice-documents.js';
import { InvoiceEntity } from './invoice.entity.js';
import { invoiceLocalId } from './invoices.mapper.js';

/**
 * `GET /invoices/{invoiceId}.pdf` (the fapiao, once issued) and
 * `GET /invoices/{invoiceId}/credit-note.pdf` (the red-letter credit note, once refunds credited
 * the issued fapiao; R-INV-3), `invoiceId` being the GraphQL id. The same Bearer tokens as
 * /graphql: none or a bad one is 401; an invoice the token may not see, or without that
 * document, is 404 (as if it did not exist). Refusals are plain text in the caller's language
 * (`Accept-Language`, English by default).
 */
export function invoiceDocumentsRouter(db: DataSource): express.Router {
  const router = express.Router();
  const serve = (kind: 'fapiao' | 'credit-note') =>
    (async (req, res) => {
      const answer = (status: 401 | 404, message: Message) => {
        if (status === 401) res.setHeader('www-authenticate', 'Bearer');
        res
          .status(status)
          .type('text/plain')
          .send(renderMessage(message, localeFrom(req.headers['accept-language'])));
      };
      let viewer;
      try {
        viewer = await authenticate(req.headers.authorization, db);
      } catch {
        viewer = null;
      }
      if (!viewer) {
        answer(401, msg('api.auth.signIn'));
        return;
      }
      const id = invoiceLocalId(String(req.params.id));
      const invoice = id ? await db.getRepository(InvoiceEntity).findOneBy({ id }) : null;
      const facts =
        invoice && canSeeAccount(viewer, invoice.accountId) ? await fapiaoFacts(db, invoice) : null;
      const credited = invoice ? creditedAfterIssue(invoice) : 0;
      if (!invoice || !facts || (kind === 'credit-note' && credited <= 0)) {
        answer(404, msg('api.document.none'));
        return;
      }
      const pdf =
        kind === 'fapiao'
          ? await fapiaoPdf(facts)
          : await creditNotePdf({
              fapiao: facts,
              credited,
              creditedOn: invoice.creditedOn ?? facts.issuedOn,
            });
      res
        .status(200)
        .type('application/pdf')
        .setHeader('cache-control', 'private, no-store')
        .setHeader(
          'content-disposition',
          `attachment; filename="${kind === 'fapiao' ? 'fapiao' : 'credit-note'}-${facts.number}.pdf"`,
        )
        .send(pdf);
    }) satisfies express.RequestHandler;
  const guarded =
    (handler: express.RequestHandler): express.RequestHandler =>
    (req, res, next) => {
      Promise.resolve(handler(req, res, next)).catch((error: unknown) => {
        logLine({
          level: 'error',
          requestId: String(res.locals.requestId),
          message: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        });
        next(error);
      });
    };
  router.get('/invoices/:id.pdf', guarded(serve('fapiao')));
  router.get('/invoices/:id/credit-note.pdf', guarded(serve('credit-note')));
  return router;
}

/** What the fapiao prints, read from the invoice, its payment and its order; null unless issued. */
async function fapiaoFacts(db: DataSource, invoice: InvoiceEntity): Promise<FapiaoFacts | null> {
  if (invoice.number === null || invoice.issuedOn === null || invoice.issuedAmount === null)
    return null;
  const payment = await db.getRepository(PaymentEntity).findOneByOrFail({ id: invoice.paymentId });
  const order = await db.getRepository(OrderEntity).findOneByOrFail({ id: payment.orderId! });
  const lines = await db
    .getRepository(OrderLineEntity)
    .find({ where: { orderId: order.id }, order: { position: 'ASC' } });
  return {
    number: invoice.number,
    issuedOn: invoice.issuedOn,
    type: invoice.type,
    title: invoice.title,
    taxpayerId: null,
    orderNumber: toGlobalId('Order', order.id),
    lines: lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      amount: line.amount,
    })),
    orderTotal: order.total,
    amount: invoice.issuedAmount,
  };
}
