import { describe, expect, it } from 'vitest';
import { renderHtml } from '../test-render.js';
import { BarChart } from './bar-chart.js';
import { DonutChart } from './donut-chart.js';

const data = [
  { key: 'a', label: 'Active', value: 3 },
  { key: 's', label: 'Suspended', value: 1, display: 'one' },
];

describe('chart accessibility', () => {
  it('BarChart is one labelled image with its numbers in a hidden table', () => {
    const html = renderHtml(<BarChart title="Accounts by status" data={data} integer />);
    expect(html).toContain('<svg role="img" aria-label="Accounts by status"');
    expect(html).toMatch(/<table class="visually-hidden"><caption>Accounts by status<\/caption>/);
    expect(html).toContain('<th scope="row">Active</th><td>3</td>');
    expect(html).toContain('<th scope="row">Suspended</th><td>one</td>');
    expect(html.match(/<rect /g)).toHaveLength(2);
  });

  it('DonutChart adds each share to the table', () => {
    const html = renderHtml(<DonutChart title="Share" data={data} centerLabel="4" />, 'zh-CN');
    expect(html).toContain('<svg role="img" aria-label="Share"');
    expect(html).toContain('<th scope="col">占比</th>');
    expect(html).toContain('<th scope="row">Active</th><td>3</td><td>75%</td>');
    expect(html.match(/<path /g)).toHaveLength(2);
  });
});
