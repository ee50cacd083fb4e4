import { describe, expect, it } from 'vitest';
import { DateText } from './date-text.js';
import { FormField } from './form-field.js';
import { LineItemsTable, type LineItem } from './line-items-table.js';
import { Money } from './money.js';
import { RuleList } from './rule-list.js';
import { renderHtml } from './test-render.js';

describe('Money and DateText', () => {
  it('show API values formatted, keeping the raw value in the markup', () => {
    expect(renderHtml(<Money value={{ amount: '10450.00', currency: 'CNY' }} />)).toBe(
      '<span class="money" data-amount="10450.00">¥10,450.00</span>',
    );
    expect(renderHtml(<DateText date="2021-10-10" />, 'zh-CN')).toBe(
      '<time dateTime="2021-10-10">2021年10月10日</time>',
    );
  });
});

describe('RuleList', () => {
  it('renders rule ids as chips with the summary as tooltip and for screen readers', () => {
    const html = renderHtml(
      <RuleList rules={[{ id: 'R-SEAT-4', summary: 'Added seats × monthly price' }]} />,
    );
    expect(html).toContain('title="Added seats × monthly price"');
    expect(html).toContain(
      'R-SEAT-4<span class="visually-hidden">: Added seats × monthly price</span>',
    );
  });

  it('renders nothing without rules', () => {
    expect(renderHtml(<RuleList rules={[]} />)).toBe('');
  });
});

describe('LineItemsTable', () => {
  // R-SEAT-4's example as the API would send it: the table shows it, it computes nothing.
  const lines: LineItem[] = [
    {
      description: 'Add 6 seats (tier 11–20)',
      quantity: 6,
      months: 7,
      unitPrice: { amount: '95.00', currency: 'CNY' },
      amount: { amount: '3990.00', currency: 'CNY' },
      rules: [
        { id: 'R-SEAT-3', summary: 'Billable months' },
        { id: 'R-SEAT-4', summary: 'Seat charge' },
      ],
    },
  ];

  it('shows each line with its rules and the API’s total', () => {
    const html = renderHtml(
      <LineItemsTable lines={lines} total={{ amount: '3990.00' }} caption="Quote" />,
    );
    expect(html).toContain('<caption>Quote</caption>');
    expect(html).toContain('Add 6 seats (tier 11–20)');
    expect(html).toContain('¥95.00');
    expect(html).toContain('R-SEAT-3');
    expect(html).toMatch(/<tfoot>.*Total.*¥3,990\.00/);
  });

  it('labels its columns in Chinese', () => {
    const html = renderHtml(<LineItemsTable lines={lines} />, 'zh-CN');
    for (const header of ['项目', '数量', '月数', '单价', '金额', '计费规则'])
      expect(html).toContain(header);
    expect(html).not.toContain('<tfoot>');
  });
});

describe('FormField', () => {
  it('ties the label, hint and error to the control', () => {
    const html = renderHtml(
      <FormField label="Name" hint="As on the licence" error="Too long">
        {(control) => <input {...control} />}
      </FormField>,
    );
    const id = /<label for="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(
      `<input id="${id}" aria-invalid="true" aria-describedby="${id}-hint ${id}-error"/>`,
    );
    expect(html).toContain(`<p id="${id}-error" role="alert" class="field-error">Too long</p>`);
  });
});
