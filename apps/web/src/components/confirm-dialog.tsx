import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { useI18n } from '../i18n/i18n.js';
import { AsyncButton } from './async-button.js';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Where Tab (or Shift+Tab) moves focus among `count` focusable elements when it is on
 * `current` (-1: none of them): it wraps, so focus never leaves the dialog.
 */
export function trapFocusIndex(count: number, current: number, backwards: boolean): number {
  if (count === 0) return -1;
  if (current < 0) return backwards ? count - 1 : 0;
  return backwards ? (current - 1 + count) % count : (current + 1) % count;
}

export interface ConfirmDialogProps {
  /** The question, e.g. "Approve this refund?". */
  readonly title: string;
  /** What will happen: the amount and the consequence. */
  readonly children: ReactNode;
  /** States the action, e.g. "Approve the refund of ¥5,000.00". */
  readonly confirmLabel: string;
  /** Red confirm button for what takes service or money away. */
  readonly danger?: boolean;
  /** Runs the action; the dialog closes once it settles. */
  readonly onConfirm: () => Promise<unknown> | void;
  /** Escape, Cancel: closes and changes nothing. */
  readonly onCancel: () => void;
}

/**
 * A modal confirmation (native `<dialog>` opened with `showModal()`, so the page behind is
 * inert): focus starts on Cancel and Tab cycles inside it, Escape or Cancel closes it without
 * doing anything, and the confirm button names the action. Focus returns to what opened it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [running, setRunning] = useState(false);

  // A layout effect: its cleanup runs before React removes the dialog from the page, so focus
  // goes straight back to the opener and never rests on the body in between.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  function keyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const next = trapFocusIndex(
      items.length,
      items.indexOf(document.activeElement as HTMLElement),
      event.shiftKey,
    );
    event.preventDefault();
    items[next]?.focus();
  }

  function cancel(event: SyntheticEvent) {
    // Escape: the dialog closes through React (and not while the action runs).
    event.preventDefault();
    if (!running) onCancel();
  }

  async function confirm() {
    setRunning(true);
    try {
      await onConfirm();
    } finally {
      setRunning(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onKeyDown={keyDown}
      onCancel={cancel}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`} className="confirm-body">
        {children}
      </div>
      <div className="button-row">
        <AsyncButton
          className={danger ? 'danger' : undefined}
          onClick={confirm}
          pendingLabel={t('form.submitting')}
        >
          {confirmLabel}
        </AsyncButton>
        <button
          ref={cancelRef}
          type="button"
          className="button secondary"
          disabled={running}
          onClick={onCancel}
        >
          {t('confirm.cancel')}
        </button>
      </div>
    </dialog>
  );
}

export interface ConfirmButtonProps extends Omit<ConfirmDialogProps, 'onCancel' | 'children'> {
  /** The button's own label, e.g. "Approve". */
  readonly label: ReactNode;
  /** The dialog's text: the amount and the consequence. */
  readonly body: ReactNode;
  readonly className?: string;
  readonly disabled?: boolean;
  /** Set while the action runs elsewhere (the button shows it is busy). */
  readonly pending?: boolean;
}

/** A button that asks first: it opens a ConfirmDialog and runs `onConfirm` only on its confirm. */
export function ConfirmButton({
  label,
  body,
  className,
  disabled,
  pending = false,
  ...dialog
}: ConfirmButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <AsyncButton
        className={className}
        disabled={disabled}
        pending={pending}
        pendingLabel={t('form.submitting')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </AsyncButton>
      {open && (
        <ConfirmDialog
          {...dialog}
          onConfirm={async () => {
            try {
              await dialog.onConfirm();
            } finally {
              setOpen(false);
            }
          }}
          onCancel={() => setOpen(false)}
        >
          {body}
        </ConfirmDialog>
      )}
    </>
  );
}
