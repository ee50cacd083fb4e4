import { createRequire } from 'node:module';
import { formatMoney, type BusinessDate, type Fen } from '@billing/domain';
import PDFDocument from 'pdfkit';

/**
 * The printable documents of an invoice: the fapiao itself once issued, and the red-letter
 * credit note (红字发票) for what refunds credited after it was issued (R-INV-3). Text in
 * Noto Sans SC, embedded as a subset of the glyphs used (a few KB per document).
 *
 * Tax: the billing rules (R-INV-1, R-INV-2, R-INV-3) give no VAT rate, so none is invented here:
 * every amount is shown tax-inclusive (价税合计) and the tax rate and tax amount are left to the fapiao
 * the tax system prints (the documents say so).
 */

const require = createRequire(import.meta.url);
const FONT =
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

const TAX_NOTE =
  '金额均为含税价（价税合计）。计费规则未规定增值税税率，本文件不单列税率与税额。 Amounts are tax-inclusive; the billing rules give no VAT rate, so no rate or tax amount is shown.';

export interface FapiaoLine {
  readonly description: string;
  readonly quantity: number;
  readonly amount: Fen;
}

export interface FapiaoFacts {
  readonly number: string;
  readonly issuedOn: BusinessDate;
  readonly type: 'GENERAL' | 'SPECIAL_VAT';
  readonly title: string;
  /** The buyer's taxpayer id (纳税人识别号), when the account has one on file. */
  readonly taxpayerId: string | null;
  readonly orderNumber: string;
  readonly lines: readonly FapiaoLine[];
  readonly orderTotal: Fen;
  /** What the fapiao is issued for (the payment's part of the order, less refunds before it). */
  readonly amount: Fen;
}

export interface CreditNoteFacts {
  readonly fapiao: FapiaoFacts;
  /** The amount credited after the fapiao was issued (shown negative). */
  readonly credited: Fen;
  readonly creditedOn: BusinessDate;
}

function yuan(amount: Fen): string {
  const [whole = '0', decimals = '00'] = formatMoney(amount).split('.');
  const negative = whole.startsWith('-');
  const digits = (negative ? whole.slice(1) : whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${digits}.${decimals}`;
}

function typeName(type: FapiaoFacts['type']): string {
  return type === 'SPECIAL_VAT'
    ? '增值税专用发票 Special VAT invoice'
    : '增值税普通发票 General VAT invoice';
}

function render(title: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: title, Producer: 'billing', Creator: 'billing' },
  });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

function field(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('bold').fontSize(10).text(`${label}: `, { continued: true });
  doc.font('regular').text(value);
}

function heading(doc: PDFKit.PDFDocument, text: string, sub: string): void {
  doc.font('bold').fontSize(18).text(text, { align: 'center' });
  doc.font('regular').fontSize(11).text(sub, { align: 'center' });
  doc.moveDown();
}

function buyer(doc: PDFKit.PDFDocument, facts: FapiaoFacts): void {
  field(doc, '购买方名称 Buyer', facts.title);
  field(doc, '纳税人识别号 Taxpayer id', facts.taxpayerId ?? '—（未登记 not on file）');
  field(doc, '订单 Order', facts.orderNumber);
}

function items(doc: PDFKit.PDFDocument, facts: FapiaoFacts): void {
  doc.moveDown();
  doc.font('bold').fontSize(11).text('项目 Items');
  doc.font('regular').fontSize(10);
  for (const line of facts.lines)
    doc.text(`${line.description}  × ${line.quantity}    ${yuan(line.amount)}`);
  doc.text(`订单合计 Order total: ${yuan(facts.orderTotal)}`);
  doc.moveDown(0.5);
}

/** The fapiao of an issued invoice as a PDF. */
export function fapiaoPdf(facts: FapiaoFacts): Promise<Buffer> {
  return render(`发票 ${facts.number}`, (doc) => {
    heading(doc, '发票 Fapiao', typeName(facts.type));
    field(doc, '发票号码 Number', facts.number);
    field(doc, '开票日期 Issue date', facts.issuedOn);
    buyer(doc, facts);
    items(doc, facts);
    doc
      .font('bold')
      .fontSize(12)
      .text(`价税合计 Total (tax-inclusive): ${yuan(facts.amount)}`);
    doc.moveDown();
    doc.font('regular').fontSize(9).text(TAX_NOTE);
    doc.text('R-INV-1 R-INV-2 R-INV-3');
  });
}

/** The red-letter credit note of an issued fapiao, for what refunds credited after it. */
export function creditNotePdf(facts: CreditNoteFacts): Promise<Buffer> {
  const { fapiao } = facts;
  return render(`红字发票 ${fapiao.number}`, (doc) => {
    heading(doc, '红字发票 Red-letter credit note', typeName(fapiao.type));
    field(doc, '对应蓝字发票号码 Original fapiao number', fapiao.number);
    field(doc, '原开票日期 Original issue date', fapiao.issuedOn);
    field(doc, '红冲日期 Credit date', facts.creditedOn);
    buyer(doc, fapiao);
    items(doc, fapiao);
    field(doc, '原发票金额 Original amount', yuan(fapiao.amount));
    doc
      .font('bold')
      .fontSize(12)
      .text(`红冲金额 Credited (tax-inclusive): ${yuan(-facts.credited)}`);
    field(doc, '冲红后金额 Remaining', yuan(fapiao.amount - facts.credited));
    doc.moveDown();
    doc
      .font('regular')
      .fontSize(9)
      .text(
        '退款部分不开票：已开票的退款以红字发票冲销（R-INV-3）。 A refunded amount is not invoiced.',
      );
    doc.text(TAX_NOTE);
  });
}
