/**
 * Ranking as numbers (issue 11: search p95 at 1,000 documents). Per state of the search index, every text's place in
 * the documented order without the title match (searchRanking.ts), so that a search orders its hits by walking places
 * once per group of equal status and year, title matches first, instead of building and sorting a key string for each
 * of tens of thousands of hits; with the facet tables (searchFacets.ts). Built on the first search of each state:
 * documents ordered by status, year and id, then each document's texts.
 */
import { inTurns, whole } from '../store/turns';
import type { Steps } from '../store/turns';
import { advanceFacetTables, buildFacetTables } from './searchFacets';
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

type Texts = readonly (IndexedText | undefined)[];

/** A document's live texts in the order of their key's last parts (ties by position). */
function documentOrder(texts: Texts, positions: readonly number[]): number[] {
  const live = positions.filter((position) => texts[position] !== undefined);
  const compare = (a: number, b: number) => compareWithinDocument(texts[a]!.hit, texts[b]!.hit) || a - b;
  // Texts are mostly read in their order already: sorted only when they are not.
  if (live.some((position, i) => i > 0 && compare(live[i - 1] as number, position) > 0)) live.sort(compare);
  return live;
}

interface Document {
  positions: readonly number[];
  group: string;
  id: string;
}

const compareDocuments = (a: Pick<Document, 'group' | 'id'>, b: Pick<Document, 'group' | 'id'>) =>
  compareStrings(a.group, b.group) || compareStrings(a.id, b.id);

/** The documents of `positions` lists (per policy), ordered by status and year, then id. */
function documentsOf(texts: Texts, lists: Iterable<readonly number[]>): Document[] {
  const documents = [...lists].flatMap((positions) => {
    const first = texts[positions[0] ?? -1];
    return first ? [{ positions, group: groupKey(first.hit), id: first.hit.policyId }] : [];
  });
  return documents.sort(compareDocuments);
}

/** Per position its place, from the places' positions. */
function placesOfPositions(length: number, positionAt: Int32Array): Int32Array {
  const place = new Int32Array(length).fill(-1);
  for (let at = 0; at < positionAt.length; at++) place[positionAt[at] as number] = at;
  return place;
}

/** The places where a group begins, then the number of places: looked at where a document begins only. */
function groupStartsOf(texts: Texts, positionAt: Int32Array): number[] {
  const starts: number[] = [];
  let [policy, group] = ['', ''];
  for (let at = 0; at < positionAt.length; at++) {
    const hit = texts[positionAt[at] as number]!.hit;
    if (at > 0 && hit.policyId === policy) continue;
    const key = groupKey(hit);
    if (at === 0 || key !== group) starts.push(at);
    [policy, group] = [hit.policyId, key];
  }
  starts.push(positionAt.length);
  return starts;
}

/** Places and groups: documents by (status and year, id), each document's texts by their key's last parts. */
function placesOf(index: SearchIndex): Pick<SearchTables, 'place' | 'positionAt' | 'groupStarts'> {
  const positionAt = Int32Array.from(
    documentsOf(index.texts, index.byPolicy.values()).flatMap((document) =>
      documentOrder(index.texts, document.positions),
    ),
  );
  return {
    place: placesOfPositions(index.texts.length, positionAt),
    positionAt,
    groupStarts: groupStartsOf(index.texts, positionAt),
  };
}

/**
 * The places after an advance: the earlier places without those of texts gone, each new document's texts put in
 * before the first place whose document comes after it (places are ordered by document, then within it).
 */
function advancePlaces(
  previous: SearchTables,
  texts: Texts,
  removed: readonly number[],
  newDocuments: Iterable<readonly number[]>,
): Pick<SearchTables, 'place' | 'positionAt' | 'groupStarts'> {
  // The removed texts' places, found through `place`: no pass over every text's object.
  const gone = new Uint8Array(previous.positionAt.length);
  let goneCount = 0;
  for (const position of removed) {
    const at = previous.place[position] ?? -1;
    if (at >= 0 && gone[at] === 0) [gone[at], goneCount] = [1, goneCount + 1];
  }
  // A loop, not TypedArray filter or reduce: their callback per place cost as much as the rest of the advance.
  const kept = new Int32Array(previous.positionAt.length - goneCount);
  for (let at = 0, next = 0; at < gone.length; at++)
    if (gone[at] === 0) kept[next++] = previous.positionAt[at] as number;
  const keyAt = (at: number) => {
    const hit = texts[kept[at] as number]!.hit;
    return { group: groupKey(hit), id: hit.policyId };
  };
  const inserts = documentsOf(texts, newDocuments).map((document) => {
    let [low, high] = [0, kept.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareDocuments(keyAt(middle), document) > 0) high = middle;
      else low = middle + 1;
    }
    return { at: low, positions: documentOrder(texts, document.positions) };
  });
  const positionAt = new Int32Array(kept.length + inserts.reduce((sum, insert) => sum + insert.positions.length, 0));
  let [from, to] = [0, 0];
  for (const insert of inserts) {
    positionAt.set(kept.subarray(from, insert.at), to);
    to += insert.at - from;
    positionAt.set(insert.positions, to);
    [from, to] = [insert.at, to + insert.positions.length];
  }
  positionAt.set(kept.subarray(from), to);
  return {
    place: placesOfPositions(texts.length, positionAt),
    positionAt,
    groupStarts: advanceGroupStarts(previous, texts, positionAt, inserts),
  };
}

/**
 * The places where each group begins after an advance, found by a binary search per group (groups are few and their
 * places contiguous) among the groups held before and those of the new documents, instead of a walk over every place.
 */
function advanceGroupStarts(
  previous: SearchTables,
  texts: Texts,
  positionAt: Int32Array,
  inserts: readonly { positions: readonly number[] }[],
): number[] {
  const { groupStarts } = previous;
  const keys = new Set<string>();
  for (let group = 0; group + 1 < groupStarts.length; group++) {
    const text = texts[previous.positionAt[groupStarts[group] as number] as number];
    // A group whose first text is gone: the key of any of its texts still held.
    const held =
      text ??
      Array.from(previous.positionAt.subarray(groupStarts[group], groupStarts[group + 1]), (p) => texts[p]).find(
        (t) => t !== undefined,
      );
    if (held) keys.add(groupKey(held.hit));
  }
  for (const insert of inserts) keys.add(groupKey(texts[insert.positions[0] as number]!.hit));
  const groupAt = (at: number) => groupKey(texts[positionAt[at] as number]!.hit);
  const starts = [...keys].sort(compareStrings).map((key) => {
    let [low, high] = [0, positionAt.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (groupAt(middle) >= key) high = middle;
      else low = middle + 1;
    }
    return low;
  });
  // A group none of whose texts is held starts where the next does: kept once.
  return [...new Set([...starts.filter((start) => start < positionAt.length), positionAt.length])];
}

/** The tables of the index as it is now. */
export function buildSearchTables(index: SearchIndex): SearchTables {
  return whole(tablesSteps(index));
}

// Two steps of some 75 ms each at 1,000 documents.
function* tablesSteps(index: SearchIndex): Steps<SearchTables> {
  const places = placesOf(index);
  yield;
  return { ...places, facets: buildFacetTables(index) };
}

/**
 * The tables of the index after an advance, from those of the state before it: `removed` the positions emptied, the
 * texts from position `added` on appended (their policies' positions in `index.byPolicy`). Equal in what a search
 * answers to buildSearchTables(index) (searchTables.test.ts), in a pass over the places instead of a sort of the
 * documents and a walk of every text's facts: 270 ms at 1,000 documents for each search after an import before.
 */
export function advanceSearchTables(
  previous: SearchTables,
  index: SearchIndex,
  removed: readonly number[],
  added: number,
): SearchTables {
  const policies = new Set<string>();
  for (let position = added; position < index.texts.length; position++) {
    const text = index.texts[position];
    if (text) policies.add(text.hit.policyId);
  }
  const newDocuments = [...policies].map((policyId) => index.byPolicy.get(policyId) ?? []);
  return {
    ...advancePlaces(previous, index.texts, removed, newDocuments),
    facets: advanceFacetTables(previous.facets, index.texts, removed, added),
  };
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

/**
 * Called by an advance (searchIndex.ts) that put `index.texts` in place of `before`: the new state's tables advanced
 * from the earlier state's when it had them, so the first search after an import does not build them whole.
 */
export function carryTables(before: Texts, index: SearchIndex, removed: readonly number[], added: number): void {
  const previous = tablesByTexts.get(before);
  if (previous) tablesByTexts.set(index.texts, advanceSearchTables(previous, index, removed, added));
}

/** The index's state now, its tables built on the first search of the state (or carried by an advance). */
export function stateOf(index: SearchIndex): SearchState {
  let tables = tablesByTexts.get(index.texts);
  if (!tables) {
    tables = buildSearchTables(index);
    tablesByTexts.set(index.texts, tables);
  }
  return { texts: index.texts, tables };
}

/**
 * As stateOf, the tables built in turns of the event loop when not yet built: for an index that nobody reads before it
 * is returned (search.ts builds them with the index, so also when the server warms it).
 */
export async function stateInTurns(index: SearchIndex): Promise<SearchState> {
  if (!tablesByTexts.has(index.texts)) tablesByTexts.set(index.texts, await inTurns(tablesSteps(index)));
  return stateOf(index);
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
