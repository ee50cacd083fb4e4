import { describe, expect, it } from 'vitest';
import { interpolate, placeholdersOf } from './interpolate.js';
import { en } from './messages.en.js';
import { zhCN } from './messages.zh-cn.js';

describe('message catalogues', () => {
  it('have the same keys (the typecheck enforces it; this guards against casts)', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])(
    '%s has the same placeholders in Chinese',
    (key) => {
      expect(placeholdersOf(zhCN[key])).toEqual(placeholdersOf(en[key]));
    },
  );

  it('leaves no message empty', () => {
    for (const catalogue of [en, zhCN]) {
      for (const message of Object.values(catalogue)) expect(message.trim()).not.toBe('');
    }
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Showing {shown} of {total}', { shown: 20, total: 45 })).toBe(
      'Showing 20 of 45',
    );
    expect(interpolate('Hello {who}', {})).toBe('Hello {who}');
    expect(interpolate('No placeholders')).toBe('No placeholders');
  });
});
