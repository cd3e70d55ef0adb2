/**
 * Ranking as numbers (issue 11: search p95 at 1,000 documents). Per state of the search index, every text's place in
 * the documented order without the title match (searchRanking.ts), so that a search orders its hits by walking places
 * once per group of equal status and year, title matches first, instead of building and sorting a key string for each
 * of tens of thousands of hits; with the facet tables (searchFacets.ts). Built on the first search of each state:
 * documents ordered by status, year and id, then each document's texts.
 */
import { buildFacetTables } from './searchFacets';
import type { FacetTables } from './searchFacets';
import type { IndexedText, SearchIndex } from './searchIndex';
import { compareWithinDocument, groupKey } from './searchRanking';
import type { FoundHit } from './searchTypes';

export interface SearchTables {
  /** Per position, its place in the order of rank keys without the title match (ties by position); -1 if empty. */
  place: Int32Array;
  /** Per place, the position. */
  positionAt: Int32Array;
  /** The places where a group of equal status and year begins, then the number of places. */
  groupStarts: number[];
  facets: FacetTables;
}

/** What matched: index positions, ascending, and per hit whether a term is in its title. */
export interface Matches {
  positions: Int32Array;
  titleMatch: Uint8Array;
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
    const live = document.positions.filter((position) => index.texts[position] !== undefined);
    const compare = (a: number, b: number) => compareWithinDocument(index.texts[a]!.hit, index.texts[b]!.hit) || a - b;
    // Texts are mostly read in their order already: sorted only when they are not.
    if (live.some((position, i) => i > 0 && compare(live[i - 1] as number, position) > 0)) live.sort(compare);
    for (const position of live) place[position] = positionAt.push(position) - 1;
  });
  groupStarts.push(positionAt.length);
  return { place, positionAt: Int32Array.from(positionAt), groupStarts };
}

/** The tables of the index as it is now. */
export function buildSearchTables(index: SearchIndex): SearchTables {
  return { ...placesOf(index), facets: buildFacetTables(index) };
}

/**
 * What one search reads after it matched: the texts and the tables as they were when it began. An advance puts a new
 * texts array in place instead of changing the old one (searchIndex.ts), so a search that waits for the store in
 * between (a filter, the page's texts) still reads one state; the tables are kept per texts array.
 */
export interface SearchState {
  texts: readonly (IndexedText | undefined)[];
  tables: SearchTables;
}

const tablesByTexts = new WeakMap<readonly (IndexedText | undefined)[], SearchTables>();

/** The index's state now, its tables built on the first search of the state. */
export function stateOf(index: SearchIndex): SearchState {
  let tables = tablesByTexts.get(index.texts);
  if (!tables) {
    tables = buildSearchTables(index);
    tablesByTexts.set(index.texts, tables);
  }
  return { texts: index.texts, tables };
}

/** The hit at `position` as a search shows it, with its title match. */
export function hitAt(state: SearchState, position: number, titleMatch: boolean): FoundHit {
  const text = state.texts[position];
  if (!text) throw new Error(`search index: no text at position ${position}`);
  return titleMatch ? { ...text.hit, titleMatch } : text.hit;
}

/**
 * The matches in rank order: per group of equal status and year, the title matches in the order of their
 * places, then the others. Equal to sorting the hits by rankKey, ties (equal keys) kept in position order as a
 * stable sort of the position-ordered hits keeps them, since places break ties by position.
 */
export function rankedPositions(tables: SearchTables, matches: Matches): Matches {
  const marks = new Uint8Array(tables.positionAt.length);
  const { positions, titleMatch } = matches;
  for (let i = 0; i < positions.length; i++) {
    marks[tables.place[positions[i] as number] as number] = titleMatch[i] ? 1 : 2;
  }
  const ranked: Matches = { positions: new Int32Array(positions.length), titleMatch: new Uint8Array(positions.length) };
  let next = 0;
  const { groupStarts, positionAt } = tables;
  for (let group = 0; group + 1 < groupStarts.length; group++) {
    const [start, end] = [groupStarts[group] as number, groupStarts[group + 1] as number];
    for (const mark of [1, 2]) {
      for (let place = start; place < end; place++) {
        if (marks[place] !== mark) continue;
        ranked.titleMatch[next] = mark === 1 ? 1 : 0;
        ranked.positions[next++] = positionAt[place] as number;
      }
    }
  }
  return ranked;
}
