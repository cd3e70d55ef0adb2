import { useCallback, useState } from 'react';

/**
 * A bearer token the user typed (the import's write token, the reviewer's review token). Kept in sessionStorage
 * only: it lasts as long as the tab, is never written to localStorage or a cookie, and is sent only with the
 * requests that need it.
 */
function stored(key: string): string {
  try {
    return window.sessionStorage.getItem(key) ?? '';
  } catch {
    return ''; // storage switched off: the user types it for each visit
  }
}

export function useSessionToken(key: string): [string, (token: string) => void] {
  const [token, setToken] = useState(() => stored(key));
  const update = useCallback(
    (next: string) => {
      setToken(next);
      try {
        if (next === '') window.sessionStorage.removeItem(key);
        else window.sessionStorage.setItem(key, next);
      } catch {
        // Kept in memory only.
      }
    },
    [key],
  );
  return [token, update];
}

/** The header a write sends: none without a token. */
export function authorizationHeader(token: string): Record<string, string> {
  const trimmed = token.trim();
  return trimmed === '' ? {} : { authorization: `Bearer ${trimmed}` };
}
