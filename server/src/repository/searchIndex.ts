/**
 * The search index of one graph version (issue 11 and 15): every clause (inferred ones included) and annex row with
 * its search key — its Simplified text with punctuation, brackets and spaces taken out, in lower case — the key of
 * its title, and the facts ranking and facets need. Read from the store once per version (versionCache.ts), so a
 * search is a few lookups in memory instead of a regular expression run over every text on the store: 186 ms a
 * search at 100 documents before, growing with the graph.
 *
 * Per code unit and per trigram, the texts whose key holds it: a query's candidates (searchMatch.ts). The ranking and facet tables
 * (searchTables.ts) are built from the texts on the first search after the index was built or brought forward.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { inTurns, mapInTurns, whole } from '../store/turns';
import type { Steps } from '../store/turns';
import type { GraphChange } from './graphChanges';
import { reader } from './rows';
import {
  appendGrams,
  buildTrigramPostings,
  buildUnitPostings,
  trigramPostingsSteps,
  unitPostingsSteps,
} from './searchPostings';
import type { Postings } from './searchPostings';
import { searchKey } from './searchQuery';
import type { FoundHit, SearchHitKind } from './searchTypes';
import type { RegionLevel } from './types';

// The title is the text's first sentence, so a title match is a match in the Simplified text's prefix of the
// title's length. `policies` matches the policies whose texts are read: every one, or some (an index advanced after a
// write), found first so that the paths are walked from them only (grafeo 0.6 expands in the order written). What a
// text may lack (a section, a region, departments, programs) is read by pattern comprehensions, as lists: grafeo 0.6
// answers an OPTIONAL MATCH by a pass over every node of the label, some 50 ms each at 1,000 documents even when
// the texts of one document are read (after an import), where a comprehension walks the text's own edges.
function searchTextsCypher(policies: string): string {
  const region = '[(p)-[:ISSUED_FOR]->(r:Region) | {code: r.code, name: r.name, level: r.level}]';
  return `
    ${policies}
    MATCH (p)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(c:Clause)
    RETURN {kind: 'CLAUSE', id: c.id, policyId: p.id, status: p.status, year: p.year, regions: ${region},
            sections: [(c)<-[:HAS_CLAUSE]-(s:Section) | s.ordinal], ordinal: c.ordinal,
            inferred: coalesce(c.inferred, false), text: c.textSimplified,
            title: left(c.textSimplified, size(c.title)),
            departments: [(c)-[:ASSIGNED_TO]->(d:Department) | d.canonicalName],
            programs: [(c)-[:MENTIONS]->(g:Program) | {id: g.id, name: g.name}]} AS hit
    UNION ALL
    ${policies}
    MATCH (p)-[:HAS_REQUEST]->(q:Request)
    RETURN {kind: 'REQUEST', id: q.id, policyId: p.id, status: p.status, year: p.year, regions: ${region},
            sections: [], ordinal: q.ordinal, inferred: false, text: q.textSimplified, title: '',
            departments: [(q)-[:ASSIGNED_TO]->(d:Department) | d.canonicalName], programs: []} AS hit`;
}

const searchTextsStatement = defineStatement({
  name: 'repository.searchTexts',
  cypher: searchTextsCypher('MATCH (p:Policy)'),
  params: [],
});

const policyTextsStatement = defineStatement({
  name: 'repository.searchTextsOfPolicies',
  cypher: searchTextsCypher('MATCH (p:Policy) WHERE p.id IN $policyIds'),
  params: ['policyIds'],
});

/** Bits of SearchIndex.kinds: an inferred clause, an annex row. */
export const INFERRED = 1;
export const REQUEST = 2;

/** A text of the index: its facts (titleMatch is the query's, so false here), its key and its title's key. */
export interface IndexedText {
  hit: FoundHit;
  inferred: boolean;
  key: string;
  titleKey: string;
  /** Whether the title's key is the start of the key (as it is unless lower-casing changed a length): then the
   * first occurrence of a term in the key tells whether the title holds it (searchMatch.ts). */
  titleStartsKey: boolean;
}

export interface SearchIndex {
  /** The texts by position; a text gone since the index was built leaves an empty place (positions never move). */
  texts: (IndexedText | undefined)[];
  /** Per UTF-16 code unit, the positions in `texts` of the texts whose key holds it (searchPostings.ts). */
  units: Postings;
  /** Per trigram of the keys, the positions of the texts holding it. */
  trigrams: Postings;
  /** Per trigram of the title keys, the positions of the texts whose title holds it. */
  titleTrigrams: Postings;
  /** Per position, what a search may leave out: INFERRED and REQUEST bits (read without the text's objects). */
  kinds: number[];
  /** Per policy, the positions of its texts: what an advance replaces. */
  byPolicy: Map<string, number[]>;
  /** How many places hold a text. */
  live: number;
}

const read = reader('searchTexts');

const entries = (value: Parameters<typeof read.map>[0], field: string) =>
  read.list(value, field).map((entry) => read.map({ entry }, 'entry'));

/** The first of each value, in order, nulls left out: what `collect(DISTINCT …)` gave. */
function distinct<T>(values: (T | null)[], keyOf: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value): value is T => {
    if (value === null || seen.has(keyOf(value))) return false;
    seen.add(keyOf(value));
    return true;
  });
}

function toIndexedText(row: Parameters<typeof read.map>[0]): IndexedText {
  const value = read.map(row, 'hit');
  const programs = distinct(
    entries(value, 'programs').map((program) => {
      const id = read.optStr(program, 'id');
      return id === null ? null : { id, name: read.optStr(program, 'name') ?? id };
    }),
    (program) => `${program.id}\u0000${program.name}`,
  );
  const departments = distinct(
    read.list(value, 'departments').map((name) => (typeof name === 'string' ? name : null)),
    (name) => name,
  );
  const [region] = entries(value, 'regions');
  const [section] = read.list(value, 'sections');
  const hit: FoundHit = {
    kind: read.str(value, 'kind') as SearchHitKind,
    id: read.str(value, 'id'),
    policyId: read.str(value, 'policyId'),
    status: read.optStr(value, 'status'),
    year: read.optNum(value, 'year'),
    regionCode: region ? read.optStr(region, 'code') : null,
    regionName: region ? read.optStr(region, 'name') : null,
    level: (region ? read.optStr(region, 'level') : null) as RegionLevel | null,
    sectionOrdinal: read.optNum({ section: section ?? null }, 'section') ?? 0,
    ordinal: read.optNum(value, 'ordinal') ?? 0,
    titleMatch: false,
    departments,
    programs,
  };
  const key = searchKey(read.optStr(value, 'text') ?? '');
  const titleKey = searchKey(read.optStr(value, 'title') ?? '');
  return { hit, inferred: read.flag(value, 'inferred'), key, titleKey, titleStartsKey: key.startsWith(titleKey) };
}

/** Adds `text` at the end of the index (its grams too when `grams`: an advance; a build lists them at once). */
function append(index: SearchIndex, text: IndexedText, grams: boolean): void {
  const position = index.texts.length;
  if (grams) {
    appendGrams(index.units, position, text.key);
    appendGrams(index.trigrams, position, text.key);
    appendGrams(index.titleTrigrams, position, text.titleKey);
  }
  index.kinds.push((text.inferred ? INFERRED : 0) | (text.hit.kind === 'CLAUSE' ? 0 : REQUEST));
  index.texts.push(text);
  const own = index.byPolicy.get(text.hit.policyId);
  if (own) own.push(position);
  else index.byPolicy.set(text.hit.policyId, [position]);
}

/** An index of no text. */
export function emptySearchIndex(): SearchIndex {
  return {
    texts: [],
    units: buildUnitPostings([]),
    trigrams: buildTrigramPostings([]),
    titleTrigrams: buildTrigramPostings([]),
    kinds: [],
    byPolicy: new Map(),
    live: 0,
  };
}

function* indexSteps(texts: readonly IndexedText[]): Steps<SearchIndex> {
  const index = emptySearchIndex();
  for (const text of texts) append(index, text, false);
  const keys = index.texts.map((text) => text?.key);
  index.units = yield* unitPostingsSteps(keys);
  index.trigrams = yield* trigramPostingsSteps(keys);
  index.titleTrigrams = yield* trigramPostingsSteps(index.texts.map((text) => text?.titleKey));
  index.live = index.texts.length;
  return index;
}

/** Brings the tables of the texts `before` forward to the advanced index (texts at `removed` gone, `added` on). */
export type CarryTables = (
  before: SearchIndex['texts'],
  index: SearchIndex,
  removed: readonly number[],
  added: number,
) => void;

/**
 * Reads every searchable text of the graph and indexes the characters of their keys, in turns of the event loop
 * (turns.ts: 1-1.5 s of work at 1,000 documents). The index is nobody's until it is returned, so no write can change
 * it between turns; a write noted meanwhile brings it forward afterwards (versionCache.ts), as one during the read.
 */
export async function buildSearchIndex(runner: CypherRunner): Promise<SearchIndex> {
  const texts = await mapInTurns(await runStatement(runner, searchTextsStatement), toIndexedText);
  return inTurns(indexSteps(texts));
}

/**
 * The index after a write: the texts of the policies the write may have changed (graphChanges.ts) read again and put
 * in place of theirs, the rest kept. Equal to a fresh build because a text's row reads only its policy, section,
 * clause, region, departments and programs, and a change to any of them names the text's policy in
 * `change.textPolicies`; the order of texts is not part of the answer (matches are ranked by rankKey, a total order).
 * Changed in place, in one synchronous step after the read: a search sees the index before or after, never a mix.
 * The ranking and facet tables of the state before, when a search built them, are brought forward with it by
 * `carry` (searchTables.ts carryTables, passed in: the tables are built from the index, so the index does not import
 * them). Rebuilt from the texts in memory once half the places are empty.
 */
export async function advanceSearchIndex(
  runner: CypherRunner,
  index: SearchIndex,
  change: GraphChange,
  carry: CarryTables,
): Promise<SearchIndex> {
  const policyIds = [...change.textPolicies];
  if (policyIds.length === 0) return index;
  const texts = (await runStatement(runner, policyTextsStatement, { policyIds })).map(toIndexedText);
  // A new array, not the old one changed: a search that began before reads the texts it saw (searchTables.ts stateOf),
  // and the next search builds tables for the new one.
  const before = index.texts;
  index.texts = before.slice();
  const removed: number[] = [];
  for (const policyId of policyIds) {
    for (const position of index.byPolicy.get(policyId) ?? []) {
      index.texts[position] = undefined;
      removed.push(position);
    }
    index.byPolicy.delete(policyId);
  }
  index.live += texts.length - removed.length;
  for (const text of texts) append(index, text, true);
  if (index.live * 2 >= index.texts.length) {
    carry(before, index, removed, before.length);
    return index;
  }
  // Every field replaced, in place: the caller's index is the one advanced.
  return Object.assign(index, whole(indexSteps(index.texts.filter((text): text is IndexedText => text !== undefined))));
}
