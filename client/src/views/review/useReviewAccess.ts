import { useEffect, useState } from 'react';
import { request } from '../../api/request';
import { useDataVersion } from '../../api/dataVersion';
import { authorizationHeader, useSessionToken } from '../../ui/sessionToken';
import { REVIEW_ACCESS } from './reviewOperations';

export interface ReviewAccess {
  /** The server has CASCADE_REVIEW_TOKEN. */
  enabled: boolean;
  /** The token this tab holds is the server's: review controls are shown. */
  granted: boolean;
  token: string;
  setToken: (token: string) => void;
}

const TOKEN_KEY = 'policy-cascade.reviewToken';

/**
 * Whether this tab may review, asked of the server with the token the user typed (sessionStorage only): the
 * controls stay hidden until the server says the token is its review token.
 */
export function useReviewAccess(): ReviewAccess {
  const [token, setToken] = useSessionToken(TOKEN_KEY);
  const [answer, setAnswer] = useState({ enabled: false, granted: false });
  const version = useDataVersion();
  useEffect(() => {
    const controller = new AbortController();
    request(REVIEW_ACCESS, {}, controller.signal, authorizationHeader(token)).then(
      (data) => setAnswer(data.reviewAccess),
      () => undefined, // an unreachable server shows no controls; the views report the error themselves
    );
    return () => controller.abort();
  }, [token, version]);
  return { ...answer, token, setToken };
}
