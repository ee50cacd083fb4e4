import { EmptyState } from '../components/empty-state.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from './router.js';

export function NotFoundPage({ home }: { home: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t('notFound.title')}</h1>
      <EmptyState title={t('notFound.body')}>
        <Link to={home}>{t('notFound.home')}</Link>
      </EmptyState>
    </section>
  );
}
