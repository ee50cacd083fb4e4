import { fenParam, msg } from '@billing/domain';
import { describe, expect, it } from 'vitest';
import { auditChanges } from '../src/modules/audit/audit-changes.js';

describe('an audit entry’s change', () => {
  const message = msg('contractPrice.set', {
    plan: { catalog: { product: 'MEETING', plan: 'ENTERPRISE', name: 'Meeting Enterprise' } },
    unitPrice: fenParam(50_000),
    from: '2024-03-01',
  });
  const after = {
    unitPrice: 50_000,
    explanation:
      'Meeting Enterprise: ¥500.00 per seat per year from 2024-03-01 (R-CAT-2: contract price)',
    explanationMessage: message,
  };

  it('R-CAT-2 a text stored with its message reads in the reader’s language; the message is no change of its own', () => {
    expect(auditChanges(null, after)).toEqual([
      { field: 'unitPrice', kind: 'MONEY', before: null, after: '500.00' },
      { field: 'explanation', kind: 'TEXT', before: null, after: after.explanation },
    ]);
    expect(auditChanges(null, after, 'zh-CN')).toEqual([
      { field: 'unitPrice', kind: 'MONEY', before: null, after: '500.00' },
      {
        field: 'explanation',
        kind: 'TEXT',
        before: null,
        after: '会议企业版（合同价）：自 2024-03-01 起每席位每年 ¥500.00（R-CAT-2：合同价）',
      },
    ]);
  });

  it('a field merely named like a message, or a message without its text, is an ordinary value', () => {
    expect(auditChanges(null, { note: 'x', noteMessage: 'not a message' })).toEqual([
      { field: 'note', kind: 'TEXT', before: null, after: 'x' },
      { field: 'noteMessage', kind: 'TEXT', before: null, after: 'not a message' },
    ]);
  });

  it('R-CAT-1 product and plan codes read as the catalogue’s Chinese names in Chinese, as codes in English', () => {
    const document = { productCode: 'MEETING', planCode: 'ENTERPRISE' };
    expect(auditChanges(null, document)).toEqual([
      { field: 'productCode', kind: 'TEXT', before: null, after: 'MEETING' },
      { field: 'planCode', kind: 'TEXT', before: null, after: 'ENTERPRISE' },
    ]);
    expect(auditChanges(null, document, 'zh-CN')).toEqual([
      { field: 'productCode', kind: 'TEXT', before: null, after: '腾讯会议' },
      { field: 'planCode', kind: 'TEXT', before: null, after: '会议企业版（合同价）' },
    ]);
    // A plan only: no product to name it by.
    expect(auditChanges(null, { planCode: 'ENTERPRISE' }, 'zh-CN')[0]!.after).toBe('ENTERPRISE');
  });
});
