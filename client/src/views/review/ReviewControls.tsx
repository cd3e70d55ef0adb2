import { useId, useState } from 'react';
import type { AlignmentFieldsFragment, ReviewDecision } from '../../api/generated/graphql';
import { ORIGIN_TEXT } from '../../ui/labels';
import { useReview } from './useReview';
import './review.css';
import type { EdgeRef } from './useReview';

/** Who made or confirmed an edge, as the generated AlignmentFields fragment (and the Cascade query's edges) carry it. */
export type EdgeReviewState = Pick<AlignmentFieldsFragment, 'origin' | 'review'>;

/** Who made or confirmed an edge, and the reviewer's note: shown to everyone. */
export function ReviewBadge({ state }: { state: EdgeReviewState }) {
  if (state.origin === 'MACHINE') return null;
  return (
    <p className={`review-badge review-${state.origin.toLowerCase()}`}>
      <span className="badge">{ORIGIN_TEXT[state.origin]}</span>
      {state.review?.note ? <q className="review-note">{state.review.note}</q> : null}
      {state.review ? <span className="muted"> · {state.review.at.slice(0, 10)}</span> : null}
    </p>
  );
}

/**
 * Confirm or reject one edge, with a note. Rendered only for a tab holding the review token (the caller checks
 * useReviewAccess().granted); the server checks the token again.
 */
export function ReviewControls({ edge, token, label }: { edge: EdgeRef; token: string; label: string }) {
  const [note, setNote] = useState('');
  const { review, pending, error } = useReview(token);
  const noteId = useId();
  const decide = (decision: ReviewDecision) => void review(edge, decision, note).then((ok) => ok && setNote(''));
  return (
    <div className="review-controls" role="group" aria-label={`Review ${label}`}>
      <label htmlFor={noteId} className="visually-hidden">
        Note
      </label>
      <input
        id={noteId}
        className="review-note-input"
        placeholder="note 备注"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
      />
      <button type="button" disabled={pending} onClick={() => decide('CONFIRM')}>
        Confirm 确认
      </button>
      <button type="button" disabled={pending} onClick={() => decide('REJECT')}>
        Reject 驳回
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
