/**
 * The documented order of search hits (issue 15 item 5; docs/research.md): issued documents above drafts, newer
 * documents above older ones, hits in a title above hits in the text only, then by document id, a document's clauses
 * in their numeric order (1, 2, … 12, never 1, 12, 2) and its annex rows after them. The order is a sort key
 * string, so the key of a page's last hit is its cursor.
 */
import type { FacetCount, FoundHit, SearchFacets } from './searchTypes';

function padded(value: number, width: number): string {
  return String(Math.max(0, Math.trunc(value))).padStart(width, '0');
}

/** The hit's place in the ranking as a string: comparing keys as strings compares hits by rank. */
export function rankKey(hit: FoundHit): string {
  return [
    hit.status === 'DRAFT' ? '1' : '0',
    padded(9999 - (hit.year ?? 0), 4),
    hit.titleMatch ? '0' : '1',
    hit.policyId,
    hit.kind === 'CLAUSE' ? '0' : '1',
    padded(hit.sectionOrdinal, 4),
    padded(hit.ordinal, 6),
  ].join('\u0001');
}

/** Hits in rank order, each with its key. */
export function ranked(hits: readonly FoundHit[]): { hit: FoundHit; key: string }[] {
  return hits.map((hit) => ({ hit, key: rankKey(hit) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function tally(entries: { value: string; label: string }[][]): FacetCount[] {
  const counts = new Map<string, FacetCount>();
  for (const perHit of entries) {
    for (const { value, label } of perHit) {
      const known = counts.get(value);
      if (known) known.count += 1;
      else counts.set(value, { value, label, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const one = (value: string | number | null, label?: string | null) =>
  value === null ? [] : [{ value: String(value), label: label ?? String(value) }];

/** How many hits fall in each locality, level, year, status, department and program; most hits first. */
export function facetsOf(hits: readonly FoundHit[]): SearchFacets {
  return {
    localities: tally(hits.map((hit) => one(hit.regionCode, hit.regionName))),
    levels: tally(hits.map((hit) => one(hit.level))),
    years: tally(hits.map((hit) => one(hit.year))),
    statuses: tally(hits.map((hit) => one(hit.status))),
    departments: tally(hits.map((hit) => hit.departments.map((name) => ({ value: name, label: name })))),
    programs: tally(hits.map((hit) => hit.programs.map((p) => ({ value: p.id, label: p.name })))),
  };
}
