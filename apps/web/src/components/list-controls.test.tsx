import { describe, expect, it } from 'vitest';
import { FilterBar, SortableHeader, listParamKey, type ColumnSort } from './list-controls.js';
import { renderHtml } from './test-render.js';

type Sort = 'NEWEST_FIRST' | 'TOTAL_ASC' | 'TOTAL_DESC';
const BY_TOTAL: ColumnSort<Sort> = { ascending: 'TOTAL_ASC', descending: 'TOTAL_DESC' };

function header(sort: Sort, locale: 'en' | 'zh-CN' = 'en') {
  return renderHtml(
    <table>
      <thead>
        <tr>
          <SortableHeader label="Total" column={BY_TOTAL} sort={sort} onSort={() => {}} />
        </tr>
      </thead>
    </table>,
    locale,
  );
}

describe('SortableHeader', () => {
  it('says the direction in aria-sort and shows it with an arrow; the title names the next click', () => {
    expect(header('TOTAL_ASC')).toContain('aria-sort="ascending"');
    expect(header('TOTAL_ASC')).toContain('>▲</span>');
    expect(header('TOTAL_ASC')).toContain('title="Sort descending"');
    expect(header('TOTAL_DESC')).toContain('aria-sort="descending"');
    expect(header('TOTAL_DESC')).toContain('>▼</span>');
    expect(header('TOTAL_DESC')).toContain('title="Sort ascending"');
    // Another column sorts the list: this one is unsorted and a click sorts it descending.
    expect(header('NEWEST_FIRST')).toContain('aria-sort="none"');
    expect(header('NEWEST_FIRST')).toContain('title="Sort descending"');
    expect(header('TOTAL_DESC', 'zh-CN')).toContain('title="升序排列"');
  });
});

describe('FilterBar', () => {
  it('shows only the parts it is given, with an "all" choice first in the status filter', () => {
    const html = renderHtml(
      <FilterBar<Sort, 'PAID' | 'CANCELLED'>
        id="orders"
        label="Filter the list"
        status={{
          value: 'PAID',
          options: [
            { value: 'PAID', label: 'Paid' },
            { value: 'CANCELLED', label: 'Cancelled' },
          ],
          onChange: () => {},
        }}
      />,
    );
    expect(html).toContain('role="search"');
    expect(html).toContain('aria-label="Filter the list"');
    expect(html).not.toContain('type="search"');
    expect(html).not.toContain('orders-sort');
    expect(html).toMatch(
      /<option value="all">All statuses<\/option><option value="PAID" selected="">Paid/,
    );
  });
});

describe('listParamKey', () => {
  it('keeps two lists of one page apart in the URL', () => {
    expect(listParamKey(undefined, 'sort')).toBe('sort');
    expect(listParamKey('orders', 'sort')).toBe('ordersSort');
    expect(listParamKey('invoices', 'q')).toBe('invoicesQ');
    expect(listParamKey('refunds', 'status')).toBe('refundsStatus');
  });
});
