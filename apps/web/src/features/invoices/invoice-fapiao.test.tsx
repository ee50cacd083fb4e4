import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../components/test-render.js';
import type { InvoiceFapiaoFragment } from '../../gql/graphql.js';
import { InvoiceFapiao, OverdueBadge } from './invoice-fapiao.js';

const requested: InvoiceFapiaoFragment = {
  id: 'SW52b2ljZTox',
  status: 'REQUESTED',
  number: null,
  issuedOn: null,
  dueOn: '2024-04-09',
  daysOverdue: 3,
  documentUrl: null,
  creditNoteUrl: null,
  issuedAmount: null,
  voidedFapiaos: [],
};

const issued: InvoiceFapiaoFragment = {
  ...requested,
  status: 'ISSUED',
  number: '24442000000012345678',
  issuedOn: '2024-04-12',
  daysOverdue: 0,
  documentUrl: '/invoices/SW52b2ljZTox.pdf',
  creditNoteUrl: '/invoices/SW52b2ljZTox/credit-note.pdf',
  issuedAmount: { amount: '3600.00', currency: 'CNY' },
  voidedFapiaos: [
    {
      number: '12345678',
      issuedOn: '2024-04-10',
      reason: 'wrong address',
      voidedAt: '2024-04-11T02:00:00.000Z',
    },
  ],
};

describe('InvoiceFapiao', () => {
  it('R-INV-2 shows a request awaiting issue with its due date and the days overdue the API counted', () => {
    const html = renderHtml(<InvoiceFapiao invoice={requested} />);
    expect(html).toContain('Awaiting issue, due by 2024-04-09.');
    expect(html).toContain('3 days overdue');
    expect(html).not.toContain('invoice-download');
  });

  it('R-INV-3 shows the issued fapiao’s number, date and amount, both downloads and the voided numbers', () => {
    const html = renderHtml(<InvoiceFapiao invoice={issued} />, 'zh-CN');
    expect(html).toContain('24442000000012345678');
    expect(html).toContain('发票号码');
    expect(html).toContain('¥3,600.00');
    expect(html).toContain('下载发票（PDF）');
    expect(html).toContain('下载红字发票（PDF）');
    expect(html).toContain('已作废发票（1）');
    expect(html).toContain('wrong address');
    expect(html).not.toContain('逾期');
  });

  it('R-INV-2 shows no overdue badge on time', () => {
    expect(renderHtml(<OverdueBadge daysOverdue={0} />)).toBe('');
    expect(renderHtml(<OverdueBadge daysOverdue={2} />)).toContain('2 days overdue');
  });
});
