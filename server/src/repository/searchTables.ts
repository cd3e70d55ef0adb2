/**
 * Ranking and facets as numbers (issue 11: search p95 at 1,000 documents). Per state of the search index, every
 * text's place in the documented order without the title match (searchRanking.ts) and its facet values as small
 * integers, so that a search orders its hits by walking places and counts facets in typed arrays, instead of
 * building a key string and facet objects for each of tens of thousands of hits. Built on the first search after the
 * index was built or brought forward: documents ordered by status, year and id, then each document's texts.
 */
import type { IndexedText, SearchIndex } from './searchIndex';
import type { Matches } from './searchRanking';
import { groupKey, withinDocumentKey } from './searchRanking';
import type { FacetCount, FoundHit, SearchFacets } from './searchTypes';

/** One facet: its value–label pairs, and per position the pairs its text counts for. */
interface FacetTable {
  values: string[];
  labels: string[];
  /** The pairs of position p: ids[offsets[p]] up to ids[offsets[p + 1]]. */
  offsets: Int32Array;
  ids: Int32Array;
}

type FacetName = keyof SearchFacets;

export interface SearchTables {
  /** Per position, its place in the order of rank keys without the title match (ties by position); -1 if empty. */
  place: Int32Array;
  /** Per place, the position. */
  positionAt: Int32Array;
  /** The places where a group of equal status and year begins, then the number of places. */
  groupStarts: number[];
  facets: Record<FacetName, FacetTable>;
}

type Pair = { value: string; label: string };
const one = (value: string | number | null, label?: string | null): Pair[] =>
  value === null ? [] : [{ value: String(value), label: label ?? String(value) }];

/** What each facet counts a hit for: as facetsOf counted before (a department or program per name or id). */
const FACET_PAIRS: Record<FacetName, (hit: FoundHit) => Pair[]> = {
  localities: (hit) => one(hit.regionCode, hit.regionName),
  levels: (hit) => one(hit.level),
  years: (hit) => one(hit.year),
  statuses: (hit) => one(hit.status),
  departments: (hit) => hit.departments.map((name) => ({ value: name, label: name })),
  programs: (hit) => hit.programs.map((program) => ({ value: program.id, label: program.name })),
};

function facetTable(texts: readonly (IndexedText | undefined)[], pairsOf: (hit: FoundHit) => Pair[]): FacetTable {
  const known = new Map<string, number>();
  const table: FacetTable = {
    values: [],
    labels: [],
    offsets: new Int32Array(texts.length + 1),
    ids: new Int32Array(0),
  };
  const ids: number[] = [];
  texts.forEach((text, position) => {
    for (const { value, label } of text ? pairsOf(text.hit) : []) {
      // Keyed by value and label: a value shown with two labels keeps the first hit's, as the tally did.
      const key = `${value}\u0000${label}`;
      let id = known.get(key);
      if (id === undefined) {
        id = table.values.push(value) - 1;
        table.labels.push(label);
        known.set(key, id);
      }
      ids.push(id);
    }
    table.offsets[position + 1] = ids.length;
  });
  table.ids = Int32Array.from(ids);
  return table;
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Places and groups: documents by (status and year, id), each document's texts by their key's last parts. */
function placesOf(index: SearchIndex): Pick<SearchTables, 'place' | 'positionAt' | 'groupStarts'> {
  const documents = [...index.byPolicy.values()].flatMap((positions) => {
    const first = index.texts[positions[0] ?? -1];
    return first ? [{ positions, group: groupKey(first.hit), id: first.hit.policyId }] : [];
  });
  documents.sort((a, b) => compareStrings(a.group, b.group) || compareStrings(a.id, b.id));
  const place = new Int32Array(index.texts.length).fill(-1);
  const positionAt: number[] = [];
  const groupStarts: number[] = [];
  documents.forEach((document, i) => {
    if (i === 0 || documents[i - 1]?.group !== document.group) groupStarts.push(positionAt.length);
    const keyed = document.positions.map((position) => ({
      position,
      key: withinDocumentKey(index.texts[position]!.hit),
    }));
    keyed.sort((a, b) => compareStrings(a.key, b.key) || a.position - b.position);
    for (const { position } of keyed) place[position] = positionAt.push(position) - 1;
  });
  groupStarts.push(positionAt.length);
  return { place, positionAt: Int32Array.from(positionAt), groupStarts };
}

/** The tables of the index as it is now. */
export function buildSearchTables(index: SearchIndex): SearchTables {
  const facets = Object.fromEntries(
    Object.entries(FACET_PAIRS).map(([name, pairsOf]) => [name, facetTable(index.texts, pairsOf)]),
  ) as Record<FacetName, FacetTable>;
  return { ...placesOf(index), facets };
}

/** One facet's counts over the matched positions, most hits first, then by value. */
function tally(table: FacetTable, positions: Int32Array): FacetCount[] {
  const counts = new Int32Array(table.values.length);
  // The first hit (in position order) of each pair: of two labels of one value, the earlier hit's is shown.
  const firstHit = new Int32Array(table.values.length);
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as number;
    for (let at = table.offsets[position] as number; at < (table.offsets[position + 1] as number); at++) {
      const id = table.ids[at] as number;
      if (counts[id] === 0) firstHit[id] = i;
      counts[id] = (counts[id] as number) + 1;
    }
  }
  const byValue = new Map<string, FacetCount & { firstHit: number }>();
  counts.forEach((count, id) => {
    if (count === 0) return;
    const [value, label, first] = [table.values[id] as string, table.labels[id] as string, firstHit[id] as number];
    const known = byValue.get(value);
    if (!known) byValue.set(value, { value, label, count, firstHit: first });
    else {
      known.count += count;
      if (first < known.firstHit) Object.assign(known, { label, firstHit: first });
    }
  });
  return [...byValue.values()]
    .map(({ value, label, count }) => ({ value, label, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.value, b.value));
}

/** How many hits fall in each locality, level, year, status, department and program; most hits first. */
export function facetsOf(tables: SearchTables, matches: Matches): SearchFacets {
  const { facets } = tables;
  return {
    localities: tally(facets.localities, matches.positions),
    levels: tally(facets.levels, matches.positions),
    years: tally(facets.years, matches.positions),
    statuses: tally(facets.statuses, matches.positions),
    departments: tally(facets.departments, matches.positions),
    programs: tally(facets.programs, matches.positions),
  };
}
