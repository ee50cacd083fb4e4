import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { useSingleFlight } from './use-single-flight.js';

type AsyncButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> & {
  /** Set by a form that runs the request itself (a submit button). */
  readonly pending?: boolean;
  /** Shown instead of the children while pending, e.g. "Creating…". */
  readonly pendingLabel?: string;
  /** A click handler returning a promise keeps the button disabled until it settles. */
  readonly onClick?: (event: MouseEvent<HTMLButtonElement>) => Promise<unknown> | void;
};

/** A button that cannot be pressed twice while its request is in flight. */
export function AsyncButton({
  pending = false,
  pendingLabel,
  onClick,
  disabled,
  children,
  type = 'button',
  className,
  ...rest
}: AsyncButtonProps) {
  const [run, running] = useSingleFlight(async (event: MouseEvent<HTMLButtonElement>) => {
    await onClick?.(event);
  });
  const busy = pending || running;
  return (
    <button
      {...rest}
      type={type}
      className={className ? `button ${className}` : 'button'}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      onClick={onClick ? (event) => void run(event) : undefined}
    >
      {busy && <span className="spinner" aria-hidden="true" />}
      {busy && pendingLabel ? pendingLabel : children}
    </button>
  );
}
