import { useSessionToken } from '../../ui/sessionToken';

export { authorizationHeader } from '../../ui/sessionToken';

/** The write token a server with CASCADE_WRITE_TOKEN asks imports for (sessionStorage only, ui/sessionToken.ts). */
export function useWriteToken(): [string, (token: string) => void] {
  return useSessionToken('policy-cascade.writeToken');
}
