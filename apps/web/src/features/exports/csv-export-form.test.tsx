import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../components/test-render.js';
import {
  CsvExportForm,
  CUSTOMER_EXPORT_KINDS,
  currentMonthRange,
  EXPORT_KINDS,
  exportPath,
} from './csv-export-form.js';

describe('CSV export form', () => {
  it('asks the API for one kind, one date range and, when given, one account or test-clock accounts', () => {
    const range = { from: '2021-10-01', to: '2021-10-31' };
    expect(exportPath('orders', range)).toBe('/exports/orders.csv?from=2021-10-01&to=2021-10-31');
    expect(exportPath('refunds', range, { accountId: 'QWNjb3VudDox' })).toBe(
      '/exports/refunds.csv?from=2021-10-01&to=2021-10-31&accountId=QWNjb3VudDox',
    );
    expect(exportPath('journal', range, { testMode: true })).toBe(
      '/exports/journal.csv?from=2021-10-01&to=2021-10-31&testMode=true',
    );
  });

  it('starts on the current month in Beijing time, up to today', () => {
    // 2021-10-31 20:00 UTC is already November 1st in Shanghai.
    expect(currentMonthRange(new Date('2021-10-31T20:00:00Z'))).toEqual({
      from: '2021-11-01',
      to: '2021-11-01',
    });
    expect(currentMonthRange(new Date('2021-10-19T02:00:00Z'))).toEqual({
      from: '2021-10-01',
      to: '2021-10-19',
    });
  });

  it('offers the journal to operators only, and test-clock accounts only across accounts', () => {
    const customer = renderHtml(
      <CsvExportForm accountId="QWNjb3VudDox" kinds={CUSTOMER_EXPORT_KINDS} />,
    );
    expect(customer).toContain('Orders (by order date)');
    expect(customer).not.toContain('Journal lines');
    expect(customer).not.toContain('Test-clock accounts');
    const operator = renderHtml(<CsvExportForm kinds={EXPORT_KINDS} offerTestMode />);
    expect(operator).toContain('Journal lines (by posting date)');
    expect(operator).toContain('Test-clock accounts');
    const oneAccount = renderHtml(
      <CsvExportForm accountId="QWNjb3VudDox" kinds={EXPORT_KINDS} offerTestMode />,
    );
    expect(oneAccount).not.toContain('Test-clock accounts');
  });

  it('speaks Chinese on a zh-CN page', () => {
    const html = renderHtml(<CsvExportForm kinds={EXPORT_KINDS} offerTestMode />, 'zh-CN');
    for (const text of [
      '导出为 CSV',
      '订单（按下单日期）',
      '分录（按记账日期）',
      '下载 CSV',
      '测试时钟账户',
    ])
      expect(html).toContain(text);
    expect(html).not.toMatch(/Export|Download|Orders/);
  });
});
