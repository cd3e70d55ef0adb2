/**
 * The search tables rank and count as sorting every hit by its rank key and tallying hit objects did (the code they
 * replace, kept here as the reference): random indexes with empty places (an advanced index), drafts and issued
 * documents of several years, ids of varied length, ordinals past the key's padding, equal keys, a region with two
 * names and repeated departments.
 */
import { describe, expect, it } from 'vitest';
import { emptySearchIndex } from './searchIndex';
import type { IndexedText, SearchIndex } from './searchIndex';
import { facetsOf } from './searchFacets';
import { firstAfter, rankKey } from './searchRanking';
import { buildSearchTables, rankedPositions } from './searchTables';
import type { Matches } from './searchTables';
import { randomOf } from './searchTestRows';
import type { FacetCount, FoundHit, SearchFacets } from './searchTypes';

function randomIndex(seed: number): SearchIndex {
  const random = randomOf(seed);
  const index: SearchIndex = emptySearchIndex();
  const policies = Array.from({ length: 2 + random(12) }, (_, i) => ({
    id: ['33', '3304-', '330411-2025-', '330411-2025-draft-'][random(4)] + String(i),
    status: [null, 'DRAFT', 'ISSUED'][random(3)] ?? null,
    year: [null, 2024, 2025, 2026][random(4)] ?? null,
    region: [null, ['330411', '秀洲区'], ['330411', '秀洲'], ['330482', '平湖市']][random(4)] ?? null,
  }));
  for (let i = 0; i < 150; i++) {
    const policy = policies[random(policies.length)]!;
    if (random(6) === 0) {
      index.texts.push(undefined); // a place emptied by an advance
      continue;
    }
    const hit: FoundHit = {
      kind: random(4) === 0 ? 'REQUEST' : 'CLAUSE',
      id: `${policy.id}/t${i}`,
      policyId: policy.id,
      status: policy.status,
      year: policy.year,
      regionCode: policy.region?.[0] ?? null,
      regionName: policy.region?.[1] ?? null,
      level: random(2) === 0 ? 'COUNTY' : null,
      sectionOrdinal: [0, 1, 2, 12, 10001][random(5)] ?? 0,
      ordinal: [1, 2, 3, 12, 1000001][random(5)] ?? 0,
      titleMatch: false,
      departments: Array.from({ length: random(4) }, () => ['发改局', '科技局', '财政局'][random(3)] ?? ''),
      programs: random(3) === 0 ? [{ id: `g${random(3)}`, name: `program ${random(2)}` }] : [],
    };
    const text: IndexedText = { hit, inferred: false, key: '', titleKey: '', titleStartsKey: true };
    index.byPolicy.set(policy.id, [...(index.byPolicy.get(policy.id) ?? []), index.texts.push(text) - 1]);
  }
  return index;
}

function randomMatches(index: SearchIndex, random: (n: number) => number): Matches {
  const positions = index.texts.flatMap((text, position) => (text && random(3) > 0 ? [position] : []));
  return { positions: Int32Array.from(positions), titleMatch: Uint8Array.from(positions, () => random(2)) };
}

const hitsOf = (index: SearchIndex, matches: Matches): FoundHit[] =>
  [...matches.positions].map((position, i) => ({
    ...index.texts[position]!.hit,
    titleMatch: matches.titleMatch[i] === 1,
  }));

/** The replaced code: every hit's key, a stable sort; a tally of objects per hit. */
function referenceRanking(hits: FoundHit[]): FoundHit[] {
  return hits
    .map((hit) => ({ hit, key: rankKey(hit) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ hit }) => hit);
}

function referenceTally(entries: { value: string; label: string }[][]): FacetCount[] {
  const counts = new Map<string, FacetCount>();
  for (const { value, label } of entries.flat()) {
    const known = counts.get(value);
    if (known) known.count += 1;
    else counts.set(value, { value, label, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function referenceFacets(hits: FoundHit[]): SearchFacets {
  const one = (value: string | number | null, label?: string | null) =>
    value === null ? [] : [{ value: String(value), label: label ?? String(value) }];
  return {
    localities: referenceTally(hits.map((hit) => one(hit.regionCode, hit.regionName))),
    levels: referenceTally(hits.map((hit) => one(hit.level))),
    years: referenceTally(hits.map((hit) => one(hit.year))),
    statuses: referenceTally(hits.map((hit) => one(hit.status))),
    departments: referenceTally(hits.map((hit) => hit.departments.map((name) => ({ value: name, label: name })))),
    programs: referenceTally(hits.map((hit) => hit.programs.map((p) => ({ value: p.id, label: p.name })))),
  };
}

describe('search tables', () => {
  it('rank hits as a stable sort by rank key does, over 200 random indexes', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const index = randomIndex(seed);
      const matches = randomMatches(index, randomOf(seed * 7));
      const ranked = rankedPositions(buildSearchTables(index), matches);
      const expected = referenceRanking(hitsOf(index, matches)).map((hit) => [hit.id, hit.titleMatch]);
      expect(
        hitsOf(index, ranked).map((hit) => [hit.id, hit.titleMatch]),
        `seed ${seed}`,
      ).toEqual(expected);
    }
  });

  it('count facets as tallying every hit does, labels from the first hit', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const index = randomIndex(seed);
      const matches = randomMatches(index, randomOf(seed * 11));
      expect(facetsOf(buildSearchTables(index).facets, matches.positions), `seed ${seed}`).toEqual(
        referenceFacets(hitsOf(index, matches)),
      );
    }
  });

  it('find the first hit after a cursor key as filtering by key does', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const index = randomIndex(seed);
      const ranked = hitsOf(index, rankedPositions(buildSearchTables(index), randomMatches(index, randomOf(seed))));
      const keys = ranked.map(rankKey);
      for (const after of [...keys, '', '\uffff', `${keys[0] ?? ''}\u0000`]) {
        const start = firstAfter(keys.length, (at) => keys[at] ?? '', after);
        expect(keys.slice(start), `seed ${seed}`).toEqual(keys.filter((key) => key > after));
      }
    }
  });
});
