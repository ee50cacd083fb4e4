// The signed-in API token, kept in the browser's local storage.

/** Shared with the playground (src/playground/main.tsx), which reuses the signed-in token. */
const TOKEN_KEY = 'billing.token';

export function readToken(): string | null {
  return window.localStorage.getItem(TOKEN_KEY);
}

export function writeToken(token: string | null): void {
  if (token) window.localStorage.setItem(TOKEN_KEY, token);
  else window.localStorage.removeItem(TOKEN_KEY);
}
