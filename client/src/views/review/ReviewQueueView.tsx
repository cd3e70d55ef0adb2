import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import type { ReviewQueueQuery } from '../../api/generated/graphql';
import { navigate } from '../../state/route';
import type { Route } from '../../state/route';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { SuperiorPicker } from '../coverage/SuperiorPicker';
import { useSuperiors } from '../coverage/useSuperiors';
import { QUEUE_COVERAGE } from './queueOperations';
import { REVIEW_QUEUE } from './reviewOperations';
import { ReviewTokenField } from './ReviewTokenField';
import { useQueueKeys } from './useQueueKeys';
import type { QueueKey } from './useQueueKeys';
import { useReview } from './useReview';
import { useReviewAccess } from './useReviewAccess';
import './ReviewQueueView.css';

type ReviewRoute = Extract<Route, { view: 'review' }>;
type Item = ReviewQueueQuery['reviewQueue'][number];

const KIND_TEXT: Record<Item['kind'], string> = {
  CANDIDATE: 'candidate 候选',
  LOW_SCORE: 'low score 低分',
  MERGED_GAP: 'gap inside a merged clause? 合并条款中的缺口',
};

/**
 * The review queue of a superior document: the decisions that change coverage most first. y accepts (confirms the
 * edge, or adds the proposed one), n rejects, s skips for this visit. Controls only for a tab holding the token.
 */
export function ReviewQueueView({ route }: { route: ReviewRoute }) {
  const { superiors, policyId } = useSuperiors(route.policyId);
  const access = useReviewAccess();
  const queue = useQuery(REVIEW_QUEUE, { policyId: policyId ?? '', first: 50 }, { skip: !policyId });
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const { review, pending, error } = useReview(access.token);
  const items = (queue.data?.reviewQueue ?? []).filter((item) => !skipped.has(item.id));
  const current = queue.status === 'success' ? items[0] : undefined;
  const decide = (key: QueueKey) => {
    if (!current) return;
    if (key === 'skip') return setSkipped((s) => new Set([...s, current.id]));
    const edge = { type: current.type, from: current.from.id, to: current.to.id };
    void review(edge, key === 'accept' ? current.acceptDecision : 'REJECT', '');
  };
  useQueueKeys(access.granted && !pending && current !== undefined, decide);
  return (
    <section className="review-view" aria-labelledby="review-heading">
      <header className="view-header">
        <h2 id="review-heading">Review queue 审核</h2>
        <SuperiorPicker
          superiors={superiors}
          value={policyId}
          onChange={(id) => navigate({ view: 'review', policyId: id })}
        />
      </header>
      <ReviewTokenField access={access} />
      {policyId ? <QueueCoverage policyId={policyId} /> : null}
      {access.granted ? (
        <p className="review-keys" aria-live="polite">
          <kbd>y</kbd> accept · <kbd>n</kbd> reject · <kbd>s</kbd> skip{pending ? ' · saving…' : ''}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {queue.status === 'loading' && !queue.data ? <Loading label="Loading the queue…" /> : null}
      {queue.status === 'error' ? <ErrorMessage error={queue.error} onRetry={queue.reload} /> : null}
      {queue.data && items.length === 0 ? <EmptyState>Nothing left to review here.</EmptyState> : null}
      <ol className="review-queue" data-current-id={current?.id ?? ''}>
        {items.map((item) => (
          <QueueItem
            key={item.id}
            item={item}
            current={item === current}
            onDecide={access.granted ? decide : undefined}
          />
        ))}
      </ol>
    </section>
  );
}

function QueueCoverage({ policyId }: { policyId: string }) {
  const coverage = useQuery(QUEUE_COVERAGE, { policyId });
  const localities = coverage.data?.coverage?.localities ?? [];
  return (
    <ul className="review-coverage" aria-label="Coverage now">
      {localities.map((l) => (
        <li key={l.policy.id} data-locality={l.policy.id}>
          {l.region?.name ?? l.policy.id} <strong>{l.carried}</strong>/{l.total}
        </li>
      ))}
    </ul>
  );
}

function QueueItem({
  item,
  current,
  onDecide,
}: {
  item: Item;
  current: boolean;
  onDecide: ((key: QueueKey) => void) | undefined;
}) {
  const change = Math.round(item.coverageChange * 1000) / 10;
  return (
    <li
      className={`review-item${current ? ' review-current' : ''}`}
      aria-current={current ? 'true' : undefined}
      data-id={item.id}
      data-kind={item.kind}
      data-locality={item.locality.id}
      data-change={item.coverageChange > 0 ? '1' : '0'}
    >
      <p className="review-item-head">
        <span className="badge">{KIND_TEXT[item.kind]}</span> {item.locality.region?.name ?? item.locality.id} · score{' '}
        {item.score.toFixed(2)} · {change > 0 ? `coverage ±${change}%` : 'coverage unchanged'}
      </p>
      <p>
        <RouteLink route={{ view: 'cascade', clauseId: item.from.id, selected: item.from.id }}>
          {item.from.label} {item.from.title}
        </RouteLink>{' '}
        → {item.to.label} {item.to.title}
      </p>
      {item.evidence.length ? <p className="evidence">依据: {item.evidence.join(' · ')}</p> : null}
      {current && onDecide ? (
        <p className="review-item-actions">
          <button type="button" onClick={() => onDecide('accept')}>
            {item.acceptDecision === 'ADD' ? 'Add link (y)' : 'Confirm (y)'}
          </button>
          <button type="button" onClick={() => onDecide('reject')}>
            Reject (n)
          </button>
          <button type="button" onClick={() => onDecide('skip')}>
            Skip (s)
          </button>
        </p>
      ) : null}
    </li>
  );
}
