// Every page of the app, by role. A new page (subscriptions, orders, refunds, test clocks…) is
// one entry here; navigation and access follow from `roles` and `nav`.
import { useEffect, type ReactNode } from 'react';
import { AccountDetailPage } from '../features/accounts/account-detail-page.js';
import { AccountsPage } from '../features/accounts/accounts-page.js';
import { MyAccountPage } from '../features/customer/my-account-page.js';
import { DashboardPage } from '../features/dashboard/dashboard-page.js';
import type { PlainMessageKey } from '../i18n/i18n.js';
import { NotFoundPage } from './not-found-page.js';
import { paths } from './paths.js';
import { CUSTOMER_ROLES, type Role } from './permissions.js';
import { findRoute, navigate, useLocation, type RouteParams } from './router.js';
import { useSession } from './session.js';

interface AppRoute {
  readonly path: string;
  readonly roles: readonly Role[];
  /** Shown in the navigation, in this order, under this label. */
  readonly nav?: PlainMessageKey;
  readonly render: (params: RouteParams) => ReactNode;
}

const OPERATOR = ['OPERATOR'] as const;

const routes: readonly AppRoute[] = [
  { path: paths.dashboard, roles: OPERATOR, nav: 'nav.dashboard', render: () => <DashboardPage /> },
  { path: paths.accounts, roles: OPERATOR, nav: 'nav.accounts', render: () => <AccountsPage /> },
  {
    path: paths.account,
    roles: OPERATOR,
    render: ({ id = '' }) => <AccountDetailPage key={id} id={id} />,
  },
  {
    path: paths.myAccount,
    roles: CUSTOMER_ROLES,
    nav: 'nav.myAccount',
    render: () => <MyAccountPage />,
  },
];

/** Where `/` leads each role. */
const HOME: Record<Role, string> = {
  OPERATOR: paths.accounts,
  CUSTOMER_ADMIN: paths.myAccount,
  CUSTOMER_MEMBER: paths.myAccount,
};

export function navigationFor(role: Role): { path: string; label: PlainMessageKey }[] {
  return routes.flatMap((route) =>
    route.nav && route.roles.includes(role) ? [{ path: route.path, label: route.nav }] : [],
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}

/** The page for the current URL; a page the role may not open is "not found", as in the API. */
export function RouteOutlet() {
  const { role } = useSession();
  const { pathname } = useLocation();
  useEffect(() => {
    // Braces matter: newer browsers return a promise from scrollTo, and React would call a
    // returned value as the effect's cleanup.
    window.scrollTo(0, 0);
  }, [pathname]);
  if (pathname === '/') return <Redirect to={HOME[role]} />;
  const found = findRoute(
    routes.filter((route) => route.roles.includes(role)),
    pathname,
  );
  return found ? found.route.render(found.params) : <NotFoundPage home={HOME[role]} />;
}
