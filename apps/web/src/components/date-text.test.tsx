import { describe, expect, it } from 'vitest';
import { TestClockScope } from './clock.js';
import { DateText, DateTimeText } from './date-text.js';
import { renderHtml } from './test-render.js';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('dates say which clock they are on', () => {
  it('on a live account: the date, and a time with its zone, nothing else', () => {
    expect(text(renderHtml(<DateText date="2021-10-19" />))).toBe('Oct 19, 2021');
    expect(text(renderHtml(<DateTimeText instant="2021-10-19T02:05:00Z" />))).toBe(
      'Oct 19, 2021 10:05 UTC+8',
    );
    expect(text(renderHtml(<DateTimeText instant="2021-10-19T02:05:00Z" />, 'zh-CN'))).toBe(
      '2021年10月19日 10:05（北京时间）',
    );
  });

  it('on a test-clock account: business dates and rule times on the test clock, stored times on the real one', () => {
    const onClock = (node: React.ReactNode, locale: 'en' | 'zh-CN' = 'en') =>
      renderHtml(<TestClockScope clock={{ name: 'Tour' }}>{node}</TestClockScope>, locale);
    const date = onClock(<DateText date="2021-10-19" />);
    expect(text(date)).toBe('Oct 19, 2021 (test clock)');
    expect(date).toContain('title="A date on test clock “Tour”, not the real calendar"');
    expect(text(onClock(<DateTimeText instant="2021-10-19T02:05:00Z" />))).toBe(
      'Oct 19, 2021 10:05 UTC+8 (test clock)',
    );
    expect(text(onClock(<DateTimeText instant="2026-12-04T02:05:00Z" clock="real" />))).toBe(
      'Dec 4, 2026 10:05 UTC+8 (real time)',
    );
    expect(text(onClock(<DateText date="2021-10-19" />, 'zh-CN'))).toBe(
      '2021年10月19日 （测试时钟）',
    );
  });
});
