import { RouteLink } from '../../ui/RouteLink';
import type { CascadeEdge } from '../cascade/cascadeQuery';
import { ReviewBadge, ReviewControls } from './ReviewControls';
import { useReviewAccess } from './useReviewAccess';

/** True for an edge id `{type}:{from}->{to}` (a tapped edge of the graph), false for a clause id. */
export function isEdgeId(id: string): boolean {
  return id.includes('->');
}

/** An edge tapped in the graph: its two clauses, score and evidence, who made it, and for a reviewer the controls. */
export function EdgeReviewPanel({ edge, onClose }: { edge: CascadeEdge; onClose: () => void }) {
  const access = useReviewAccess();
  return (
    <article className="clause-panel edge-panel" aria-label={`Edge ${edge.id}`}>
      <button type="button" className="close" onClick={onClose} aria-label="Close the edge panel">
        ×
      </button>
      <p className="eyebrow">{edge.type}</p>
      <h2 className="clause-title">
        <RouteLink route={{ view: 'cascade', clauseId: edge.from, selected: edge.from }}>{edge.from}</RouteLink> →{' '}
        <RouteLink route={{ view: 'cascade', clauseId: edge.to, selected: edge.to }}>{edge.to}</RouteLink>
      </h2>
      <p className="alignment-meta">
        score {edge.score.toFixed(2)} · {edge.method}
        {edge.merged ? ' · merged with another measure 合并' : ''}
      </p>
      {edge.evidence.length ? <p className="evidence">依据: {edge.evidence.join(' · ')}</p> : null}
      <ReviewBadge state={edge} />
      {access.granted ? <ReviewControls edge={edge} token={access.token} label={edge.id} /> : null}
    </article>
  );
}
