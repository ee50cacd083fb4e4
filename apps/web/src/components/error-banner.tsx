import { requestProblem } from '../core/errors.js';
import { useI18n } from '../i18n/i18n.js';

interface ErrorBannerProps {
  /** An Apollo error (or any thrown value), or a message already in words. */
  readonly error: unknown;
  readonly onRetry?: () => void;
}

export function ErrorBanner({ error, onRetry }: ErrorBannerProps) {
  const { t } = useI18n();
  let message: string;
  if (typeof error === 'string') {
    message = error;
  } else {
    switch (requestProblem(error)) {
      case 'UNAUTHENTICATED':
        message = t('error.unauthenticated');
        break;
      case 'FORBIDDEN':
        message = t('error.forbidden');
        break;
      case 'NETWORK':
        message = t('error.network');
        break;
      default:
        message = error instanceof Error && error.message ? error.message : t('error.unknown');
    }
  }
  return (
    <div className="error-banner" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}
