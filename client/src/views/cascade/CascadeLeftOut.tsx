import { MAX_CASCADE_LIMIT } from '../../state/route';
import { leftOutSummary } from './leftOut';
import type { MergedCascade } from './mergeCascades';

/**
 * Under a cascade the server cut to the limit (a measure carried by hundreds of localities): how many clauses were
 * left out at each level, from the whole cascade's counts, and a button to draw more of them.
 */
export function CascadeLeftOut({
  cascade,
  limit,
  onShowMore,
}: {
  cascade: MergedCascade;
  limit: number;
  onShowMore: (limit: number) => void;
}) {
  const summary = leftOutSummary(cascade.levels, cascade.nodesTotal);
  if (!summary) return null;
  // Twice the limit each time, never past the server's maximum or the whole cascade.
  const next = Math.min(MAX_CASCADE_LIMIT, limit * 2, cascade.nodesTotal);
  return (
    <p className="cascade-left-out" role="status">
      {summary}.{' '}
      {next > limit ? (
        <button type="button" onClick={() => onShowMore(next)}>
          Show {(next - limit).toLocaleString('en')} more
        </button>
      ) : null}
    </p>
  );
}
