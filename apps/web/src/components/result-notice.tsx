import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation } from '../core/router.js';
import { useI18n } from '../i18n/i18n.js';

/** What an action did, and where to see it. */
export interface ResultNoticeValue {
  readonly message: string;
  readonly link: { readonly to: string; readonly label: string };
}

interface Shown extends ResultNoticeValue {
  /** The page it was shown on: it goes away when the user goes elsewhere. */
  readonly pathname: string;
  readonly key: number;
}

type Show = (notice: ResultNoticeValue) => void;

const ResultNoticeContext = createContext<{ shown: Shown | null; show: Show; dismiss: () => void }>(
  { shown: null, show: () => undefined, dismiss: () => undefined },
);

/** Keeps the last action's result so it outlives the form that ran it (a queue item leaves). */
export function ResultNoticeProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const show = useCallback<Show>((notice) => {
    setShown((previous) => ({
      ...notice,
      pathname: window.location.pathname,
      key: (previous?.key ?? 0) + 1,
    }));
  }, []);
  const dismiss = useCallback(() => setShown(null), []);
  const value = useMemo(() => ({ shown, show, dismiss }), [shown, show, dismiss]);
  return <ResultNoticeContext.Provider value={value}>{children}</ResultNoticeContext.Provider>;
}

/** `show({ message, link })` after an action succeeded. */
export function useResultNotice(): Show {
  return useContext(ResultNoticeContext).show;
}

/** The notice itself: what happened, with a link to the object. */
export function ResultNotice({
  message,
  link,
  onDismiss,
}: ResultNoticeValue & { onDismiss?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="result-notice" data-testid="result-notice">
      <p>
        <span className="result-message">{message}</span> <Link to={link.to}>{link.label}</Link>
      </p>
      {onDismiss && (
        <button type="button" className="button secondary" onClick={onDismiss}>
          {t('notice.dismiss')}
        </button>
      )}
    </div>
  );
}

/**
 * The live region (role=status, always present so screen readers announce what arrives) with
 * the last result shown on this page.
 */
export function ResultNoticeRegion() {
  const { shown, dismiss } = useContext(ResultNoticeContext);
  const { pathname } = useLocation();
  const visible = shown && shown.pathname === pathname ? shown : null;
  return (
    <div role="status" className="result-notice-region">
      {visible && (
        <ResultNotice
          key={visible.key}
          message={visible.message}
          link={visible.link}
          onDismiss={dismiss}
        />
      )}
    </div>
  );
}
