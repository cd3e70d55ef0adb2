/**
 * Lines up the quantities of a comparison: quantities the server gave the same comparableKey (same kind, same unit,
 * similar metric) become one group drawn side by side and as a bar chart; the rest stay with their locality.
 */
import type { ComparedQuantity, Comparison, ComparisonRow } from './compareOperations';

export interface GroupEntry {
  row: ComparisonRow;
  compared: ComparedQuantity;
}

export interface QuantityGroup {
  key: string;
  /** The group's shortest metric, as the server put it in the key (it names the group's level: 省级…). */
  metric: string;
  kind: ComparedQuantity['quantity']['kind'];
  unit: string;
  entries: GroupEntry[];
}

/**
 * Rows worth a column: a stub's inferred clause has no text and so no amounts (it is the heading instead); a real
 * superior clause, once its text is imported, stays as a column of its own.
 */
export function localityRows(comparison: Comparison): ComparisonRow[] {
  return comparison.rows.filter((row) => !row.policy.stub);
}

export function quantityGroups(rows: readonly ComparisonRow[]): QuantityGroup[] {
  const groups = new Map<string, QuantityGroup>();
  for (const row of rows) {
    for (const compared of row.quantities) {
      const key = compared.comparableKey;
      if (!key) continue;
      const { kind, normalizedUnit } = compared.quantity;
      let group = groups.get(key);
      if (!group) {
        group = { key, metric: metricOfKey(key) || compared.quantity.metric, kind, unit: normalizedUnit, entries: [] };
        groups.set(key, group);
      }
      // The key already implies one kind and unit; a quantity that disagrees is not drawn on the same axis.
      if (kind === group.kind && normalizedUnit === group.unit) group.entries.push({ row, compared });
    }
  }
  return [...groups.values()].filter((group) => new Set(group.entries.map((e) => e.row.clause.id)).size >= 2);
}

/** Quantities of a row that belong to no drawn group. */
export function ungrouped(row: ComparisonRow, groups: readonly QuantityGroup[]): ComparedQuantity[] {
  const drawn = new Set(groups.flatMap((g) => g.entries.map((e) => e.compared.quantity.id)));
  return row.quantities.filter((q) => !drawn.has(q.quantity.id));
}

/** The key is kind|unit|level|metric (level 国家级, 省级 … or empty); the metric may itself contain a bar. */
function metricOfKey(key: string): string {
  return key.split('|').slice(3).join('|');
}

/** A short name for a chart bar: the place, with the year only when the comparison spans several years. */
export function shortRowName(row: ComparisonRow, rows: readonly ComparisonRow[]): string {
  const place = row.region?.name ?? row.policy.title;
  const years = new Set(rows.map((r) => r.year));
  const twins = rows.filter((r) => r.policy.id === row.policy.id).length > 1;
  return `${place}${years.size > 1 && row.year ? ` ${row.year}` : ''}${twins ? ` ${row.clause.label}` : ''}`;
}

/** Names a row's column: 秀洲区 2025, with 草案 for a draft, and the clause label when a locality has two rows. */
export function rowName(row: ComparisonRow, rows: readonly ComparisonRow[]): string {
  const place = row.region?.name ?? row.policy.title;
  const draft = row.policy.status === 'DRAFT' ? ' draft' : '';
  const base = `${place}${row.year ? ` ${row.year}` : ''}${draft}`;
  const twins = rows.filter((r) => r.policy.id === row.policy.id).length > 1;
  return twins ? `${base} ${row.clause.label || `#${row.clause.id.split('/c')[1] ?? ''}`}` : base;
}
