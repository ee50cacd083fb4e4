import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'billing.testMode';
const CHANGED = 'billing:test-mode';

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function subscribe(onChange: () => void): () => void {
  // Another tab (storage) or another part of this page (our own event) switched it.
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/**
 * Whether the operator looks at test-clock accounts instead of live ones: remembered in this
 * browser, the same on every page and tab. Figures and lists never mix the two.
 */
export function useTestMode(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((next: boolean) => {
    try {
      if (next) window.localStorage.setItem(KEY, '1');
      else window.localStorage.removeItem(KEY);
    } catch {
      // Private mode without storage: the switch lasts as long as the page.
    }
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [on, set];
}
