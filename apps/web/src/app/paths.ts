import { pathTo } from './router.js';

/** URL patterns of the pages (see routes.tsx), kept apart so pages can link to each other. */
export const paths = {
  dashboard: '/dashboard',
  accounts: '/accounts',
  account: '/accounts/:id',
  myAccount: '/my-account',
} as const;

export function accountPath(id: string): string {
  return pathTo(paths.account, { id });
}
