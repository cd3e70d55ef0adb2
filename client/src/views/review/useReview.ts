import { useCallback, useState } from 'react';
import { dataChanged } from '../../api/dataVersion';
import { request } from '../../api/request';
import { authorizationHeader } from '../../ui/sessionToken';
import type { AlignmentType, ReviewDecision } from '../../api/generated/graphql';
import { REVIEW_ALIGNMENT } from './reviewOperations';

export interface EdgeRef {
  type: AlignmentType;
  from: string;
  to: string;
}

/**
 * Sends one decision with the review token; on success every view asks the server again (coverage, cascades and
 * clause panels follow the reviewed state). The error, if any, is kept for the control to show.
 */
export function useReview(token: string) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const review = useCallback(
    async (edge: EdgeRef, decision: ReviewDecision, note: string): Promise<boolean> => {
      setPending(true);
      setError(null);
      try {
        const variables = { ...edge, decision, note: note.trim() === '' ? null : note.trim() };
        await request(REVIEW_ALIGNMENT, variables, undefined, authorizationHeader(token));
        dataChanged();
        return true;
      } catch (cause) {
        setError(cause instanceof Error ? cause.message : String(cause));
        return false;
      } finally {
        setPending(false);
      }
    },
    [token],
  );
  return { review, pending, error };
}
