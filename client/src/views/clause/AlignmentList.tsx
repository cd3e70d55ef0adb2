import type { QuantityChange } from '../../api/fragments';
import { RouteLink } from '../../ui/RouteLink';
import { clauseHeading, localityOf } from '../../ui/labels';
import { ReviewBadge, ReviewControls } from '../review/ReviewControls';
import type { Alignment, OfferComparison } from './clauseQuery';

/** Where the clause sits on the edges of a list: their start (implements, succeeds) or their end. */
export interface ListEnd {
  selfId: string;
  outgoing: boolean;
  /** The review token, when this tab may review (useReviewAccess().granted): the controls are shown. */
  reviewToken: string | null;
}

/**
 * Alignment edges seen from the clause: the other clause, the score, and the evidence a person can check; who made
 * or confirmed each edge, and — for a reviewer — confirm and reject.
 * `lowerLocality`: the locality of the edges' lower end when it is the panel's own clause (Carries down); else the
 * other clause is the lower end, and its figures are worded from its side.
 */
export function AlignmentList({
  title,
  alignments,
  end,
  lowerLocality,
}: {
  title: string;
  alignments: Alignment[];
  end: ListEnd;
  lowerLocality?: string;
}) {
  if (alignments.length === 0) return null;
  return (
    <section className="alignments" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {[...alignments]
          // Candidates (weak matches, left out of coverage) are listed after the links that count.
          .sort((a, b) => Number(a.candidate) - Number(b.candidate) || b.score - a.score)
          .map((a) => (
            <li key={`${a.type}:${a.clause.id}`} className={a.candidate ? 'alignment candidate' : 'alignment'}>
              <RouteLink route={{ view: 'cascade', clauseId: a.clause.id, selected: a.clause.id }}>
                {localityOf(a.clause)} {a.clause.policy.year ?? ''} · {clauseHeading(a.clause)}
              </RouteLink>
              <p className="alignment-meta">
                <meter min={0} max={1} value={a.score} aria-label="score" /> score {a.score.toFixed(2)} · {a.method}
                {a.reproduction !== null ? ` · ${Math.round(a.reproduction * 100)}% verbatim` : ''}
                {a.merged ? ' · merged with another measure 合并' : ''}
                {a.candidate ? ' · candidate 候选: a weak match, not counted in coverage' : ''}
              </p>
              {a.inheritedFrom ? (
                <p className="inherited-from">
                  Inferred 推断 through the locality's older clause{' '}
                  <RouteLink route={{ view: 'cascade', clauseId: a.inheritedFrom.id, selected: a.inheritedFrom.id }}>
                    {localityOf(a.inheritedFrom)} {a.inheritedFrom.policy.year ?? ''} · {clauseHeading(a.inheritedFrom)}
                  </RouteLink>
                  , headed as the measure: this clause succeeds it and says the measure in a sentence.
                </p>
              ) : null}
              {a.evidence.length ? (
                <p className="evidence">
                  Evidence 依据:{' '}
                  {a.evidence.map((term, i) => (
                    <q key={`${i}:${term}`} className="chip chip-evidence" lang="zh">
                      {term}
                    </q>
                  ))}
                </p>
              ) : null}
              {a.againstOffers.length ? (
                <ul className="changes against-offers" aria-label="Against the implementers' median">
                  {a.againstOffers.map((c) => (
                    <li key={`${c.quantity.id}|${c.offer.metric}`}>
                      {describeAgainstOffer(lowerLocality ?? localityOf(a.clause), c)}
                    </li>
                  ))}
                </ul>
              ) : null}
              <ReviewBadge state={a} />
              {end.reviewToken !== null ? (
                <ReviewControls
                  token={end.reviewToken}
                  label={`${a.type} ${a.clause.id}`}
                  edge={{
                    type: a.type,
                    from: end.outgoing ? end.selfId : a.clause.id,
                    to: end.outgoing ? a.clause.id : end.selfId,
                  }}
                />
              ) : null}
              {a.changedQuantities.length ? (
                <ul className="changes" aria-label="Changed amounts">
                  {a.changedQuantities.map((c, i) => (
                    <li key={i}>{describeChange(c)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
      </ul>
    </section>
  );
}

const CHANGE_WORDS: Record<QuantityChange['kind'], string> = {
  RAISED: 'raised 提高',
  LOWERED: 'lowered 降低',
  ADDED: 'added 新增',
  REMOVED: 'removed 删除',
  CHANGED: 'changed 变化',
};

const POSITION_WORDS: Record<OfferComparison['position'], string> = {
  HIGHER: 'higher 较高',
  SAME: 'the same 持平',
  LOWER: 'lower 较低',
};

/**
 * "海宁市 300万元 vs implementers' median 50万元 (higher)": an inferred superior states no figure, so a locality's
 * own is placed against what its implementers offer, never 'raised' or 'lowered' from a value no text states.
 */
export function describeAgainstOffer(locality: string, c: OfferComparison): string {
  const own = formatValue(c.quantity.normalizedValue, c.quantity.normalizedUnit);
  const median = formatValue(c.offer.median, c.offer.unit);
  return `${c.offer.metric}: ${locality} ${own} vs implementers' median ${median} (${POSITION_WORDS[c.position]})`;
}

export function describeChange(change: QuantityChange): string {
  const value = (v: number | null) => (v === null ? '—' : formatValue(v, change.unit));
  return `${change.metric}: ${CHANGE_WORDS[change.kind]} ${value(change.before)} → ${value(change.after)}`;
}

/** 1500000 元 → 150万元: amounts read as analysts write them. */
export function formatValue(value: number, unit: string): string {
  if (unit === '元' && Math.abs(value) >= 10_000) {
    const wan = value / 10_000;
    return wan >= 10_000 ? `${+(wan / 10_000).toFixed(2)}亿元` : `${+wan.toFixed(2)}万元`;
  }
  return `${value.toLocaleString('zh-CN')}${unit}`;
}
