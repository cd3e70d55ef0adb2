import { LANE_ORDER } from '../../graph/swimlanes';
import { LEVEL_NAMES, clauseHeading, localityOf } from '../../ui/labels';
import type { MergedCascade } from './mergeCascades';

/**
 * The cascade as a list, level by level: the keyboard (and screen-reader) way to open a clause or expand it, and a
 * readable summary of what the canvas shows. Focusing a clause here shows its full title over its node.
 */
export function CascadeOutline({
  cascade,
  selected,
  onSelect,
  onExpand,
  onFocusClause,
}: {
  cascade: MergedCascade;
  selected: string | undefined;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  /** A clause's button got (id) or lost (undefined) the focus: the graph shows that node's tooltip. */
  onFocusClause: (id: string | undefined) => void;
}) {
  const expanded = new Set(cascade.expanded);
  return (
    <details className="outline">
      <summary>Clauses in this cascade ({cascade.nodes.length})</summary>
      {LANE_ORDER.map((level) => {
        const nodes = cascade.nodes.filter((n) => (n.clause.policy.region?.level ?? 'COUNTY') === level);
        if (nodes.length === 0) return null;
        return (
          <section key={level} aria-label={LEVEL_NAMES[level]}>
            <h3>{LEVEL_NAMES[level]}</h3>
            <ul>
              {nodes.map(({ clause }) => (
                <li key={clause.id} className={clause.id === cascade.root.id ? 'outline-root' : undefined}>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={clause.id === selected}
                    onClick={() => onSelect(clause.id)}
                    onFocus={() => onFocusClause(clause.id)}
                    onBlur={() => onFocusClause(undefined)}
                  >
                    {localityOf(clause)} · {clauseHeading(clause)}
                  </button>
                  {clause.id !== cascade.root.id && !expanded.has(clause.id) ? (
                    <button type="button" className="small" onClick={() => onExpand(clause.id)}>
                      Expand
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </details>
  );
}
