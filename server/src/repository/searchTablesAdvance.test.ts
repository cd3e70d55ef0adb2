/**
 * The search tables an advance brings forward (searchTables.ts advanceSearchTables, through searchIndex.ts
 * advanceSearchIndex) equal the tables built anew from the advanced index: the same places and groups, the same facet
 * counts for random matches; and so do its code-unit and trigram postings (searchPostings.ts) and kinds, for the texts
 * held. Random graphs of texts read through a stand-in runner, then writes that replace
 * documents' texts (fewer, more, other years, statuses, regions and departments), remove documents and add new ones.
 */
import { describe, expect, it } from 'vitest';
import type { CypherRow } from '../store/CypherStore';
import { facetsOf } from './searchFacets';
import { INFERRED, REQUEST, advanceSearchIndex, buildSearchIndex } from './searchIndex';
import { buildTrigramPostings, buildUnitPostings, holdersAt } from './searchPostings';
import type { Postings } from './searchPostings';
import type { SearchIndex } from './searchIndex';
import { buildSearchTables, carryTables, rankedPositions, stateOf } from './searchTables';
import type { Matches } from './searchTables';
import { changeOf, randomOf, runnerOf } from './searchTestRows';
import type { Rows } from './searchTestRows';

/** A document's rows as the index's statement returns them, its facts drawn at random. */
function documentRows(policyId: string, random: (n: number) => number, version: number): CypherRow[] {
  const status = [null, 'DRAFT', 'ISSUED'][random(3)] ?? null;
  const year = [null, 2024, 2025, 2026][random(4)] ?? null;
  const region = [null, ['330411', '秀洲区'], ['330411', '秀洲'], ['330482', '平湖市']][random(4)] ?? null;
  const level = random(2) === 0 ? 'COUNTY' : null;
  return Array.from({ length: random(8) }, (_, i) => {
    const kind = random(4) === 0 ? 'REQUEST' : 'CLAUSE';
    return {
      hit: {
        kind,
        id: `${policyId}/v${version}t${i}`,
        policyId,
        status,
        year,
        regionCode: region?.[0] ?? null,
        regionName: region?.[1] ?? null,
        level,
        sectionOrdinal: [0, 1, 2, 12, 10001][random(5)] ?? 0,
        ordinal: [1, 2, 3, 12, 1000001][random(5)] ?? 0,
        inferred: random(5) === 0,
        text: ['发改局负责', '科技局', '财政局 发改局', '万元'][random(4)] ?? '',
        title: '',
        departments: Array.from({ length: random(3) }, () => ['发改局', '科技局', '财政局'][random(3)] ?? ''),
        programs: random(3) === 0 ? [{ id: `g${random(3)}`, name: `program ${random(2)}` }] : [],
      },
    };
  });
}

/** Per gram (code unit or trigram) of the live texts' `field`, the live positions the postings list for it. */
function livePostings(index: SearchIndex, postings: Postings, field: 'key' | 'titleKey'): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  const length = postings.ids.length;
  for (const text of index.texts) {
    const key = text?.[field] ?? '';
    for (let i = 0; i + length <= key.length; i++) {
      const listed = Array.from(holdersAt(postings, key, i)).filter((position) => index.texts[position]);
      lists.set(key.slice(i, i + length), listed);
    }
  }
  return lists;
}

/** The postings and kinds an advance carried equal those built anew from the texts in their places. */
function expectPostingsCarried(index: SearchIndex, context: string): void {
  const fresh = {
    units: buildUnitPostings(index.texts.map((text) => text?.key)),
    trigrams: buildTrigramPostings(index.texts.map((text) => text?.key)),
    titleTrigrams: buildTrigramPostings(index.texts.map((text) => text?.titleKey)),
  };
  for (const [name, field] of [
    ['units', 'key'],
    ['trigrams', 'key'],
    ['titleTrigrams', 'titleKey'],
  ] as const) {
    expect(livePostings(index, index[name], field), context).toEqual(livePostings(index, fresh[name], field));
  }
  const kinds = index.texts.map(
    (text) => text && (text.inferred ? INFERRED : 0) | (text.hit.kind === 'CLAUSE' ? 0 : REQUEST),
  );
  expect(
    index.kinds.map((kind, position) => (index.texts[position] ? kind : undefined)),
    context,
  ).toEqual(kinds);
}

function randomMatches(index: SearchIndex, random: (n: number) => number): Matches {
  const positions = index.texts.flatMap((text, position) => (text && random(3) > 0 ? [position] : []));
  return { positions: Int32Array.from(positions), titleMatch: Uint8Array.from(positions, () => random(2)) };
}

describe('search tables brought forward by an advance', () => {
  it('equal the tables and postings built anew, over 100 random graphs and 6 writes each', async () => {
    let advanced = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const random = randomOf(seed);
      const rows: Rows = new Map();
      for (let i = 0; i < 40; i++) rows.set(`33${random(4)}-${i}`, documentRows(`33${random(4)}-${i}`, random, 0));
      const index = await buildSearchIndex(runnerOf(rows));
      stateOf(index);
      for (let write = 1; write <= 6; write++) {
        const before = stateOf(index).tables;
        const ids = [...rows.keys()];
        const changed = Array.from({ length: 1 + random(3) }, () => ids[random(ids.length)] as string);
        for (const id of changed) {
          if (random(5) === 0) rows.delete(id);
          else rows.set(id, documentRows(id, random, write));
        }
        const added = `34-new${write}`;
        if (random(2) === 0) rows.set(added, documentRows(added, random, write));
        await advanceSearchIndex(runnerOf(rows), index, changeOf([...changed, added]), carryTables);
        const carried = stateOf(index).tables;
        // Carried tables share the earlier state's pair ids; tables built anew do not.
        if (carried.facets.departments.known === before.facets.departments.known) advanced++;
        const fresh = buildSearchTables(index);
        const context = `seed ${seed}, write ${write}`;
        expectPostingsCarried(index, context);
        expect(carried.positionAt, context).toEqual(fresh.positionAt);
        expect(carried.place, context).toEqual(fresh.place);
        expect(carried.groupStarts, context).toEqual(fresh.groupStarts);
        for (let round = 0; round < 3; round++) {
          const matches = randomMatches(index, random);
          expect(rankedPositions(carried, matches), context).toEqual(rankedPositions(fresh, matches));
          expect(facetsOf(carried.facets, matches.positions), context).toEqual(
            facetsOf(fresh.facets, matches.positions),
          );
        }
      }
    }
    // Most writes advance (the rest compacted the index, which builds its tables anew).
    expect(advanced).toBeGreaterThan(300);
  });
});
