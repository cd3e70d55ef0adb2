import { useId } from 'react';
import type { ReviewAccess } from './useReviewAccess';

/** The review token a server with CASCADE_REVIEW_TOKEN takes decisions with; kept in the tab's sessionStorage only. */
export function ReviewTokenField({ access }: { access: ReviewAccess }) {
  const id = useId();
  if (!access.enabled)
    return (
      <p className="muted">Reviews are off on this server (it has no CASCADE_REVIEW_TOKEN). Reading stays open.</p>
    );
  return (
    <p className="review-token">
      <label htmlFor={id}>Review token</label>{' '}
      <input
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={access.token}
        onChange={(e) => access.setToken(e.target.value)}
      />{' '}
      <span className="muted">
        {access.granted ? 'accepted: review controls are shown' : 'the controls appear once the server accepts it'}
      </span>
    </p>
  );
}
