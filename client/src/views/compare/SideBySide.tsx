import { ROLE_NAMES } from '../../api/fragments';
import { RouteLink } from '../../ui/RouteLink';
import type { ComparedQuantity, ComparisonRow } from './compareOperations';
import type { QuantityGroup } from './compareGroups';
import { rowName, ungrouped } from './compareGroups';
import { KIND_NAMES, formatRatio } from './formatQuantity';

/**
 * The localities as columns: comparable amounts on shared lines (one per group), then each locality's other amounts
 * and targets. Values are shown as written (最高200萬元), outliers marked in words as well as colour.
 */
export function SideBySide({ rows, groups }: { rows: readonly ComparisonRow[]; groups: readonly QuantityGroup[] }) {
  return (
    <div className="side-by-side-scroll">
      <table className="side-by-side" aria-label="Amounts and targets of each locality for this measure">
        <thead>
          <tr>
            <th scope="col">Amount or target</th>
            {rows.map((row) => (
              <th scope="col" key={row.clause.id}>
                <span className="side-locality">{rowName(row, rows)}</span>
                <RouteLink route={{ view: 'cascade', clauseId: row.clause.id }} className="side-clause">
                  {row.clause.label} {row.clause.title}
                </RouteLink>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">
                {group.metric} <span className="quantity-kind">({KIND_NAMES[group.kind]})</span>
              </th>
              {rows.map((row) => (
                <td key={row.clause.id}>
                  <QuantityList
                    items={group.entries.filter((e) => e.row === row).map((e) => e.compared)}
                    groupMetric={group.metric}
                  />
                </td>
              ))}
            </tr>
          ))}
          <tr className="side-other">
            <th scope="row">{groups.length > 0 ? 'Other amounts and targets' : 'Amounts and targets'}</th>
            {rows.map((row) => (
              <td key={row.clause.id}>
                <QuantityList items={ungrouped(row, groups)} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Quantities of one cell; the metric is shown unless it is the line's own (ungrouped ones always show it). */
function QuantityList({ items, groupMetric }: { items: ComparedQuantity[]; groupMetric?: string }) {
  if (items.length === 0) return <span className="side-none">—</span>;
  return (
    <ul className="side-quantities">
      {items.map(({ quantity, outlier, ratioToMedian }) => (
        <li key={quantity.id} className={outlier ? 'side-outlier' : undefined}>
          <span className="side-value">{quantity.text}</span>{' '}
          <span className="quantity-role" data-role={quantity.role}>
            {ROLE_NAMES[quantity.role]}
          </span>
          {quantity.metric && quantity.metric !== groupMetric ? (
            <span className="side-metric"> {quantity.metric}</span>
          ) : null}
          {outlier ? (
            <span className="side-outlier-mark">
              {' '}
              ⚠ outlier{ratioToMedian !== null ? ` ${formatRatio(ratioToMedian)} median` : ''}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
