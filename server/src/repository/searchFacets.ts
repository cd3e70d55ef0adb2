/**
 * Search facets as numbers (issue 11): per state of the search index, each text's facet values as small integer ids
 * (value–label pairs), so that a search counts the facets of tens of thousands of hits in typed arrays instead of
 * building facet objects per hit. Built with the ranking tables (searchTables.ts).
 */
import type { SearchIndex } from './searchIndex';
import type { FacetCount, FoundHit, SearchFacets } from './searchTypes';

/**
 * One facet: its value–label pairs, and per position the pairs its text counts for — one for a facet of the document
 * (`single`, -1 for none), any number for departments and programs (`ids[offsets[p]]` up to `ids[offsets[p + 1]]`).
 */
export interface FacetTable {
  values: string[];
  labels: string[];
  /** The pair ids by key: kept so that an advance (advanceFacetTables) gives a pair seen before the same id. */
  known: Map<string, number>;
  single?: Int32Array;
  offsets?: Int32Array;
  ids?: Int32Array;
}

export type FacetTables = Record<keyof SearchFacets, FacetTable>;

type Pair = { value: string; label: string };
const one = (value: string | number | null, label?: string | null): Pair | null =>
  value === null ? null : { value: String(value), label: label ?? String(value) };

/** The facets of a hit's document: what it counts for, as facetsOf counted before. */
const DOCUMENT_FACETS = {
  localities: (hit: FoundHit) => one(hit.regionCode, hit.regionName),
  levels: (hit: FoundHit) => one(hit.level),
  years: (hit: FoundHit) => one(hit.year),
  statuses: (hit: FoundHit) => one(hit.status),
};
/** The facets of the text itself: a count for each department name and each program. */
const TEXT_FACETS = {
  departments: (hit: FoundHit, count: (value: string, label: string) => void) => {
    for (const name of hit.departments) count(name, name);
  },
  programs: (hit: FoundHit, count: (value: string, label: string) => void) => {
    for (const program of hit.programs) count(program.id, program.name);
  },
};

/**
 * Pair ids, keyed by value and label: a value shown with two labels keeps the first hit's, as the tally did. The
 * values and labels only grow, so tables of older states may share them: an id their positions never hold counts 0.
 */
function interner(table: FacetTable): (value: string, label: string) => number {
  const { known } = table;
  return (value, label) => {
    const key = value === label ? value : `${value}\u0000${label}`;
    let id = known.get(key);
    if (id === undefined) {
      id = table.values.push(value) - 1;
      table.labels.push(label);
      known.set(key, id);
    }
    return id;
  };
}

const sameDocumentFacts = (a: FoundHit, b: FoundHit) =>
  a.regionCode === b.regionCode &&
  a.regionName === b.regionName &&
  a.level === b.level &&
  a.year === b.year &&
  a.status === b.status;

/** A facet of the document, its pair found once per document (again for a text whose document facts differ). */
type DocumentFacetName = keyof typeof DOCUMENT_FACETS;
const DOCUMENT_FACET_NAMES = Object.keys(DOCUMENT_FACETS) as DocumentFacetName[];
type Texts = SearchIndex['texts'];

/**
 * Sets the document facets of the texts at `positions` (a document's texts in turn): each pair found once per
 * document (again for a text whose document facts differ from the text before it).
 */
function fillDocumentFacets(tables: FacetTable[], texts: Texts, positions: Iterable<number>): void {
  const interners = tables.map(interner);
  const ids = tables.map(() => -1);
  let last: FoundHit | null = null;
  for (const position of positions) {
    const hit = texts[position]?.hit;
    if (!hit) continue;
    if (!last || !sameDocumentFacts(last, hit)) {
      DOCUMENT_FACET_NAMES.forEach((name, i) => {
        const pair = DOCUMENT_FACETS[name](hit);
        ids[i] = pair ? (interners[i] as ReturnType<typeof interner>)(pair.value, pair.label) : -1;
      });
      last = hit;
    }
    for (let i = 0; i < tables.length; i++) (tables[i]?.single as Int32Array)[position] = ids[i] as number;
  }
}

const byDocumentFacet = (tables: FacetTable[]) =>
  Object.fromEntries(DOCUMENT_FACET_NAMES.map((name, i) => [name, tables[i]])) as Record<DocumentFacetName, FacetTable>;

/** The facets of the document, in one walk over the documents' texts. */
function documentFacets(index: SearchIndex): Record<DocumentFacetName, FacetTable> {
  const tables = DOCUMENT_FACET_NAMES.map((): FacetTable => ({
    values: [],
    labels: [],
    known: new Map(),
    single: new Int32Array(index.texts.length).fill(-1),
  }));
  fillDocumentFacets(tables, index.texts, [...index.byPolicy.values()].flat());
  return byDocumentFacet(tables);
}

type PairsOf = (hit: FoundHit, count: (value: string, label: string) => void) => void;

/**
 * The text facet of `table` (none for a new one) with the texts from position `from` on added: their pairs after the
 * table's, `offsets` extended. The places of texts gone keep their pairs: a search never matches an empty place.
 */
function textFacet(texts: Texts, pairsOf: PairsOf, table?: FacetTable): FacetTable {
  const from = table?.offsets ? table.offsets.length - 1 : 0;
  const offsets = new Int32Array(texts.length + 1);
  if (table?.offsets) offsets.set(table.offsets);
  const next: FacetTable = {
    values: table?.values ?? [],
    labels: table?.labels ?? [],
    known: table?.known ?? new Map(),
  };
  const idOf = interner(next);
  const added: number[] = [];
  const before = table?.ids?.length ?? 0;
  for (let position = from; position < texts.length; position++) {
    const text = texts[position];
    if (text) pairsOf(text.hit, (value, label) => added.push(idOf(value, label)));
    offsets[position + 1] = before + added.length;
  }
  const ids = new Int32Array(before + added.length);
  if (table?.ids) ids.set(table.ids);
  ids.set(added, before);
  return { ...next, offsets, ids };
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The facet tables of the index as it is now. */
export function buildFacetTables(index: SearchIndex): FacetTables {
  return {
    ...documentFacets(index),
    departments: textFacet(index.texts, TEXT_FACETS.departments),
    programs: textFacet(index.texts, TEXT_FACETS.programs),
  };
}

/**
 * The facet tables of `texts` from those of an earlier state of the same index: the places `removed` emptied, the
 * texts from `added` on (an advance appends) counted. Equal in what facetsOf answers to buildFacetTables of the
 * index as it is now: pairs are found by key whatever their ids. The earlier tables stay as they were.
 */
export function advanceFacetTables(
  previous: FacetTables,
  texts: Texts,
  removed: readonly number[],
  added: number,
): FacetTables {
  const tables = DOCUMENT_FACET_NAMES.map((name): FacetTable => {
    const { values, labels, known, single: old } = previous[name];
    const single = new Int32Array(texts.length).fill(-1);
    if (old) single.set(old.subarray(0, Math.min(old.length, texts.length)));
    for (const position of removed) single[position] = -1;
    return { values, labels, known, single };
  });
  const positions = Array.from({ length: Math.max(0, texts.length - added) }, (_, i) => added + i);
  fillDocumentFacets(tables, texts, positions);
  return {
    ...byDocumentFacet(tables),
    departments: textFacet(texts, TEXT_FACETS.departments, previous.departments),
    programs: textFacet(texts, TEXT_FACETS.programs, previous.programs),
  };
}

/** Counts per pair of the matched positions, and each pair's first hit (in position order). */
function countPairs(table: FacetTable, positions: Int32Array): { counts: Int32Array; firstHit: Int32Array } {
  const counts = new Int32Array(table.values.length);
  const firstHit = new Int32Array(table.values.length);
  const count = (id: number, hit: number) => {
    if (counts[id] === 0) firstHit[id] = hit;
    counts[id] = (counts[id] as number) + 1;
  };
  const { single, offsets, ids } = table;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as number;
    if (single) {
      const id = single[position] as number;
      if (id >= 0) count(id, i);
    } else if (offsets && ids) {
      for (let at = offsets[position] as number; at < (offsets[position + 1] as number); at++)
        count(ids[at] as number, i);
    }
  }
  return { counts, firstHit };
}

/** One facet's counts over the matched positions, most hits first, then by value. */
function tally(table: FacetTable, positions: Int32Array): FacetCount[] {
  const { counts, firstHit } = countPairs(table, positions);
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

/** How many of the hits at `positions` fall in each locality, level, year, status, department and program. */
export function facetsOf(facets: FacetTables, positions: Int32Array): SearchFacets {
  return {
    localities: tally(facets.localities, positions),
    levels: tally(facets.levels, positions),
    years: tally(facets.years, positions),
    statuses: tally(facets.statuses, positions),
    departments: tally(facets.departments, positions),
    programs: tally(facets.programs, positions),
  };
}
