import type { ReactNode } from 'react';
import { ResultNoticeProvider, ResultNoticeRegion } from '../components/result-notice.js';
import { useI18n } from '../i18n/i18n.js';
import { LanguageSelect } from './language-select.js';
import { Link, useLocation } from './router.js';
import { navigationFor } from './routes.js';
import { useSession } from './session.js';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { role, account, signOut } = useSession();
  const { pathname } = useLocation();
  const items = navigationFor(role);
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top-bar">
        <Link to="/" className="brand">
          {t('app.title')}
        </Link>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {items.map((item) => {
              const current = pathname === item.path || pathname.startsWith(`${item.path}/`);
              return (
                <li key={item.path}>
                  <Link to={item.path} aria-current={current ? 'page' : undefined}>
                    {t(item.label)}
                  </Link>
                </li>
              );
            })}
            {role === 'OPERATOR' && (
              <li>
                <a href="/graphql">{t('nav.playground')}</a>
              </li>
            )}
          </ul>
        </nav>
        <div className="top-bar-end">
          <span className="who" data-testid="who">
            <span className="who-role">{t(`role.${role}`)}</span>
            {account && <span className="who-account">{account.name}</span>}
          </span>
          <LanguageSelect />
          <button type="button" className="button ghost" onClick={signOut}>
            {t('action.signOut')}
          </button>
        </div>
      </header>
      <ResultNoticeProvider>
        <main id="main" tabIndex={-1}>
          <ResultNoticeRegion />
          {children}
        </main>
      </ResultNoticeProvider>
    </div>
  );
}
