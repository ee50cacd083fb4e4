// Every page of the app, by role. A new page is one entry here; navigation and access follow
// from `roles` and `nav`.
import { useEffect, type ReactNode } from 'react';
import { AccountDetailPage } from '../features/accounts/account-detail-page.js';
import { AccountsPage } from '../features/accounts/accounts-page.js';
import { ApiTokensPage } from '../features/api-tokens/api-tokens-page.js';
import { AuditPage } from '../features/audit/audit-page.js';
import { DashboardPage } from '../features/dashboard/dashboard-page.js';
import { InvoicesPage } from '../features/invoices/invoices-page.js';
import { OverdueInvoicesPage } from '../features/invoices/overdue-invoices-page.js';
import { JournalPage } from '../features/journal/journal-page.js';
import { OrderPage } from '../features/orders/order-page.js';
import { MyAccountPortal, OperatorPortal } from '../features/portal/portal-page.js';
import { RefundPage } from '../features/refunds/refund-page.js';
import { RefundQueuePage } from '../features/refunds/refund-queue-page.js';
import { TestClocksPage } from '../features/test-clocks/test-clocks-page.js';
import { VerificationQueuePage } from '../features/verification/verification-queue-page.js';
import { WebhookEndpointPage } from '../features/webhooks/webhook-endpoint-page.js';
import { WebhooksPage } from '../features/webhooks/webhooks-page.js';
import type { PlainMessageKey } from '../i18n/i18n.js';
import { NotFoundPage } from './not-found-page.js';
import { isPortalSection, paths } from './paths.js';
import { CUSTOMER_ROLES, type Role } from './permissions.js';
import { findRoute, navigate, useLocation, type RouteParams } from './router.js';
import { useSession } from './session.js';

interface AppRoute {
  readonly path: string;
  readonly roles: readonly Role[];
  /** Shown in the navigation, in this order, under this label. */
  readonly nav?: PlainMessageKey;
  /** The page, or null when the parameters name nothing (shown as "not found"). */
  readonly render: (params: RouteParams) => ReactNode | null;
}

const OPERATOR = ['OPERATOR'] as const;
const EVERYONE = ['OPERATOR', ...CUSTOMER_ROLES] as const;
const TOKEN_MANAGERS = ['OPERATOR', 'CUSTOMER_ADMIN'] as const;
const WEBHOOK_MANAGERS = ['OPERATOR', 'CUSTOMER_ADMIN'] as const;

function portalSection(section: string | undefined) {
  return isPortalSection(section) && section !== 'overview' ? section : null;
}

const routes: readonly AppRoute[] = [
  { path: paths.dashboard, roles: OPERATOR, nav: 'nav.dashboard', render: () => <DashboardPage /> },
  { path: paths.accounts, roles: OPERATOR, nav: 'nav.accounts', render: () => <AccountsPage /> },
  {
    path: paths.account,
    roles: OPERATOR,
    render: ({ id = '' }) => <AccountDetailPage key={id} id={id} />,
  },
  {
    path: paths.accountPortal,
    roles: OPERATOR,
    render: ({ id = '' }) => <OperatorPortal key={id} accountId={id} section="overview" />,
  },
  {
    path: paths.accountPortalSection,
    roles: OPERATOR,
    render: ({ id = '', section }) => {
      const found = portalSection(section);
      return found && <OperatorPortal key={id} accountId={id} section={found} />;
    },
  },
  {
    path: paths.verification,
    roles: OPERATOR,
    nav: 'nav.verification',
    render: () => <VerificationQueuePage />,
  },
  { path: paths.refunds, roles: OPERATOR, nav: 'nav.refunds', render: () => <RefundQueuePage /> },
  { path: paths.invoices, roles: OPERATOR, nav: 'nav.invoices', render: () => <InvoicesPage /> },
  {
    path: paths.overdueInvoices,
    roles: OPERATOR,
    nav: 'nav.overdueInvoices',
    render: () => <OverdueInvoicesPage />,
  },
  {
    path: paths.testClocks,
    roles: OPERATOR,
    nav: 'nav.testClocks',
    render: () => <TestClocksPage />,
  },
  { path: paths.audit, roles: OPERATOR, nav: 'nav.audit', render: () => <AuditPage /> },
  { path: paths.journal, roles: OPERATOR, nav: 'nav.journal', render: () => <JournalPage /> },
  {
    path: paths.myAccount,
    roles: CUSTOMER_ROLES,
    nav: 'nav.myAccount',
    render: () => <MyAccountPortal section="overview" />,
  },
  {
    path: paths.myAccountSection,
    roles: CUSTOMER_ROLES,
    render: ({ section }) => {
      const found = portalSection(section);
      return found && <MyAccountPortal section={found} />;
    },
  },
  {
    path: paths.apiTokens,
    roles: TOKEN_MANAGERS,
    nav: 'nav.apiTokens',
    render: () => <ApiTokensPage />,
  },
  {
    path: paths.webhooks,
    roles: WEBHOOK_MANAGERS,
    nav: 'nav.webhooks',
    render: () => <WebhooksPage />,
  },
  {
    path: paths.webhook,
    roles: WEBHOOK_MANAGERS,
    render: ({ id = '' }) => <WebhookEndpointPage key={id} id={id} />,
  },
  { path: paths.order, roles: EVERYONE, render: ({ id = '' }) => <OrderPage key={id} id={id} /> },
  {
    path: paths.refund,
    roles: EVERYONE,
    render: ({ id = '' }) => <RefundPage key={id} id={id} />,
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
  const page = found ? found.route.render(found.params) : null;
  return page ?? <NotFoundPage home={HOME[role]} />;
}
