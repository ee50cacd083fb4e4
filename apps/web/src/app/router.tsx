// The router lives in core/router.tsx, below the components that link and navigate with it;
// pages and features import it from here as before.
export * from '../core/router.js';
