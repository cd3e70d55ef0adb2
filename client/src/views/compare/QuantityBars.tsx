import type { ComparisonRow } from './compareOperations';
import type { QuantityGroup } from './compareGroups';
import { shortRowName } from './compareGroups';
import { KIND_NAMES, formatNormalized, formatRatio } from './formatQuantity';

const WIDTH = 560;
const LABEL = 200;
const BARS = 180;
const ROW = 22;
const TOP = 16;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * One comparable amount across localities as horizontal bars on a shared axis from zero, in plain SVG. Outliers (as
 * flagged by the server: beyond 2× or 0.5× their peers' median) are drawn in another colour and labelled, so the mark
 * does not depend on colour; the dashed line is the median of the values shown.
 */
export function QuantityBars({ group, rows }: { group: QuantityGroup; rows: readonly ComparisonRow[] }) {
  const values = group.entries.map((e) => e.compared.quantity.normalizedValue);
  const max = Math.max(...values, 0) || 1;
  const middle = median(values);
  const height = TOP + group.entries.length * ROW + 4;
  const x = (value: number) => LABEL + (value / max) * BARS;
  const perRow = new Map<string, number>();
  for (const e of group.entries) perRow.set(e.row.clause.id, (perRow.get(e.row.clause.id) ?? 0) + 1);
  const summary = group.entries
    .map((e) => `${shortRowName(e.row, rows)} ${e.compared.quantity.text}${e.compared.outlier ? ' (outlier)' : ''}`)
    .join(', ');

  return (
    <figure className="quantity-bars">
      <figcaption>
        {group.metric} <span className="quantity-kind">({KIND_NAMES[group.kind]})</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${group.metric}: ${summary}`}>
        <line className="bars-median" x1={x(middle)} x2={x(middle)} y1={TOP - 4} y2={height - 2} />
        <text className="bars-median-label" x={x(middle)} y={TOP - 6} textAnchor="middle">
          median {formatNormalized(middle, group.unit)}
        </text>
        {group.entries.map((entry, i) => {
          const q = entry.compared.quantity;
          const y = TOP + i * ROW;
          const name = shortRowName(entry.row, rows);
          const label = (perRow.get(entry.row.clause.id) ?? 0) > 1 ? `${name} · ${q.metric}` : name;
          const ratio = entry.compared.ratioToMedian;
          return (
            <g
              key={q.id}
              className={entry.compared.outlier ? 'bar bar-outlier' : 'bar'}
              data-outlier={entry.compared.outlier}
            >
              <text x={LABEL - 6} y={y + 15} textAnchor="end" className="bar-label">
                {label.length > 16 ? `${label.slice(0, 15)}…` : label}
                <title>{label}</title>
              </text>
              <rect x={LABEL} y={y + 4} width={Math.max(1, x(q.normalizedValue) - LABEL)} height={ROW - 8} rx={2} />
              <text x={x(q.normalizedValue) + 4} y={y + 15} className="bar-value">
                {formatNormalized(q.normalizedValue, q.normalizedUnit)}
                {entry.compared.outlier ? ` ⚠ outlier${ratio !== null ? ` ${formatRatio(ratio)}` : ''}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
