import { useCallback, useState } from 'react';

/**
 * The write token a server with CASCADE_WRITE_TOKEN asks imports for. Kept in sessionStorage only: it lasts as long
 * as the tab, is never written to localStorage or a cookie, and is sent only with the import request.
 */
const KEY = 'policy-cascade.writeToken';

function stored(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return ''; // storage switched off: the user types it for each visit
  }
}

export function useWriteToken(): [string, (token: string) => void] {
  const [token, setToken] = useState(stored);
  const update = useCallback((next: string) => {
    setToken(next);
    try {
      if (next === '') window.sessionStorage.removeItem(KEY);
      else window.sessionStorage.setItem(KEY, next);
    } catch {
      // Kept in memory only.
    }
  }, []);
  return [token, update];
}

/** The header the import sends: none without a token. */
export function authorizationHeader(token: string): Record<string, string> {
  const trimmed = token.trim();
  return trimmed === '' ? {} : { authorization: `Bearer ${trimmed}` };
}
