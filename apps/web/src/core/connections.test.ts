import { describe, expect, it } from 'vitest';
import { appendPage } from './connections.js';

describe('appendPage', () => {
  it('keeps the rows shown and takes the new page info', () => {
    const first = { edges: [{ id: 1 }], pageInfo: { hasNextPage: true, endCursor: 'a' } };
    const second = { edges: [{ id: 2 }], pageInfo: { hasNextPage: false, endCursor: 'b' } };
    expect(appendPage(first, second)).toEqual({
      edges: [{ id: 1 }, { id: 2 }],
      pageInfo: { hasNextPage: false, endCursor: 'b' },
    });
    expect(appendPage(undefined, second).edges).toEqual([{ id: 2 }]);
  });
});
