import { RouteLink } from '../../ui/RouteLink';
import { clauseHeading, localityOf } from '../../ui/labels';
import { formatValue } from './AlignmentList';
import type { ClauseDetails } from './clauseQuery';

/**
 * Where an inferred clause comes from (issue 12): the implementing clauses it was inferred from, with their weight,
 * and what they offer per comparable figure — the least, the median and the most — since no single locality's
 * amount stands for the superior's.
 */
export function InferredSources({ clause }: { clause: ClauseDetails }) {
  if (!clause.inferred || clause.inferredFrom.length === 0) return null;
  const sources = [...clause.inferredFrom].sort((a, b) => b.weight - a.weight);
  return (
    <section className="inferred-sources" aria-label="Inferred from">
      <h3>Inferred from {clause.support ?? sources.length} localities 推断来源</h3>
      <ul>
        {sources.map((s) => (
          <li key={s.clause.id}>
            <RouteLink route={{ view: 'cascade', clauseId: s.clause.id, selected: s.clause.id }}>
              {localityOf(s.clause)} · {clauseHeading(s.clause)}
            </RouteLink>{' '}
            <span className="muted">weight {s.weight.toFixed(2)}</span>
          </li>
        ))}
      </ul>
      {clause.offers.length ? (
        <>
          <h4>What the implementers offer 各地给予</h4>
          <ul aria-label="What the implementers offer">
            {clause.offers.map((o) => (
              <li key={`${o.metric}|${o.unit}|${o.role}`}>
                {o.metric}: {formatValue(o.min, o.unit)}–{formatValue(o.max, o.unit)}, median{' '}
                {formatValue(o.median, o.unit)} ({o.count} localities)
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
