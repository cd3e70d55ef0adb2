/**
 * The index's match (searchMatch.ts: trigram and code-unit postings, spellings of one trigram taken from the postings
 * without searching the keys) equals a plain scan of every text's key and title key: random graphs of texts drawn
 * from a small vocabulary (so trigrams repeat and spellings overlap), built and then advanced by writes (appended
 * postings, empty places, compaction), queried by department names (several spellings), single characters, pieces of
 * the texts of one to seven characters and pairs of terms, with and without inferred clauses and annex rows.
 */
import { describe, expect, it } from 'vitest';
import type { CypherRow } from '../store/CypherStore';
import { advanceSearchIndex, buildSearchIndex } from './searchIndex';
import type { SearchIndex } from './searchIndex';
import { matchIndex } from './searchMatch';
import { parseSearchText, searchKey } from './searchQuery';
import type { SearchQuery } from './searchQuery';
import type { Matches } from './searchTables';
import { changeOf, randomOf, runnerOf } from './searchTestRows';
import type { Rows } from './searchTestRows';

const WORDS = [
  '发改局',
  '发展和改革局',
  '发展改革委',
  '科技',
  '技局',
  '局',
  '科技局',
  '万元',
  '高新技术企业',
  '，',
  ' ',
  'Ab',
  '孵化器',
  '企业',
];

function randomText(random: (n: number) => number): string {
  return Array.from({ length: random(12) }, () => WORDS[random(WORDS.length)] ?? '').join('');
}

function documentRows(policyId: string, random: (n: number) => number, version: number): CypherRow[] {
  return Array.from({ length: random(6) }, (_, i) => {
    const text = randomText(random);
    return {
      hit: {
        kind: random(4) === 0 ? 'REQUEST' : 'CLAUSE',
        id: `${policyId}/v${version}t${i}`,
        policyId,
        status: null,
        year: 2025,
        regions: [],
        sections: [],
        ordinal: i,
        inferred: random(5) === 0,
        text,
        title: text.slice(0, random(text.length + 1)),
        departments: [],
        programs: [],
      },
    };
  });
}

/** The reference: every text's key searched for every spelling of every term. */
function scan(index: SearchIndex, query: SearchQuery, include: { inferred: boolean; requests: boolean }): Matches {
  const [positions, titleMatch]: [number[], number[]] = [[], []];
  index.texts.forEach((text, position) => {
    if (!text || (text.inferred && !include.inferred) || (text.hit.kind !== 'CLAUSE' && !include.requests)) return;
    let inTitle = false;
    for (const spellings of query.spellings) {
      const keys = spellings.map(searchKey).filter((key) => key !== '');
      const held = keys.filter((key) => text.key.includes(key));
      if (held.length === 0) return;
      if (held.some((key) => text.titleKey.includes(key))) inTitle = true;
    }
    positions.push(position);
    titleMatch.push(inTitle ? 1 : 0);
  });
  return { positions: Int32Array.from(positions), titleMatch: Uint8Array.from(titleMatch) };
}

/** A query: a department, a character, a piece of a text's key, or two of these. */
function randomQuery(index: SearchIndex, random: (n: number) => number): string {
  const term = () => {
    const live = index.texts.filter((text) => text !== undefined);
    const key = live[random(live.length)]?.key ?? '';
    const start = random(key.length + 1);
    const piece = key.slice(start, start + 1 + random(7));
    return [['发改局', '科技局', '局', '技局'][random(4)] ?? '', piece, piece][random(3)] || '局';
  };
  return random(3) === 0 ? `${term()} ${term()}` : term();
}

describe('search match in the index', () => {
  it('equals a plain scan of the keys, over 60 random graphs, built and advanced', async () => {
    let found = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const random = randomOf(seed);
      const rows: Rows = new Map();
      for (let i = 0; i < 30; i++) rows.set(`33-${i}`, documentRows(`33-${i}`, random, 0));
      const index = await buildSearchIndex(runnerOf(rows));
      for (let write = 0; write <= 5; write++) {
        if (write > 0) {
          const ids = [...rows.keys()];
          const changed = Array.from({ length: 1 + random(4) }, () => ids[random(ids.length)] as string);
          for (const id of changed) rows.set(id, documentRows(id, random, write));
          await advanceSearchIndex(runnerOf(rows), index, changeOf(changed), () => undefined);
        }
        for (let round = 0; round < 20; round++) {
          const query = parseSearchText(randomQuery(index, random));
          const include = { inferred: random(2) === 0, requests: random(2) === 0 };
          const expected = scan(index, query, include);
          found += expected.positions.length;
          expect(matchIndex(index, query, include), `seed ${seed}, write ${write}, ${query.terms.join(' ')}`).toEqual(
            expected,
          );
        }
      }
    }
    // The queries find texts: the comparison is not of empty answers only.
    expect(found).toBeGreaterThan(10_000);
  });
});
