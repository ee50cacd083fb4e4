import { useI18n } from '../i18n/i18n.js';
import { AsyncButton } from './async-button.js';

/** "Load more" under a list whose connection has a next page. */
export function LoadMore({
  hasMore,
  onLoad,
}: {
  hasMore: boolean | undefined;
  onLoad: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  if (!hasMore) return null;
  return (
    <div className="load-more">
      <AsyncButton className="secondary" pendingLabel={t('accounts.loadingMore')} onClick={onLoad}>
        {t('accounts.loadMore')}
      </AsyncButton>
    </div>
  );
}

/** "Loading…" the first time a page or section asks for its data. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" aria-busy="true">
      {label ?? t('common.loading')}
    </p>
  );
}
