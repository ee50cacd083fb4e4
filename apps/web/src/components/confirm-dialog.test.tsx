import { describe, expect, it } from 'vitest';
import { ConfirmButton, ConfirmDialog, trapFocusIndex } from './confirm-dialog.js';
import { ResultNotice } from './result-notice.js';
import { renderHtml } from './test-render.js';

const noop = () => undefined;

describe('ConfirmDialog', () => {
  const dialog = (locale: 'en' | 'zh-CN' = 'en') =>
    renderHtml(
      <ConfirmDialog
        title="Approve this refund?"
        confirmLabel="Approve the refund of ¥5,000.00"
        danger
        onConfirm={noop}
        onCancel={noop}
      >
        <p>¥5,000.00 will be paid back to Alipay.</p>
      </ConfirmDialog>,
      locale,
    );

  it('is a dialog named by its question and described by what will happen', () => {
    const html = dialog();
    const title = /<h2 id="([^"]+)">Approve this refund\?<\/h2>/.exec(html)?.[1];
    expect(title).toBeTruthy();
    expect(html).toMatch(/^<dialog class="confirm-dialog"/);
    expect(html).toContain(`aria-labelledby="${title}"`);
    const body = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(
      `<div id="${body}" class="confirm-body"><p>¥5,000.00 will be paid back to Alipay.</p></div>`,
    );
  });

  it('names the action on its confirm button and offers Cancel (取消 in Chinese)', () => {
    const html = dialog();
    expect(html).toMatch(
      /<button type="button" class="button danger">Approve the refund of ¥5,000\.00<\/button>/,
    );
    expect(html).toMatch(/<button type="button" class="button secondary">Cancel<\/button>/);
    expect(dialog('zh-CN')).toContain('>取消</button>');
  });
});

describe('ConfirmButton', () => {
  it('shows only its own button until pressed: nothing is asked or done before', () => {
    const html = renderHtml(
      <ConfirmButton
        label="Approve"
        title="Approve this refund?"
        body="¥5,000.00 to Alipay"
        confirmLabel="Approve the refund of ¥5,000.00"
        onConfirm={noop}
      />,
    );
    expect(html).toBe(
      '<button aria-haspopup="dialog" type="button" class="button">Approve</button>',
    );
  });
});

describe('trapFocusIndex', () => {
  it('wraps Tab from the last element to the first and Shift+Tab from the first to the last', () => {
    expect(trapFocusIndex(2, 1, false)).toBe(0);
    expect(trapFocusIndex(2, 0, true)).toBe(1);
    expect(trapFocusIndex(3, 0, false)).toBe(1);
    expect(trapFocusIndex(3, 2, true)).toBe(1);
  });

  it('brings focus back in when it is elsewhere, and has nowhere to go without elements', () => {
    expect(trapFocusIndex(3, -1, false)).toBe(0);
    expect(trapFocusIndex(3, -1, true)).toBe(2);
    expect(trapFocusIndex(0, -1, false)).toBe(-1);
  });
});

describe('ResultNotice', () => {
  it('says what happened with a link to the object and a way to dismiss it', () => {
    const html = renderHtml(
      <ResultNotice
        message="Refund approved: ¥5,000.00 to Alipay, payout due 2021-10-19"
        link={{ to: '/refunds/UmVm', label: 'Open the refund' }}
        onDismiss={noop}
      />,
    );
    expect(html).toContain(
      '<span class="result-message">Refund approved: ¥5,000.00 to Alipay, payout due 2021-10-19</span> <a href="/refunds/UmVm">Open the refund</a>',
    );
    expect(html).toContain('>Dismiss</button>');
  });
});
