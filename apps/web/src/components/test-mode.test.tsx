import { describe, expect, it } from 'vitest';
import { renderHtml } from './test-render.js';
import { TestModeBanner, TestModeSwitch } from './test-mode.js';

describe('test mode', () => {
  it('is a labelled switch, off until the operator turns it on, in both languages', () => {
    const en = renderHtml(<TestModeSwitch />);
    expect(en).toContain('role="switch"');
    expect(en).toContain('Test mode');
    expect(en).not.toContain('checked');
    expect(renderHtml(<TestModeSwitch />, 'zh-CN')).toContain('测试模式');
  });

  it('shows no banner while live accounts are shown', () => {
    expect(renderHtml(<TestModeBanner />)).toBe('');
  });
});
