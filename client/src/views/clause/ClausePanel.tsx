import { useEffect, useRef } from 'react';
import { useQuery } from '../../api/useQuery';
import { clausePanelTarget, takeFocusRequest } from '../../ui/focusRequest';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { clauseHeading, localityOf } from '../../ui/labels';
import { AddLink } from '../review/AddLink';
import { useReviewAccess } from '../review/useReviewAccess';
import { AlignmentList } from './AlignmentList';
import { ClauseText } from './ClauseText';
import { DepartmentChips } from './DepartmentChips';
import { InferredSources } from './InferredSources';
import { CLAUSE_DETAILS } from './clauseQuery';
import type { ClauseDetails } from './clauseQuery';

/** One clause: where it sits, its original text with the figures and actors marked, and why it was aligned. */
export function ClausePanel({ clauseId, onClose }: { clauseId: string; onClose?: () => void }) {
  const state = useQuery(CLAUSE_DETAILS, { id: clauseId });
  const article = useRef<HTMLElement>(null);
  const loaded = state.data?.clause?.id === clauseId;
  // Opened from a search hit: the focus follows into the panel once its clause is there.
  useEffect(() => {
    if (loaded && takeFocusRequest(clausePanelTarget(clauseId))) article.current?.focus();
  }, [loaded, clauseId]);
  return (
    <article
      ref={article}
      tabIndex={-1}
      className="clause-panel"
      aria-busy={state.status === 'loading'}
      aria-label={state.data?.clause ? clauseHeading(state.data.clause) : 'Clause'}
    >
      {onClose ? (
        <button type="button" className="close" onClick={onClose} aria-label="Close the clause panel">
          ×
        </button>
      ) : null}
      {state.status === 'loading' && !state.data ? <Loading label="Loading the clause…" /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={state.reload} /> : null}
      {state.data && !state.data.clause ? <EmptyState>No clause {clauseId}.</EmptyState> : null}
      {state.data?.clause ? <ClauseBody clause={state.data.clause} /> : null}
    </article>
  );
}

function ClauseBody({ clause }: { clause: ClauseDetails }) {
  const policy = clause.policy;
  const access = useReviewAccess();
  const token = access.granted ? access.token : null;
  const out = { selfId: clause.id, outgoing: true, reviewToken: token };
  const into = { ...out, outgoing: false };
  return (
    <>
      <header>
        <p className="eyebrow">
          {localityOf(clause)} · {policy.year ?? ''}{' '}
          {clause.section ? `· ${clause.section.label}${clause.section.title}` : ''}
        </p>
        <h2 className="clause-title">{clauseHeading(clause)}</h2>
        <p className="clause-document">
          <RouteLink route={{ view: 'document', policyId: policy.id, clauseId: clause.id }}>
            {policy.title}
            {policy.docNumber ? ` (${policy.docNumber})` : ''}
          </RouteLink>
          {clause.sourceLine ? <span className="muted"> · line {clause.sourceLine}</span> : null}
        </p>
        <p className="badges">
          {clause.inferred ? <span className="badge">inferred from its implementers 推断</span> : null}
          {clause.localAddition ? <span className="badge">local addition 地方新增</span> : null}
          {policy.stub ? <span className="badge">document known by reference only</span> : null}
        </p>
      </header>
      <ClauseText clause={clause} />
      <Departments clause={clause} />
      <InferredSources clause={clause} />
      <AlignmentList
        title="Carries down 落实上级"
        alignments={clause.implements}
        end={out}
        lowerLocality={localityOf(clause)}
      />
      <AlignmentList title="Carried down by 下级落实" alignments={clause.implementedBy} end={into} />
      <AlignmentList title="Same measure elsewhere 同类条款" alignments={clause.correspondsTo} end={out} />
      <AlignmentList title="Replaces (earlier version) 上一版" alignments={clause.succeeds} end={out} />
      <AlignmentList title="Replaced by (newer version) 新一版" alignments={clause.succeededBy} end={into} />
      {token !== null ? <AddLink clauseId={clause.id} token={token} /> : null}
      <p>
        <RouteLink route={{ view: 'compare', clauseId: clause.id }}>Compare amounts across localities →</RouteLink>
      </p>
    </>
  );
}

function Departments({ clause }: { clause: ClauseDetails }) {
  if (clause.departments.length === 0) return null;
  return (
    <section aria-label="Responsible departments" className="departments">
      <h3>Responsible departments 责任单位</h3>
      <DepartmentChips assignments={clause.departments} />
    </section>
  );
}
