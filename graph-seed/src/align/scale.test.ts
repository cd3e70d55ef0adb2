import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../model/document';
import type { GraphEdge } from '../model/graph';
import { createPolicyIdIndex } from '../graph/policyIds';
import { loadCorpus } from '../io/readPolicy';
import { syntheticCorpus } from '../io/syntheticCorpus';
import { distinctPolicyIds } from '../parse/distinctIds';
import { parsePolicyText } from '../parse/parsePolicy';
import { alignCorpus } from './alignCorpus';
import { alignAreas, familyAreas } from './areas';
import { similarityBlocks } from './bulkSimilarity';
import { findFamilies } from './family';
import { scoreFamily } from './familyPairs';
import { cosine } from './ngrams';
import { scorePairs } from './pairScores';
import { sharedPassages } from './passages';
import { ALL_PEERS_UP_TO, BEST_PEERS } from './peerEdges';
import { corpusIdf, profileClauses, type ClauseProfile } from './profiles';

// The scaling shortcuts must not change a single score on the real corpus: bulk cosines, kept pairs and pairs
// recomputed on demand are compared with the direct computation, bit for bit.
let docs: PolicyDocument[];
let idf: Map<string, number>;
let profiles: ClauseProfile[][];

beforeAll(() => {
  const corpus = loadCorpus().documents;
  const family = findFamilies(corpus, createPolicyIdIndex(corpus)).find((f) => f.rootId === '330000-2025')!;
  docs = family.implementers.map((i) => i.doc);
  idf = corpusIdf(corpus);
  profiles = profileClauses(docs, idf);
});

describe('alignment shortcuts on the real corpus', () => {
  it('computes in bulk the very cosines cosine() returns', () => {
    const flat = profiles.flat();
    let x = 0;
    let compared = 0;
    for (const block of similarityBlocks(profiles)) {
      for (const [r, a] of profiles[x]!.entries())
        for (let c = 0; c < block.columns; c++) {
          const b = flat[block.first + c]!;
          expect(block.body[r * block.columns + c]).toBe(cosine(a.body, b.body));
          expect(block.title[r * block.columns + c]).toBe(cosine(a.title, b.title));
          compared++;
        }
      x++;
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('matches areas in bulk as alignAreas does pair by pair', () => {
    const areas = familyAreas(docs, idf);
    for (let x = 0; x < docs.length; x++)
      for (let y = x + 1; y < docs.length; y++) expect(areas(x, y)).toEqual(alignAreas(docs[x]!, docs[y]!, idf));
  });

  it('keeps the pairs above the chain threshold and recomputes the others exactly', () => {
    const family = scoreFamily(docs, profiles, idf);
    let unkept = 0;
    for (let x = 0; x < docs.length; x++)
      for (let y = x + 1; y < docs.length; y++)
        for (const pair of scorePairs(profiles[x]!, profiles[y]!, alignAreas(docs[x]!, docs[y]!, idf))) {
          expect(family.pairOf(pair.b.clause.id, pair.a.clause.id)).toEqual(pair);
          if (!family.kept.includes(family.pairOf(pair.a.clause.id, pair.b.clause.id)!)) {
            unkept++;
            expect(pair.accepted || pair.inOrder || pair.bodySimilarity >= 0.25).toBe(false);
          }
        }
    expect(unkept).toBeGreaterThan(family.kept.length);
    expect(family.pairOf(profiles[0]![0]!.clause.id, profiles[0]![1]!.clause.id)).toBeUndefined();
  });
});

describe('passages', () => {
  it('does not take two passages with the same numeric key for one (abcz and abd[ share it)', () => {
    expect(sharedPassages('abcz', 'abd[').passages).toEqual([]);
    expect(sharedPassages('xabczy', 'abcz').passages).toEqual(['abcz']);
  });

  it('keeps a pair in use however many other pairs are tiled meanwhile (the same object, not tiled again)', () => {
    const kept = sharedPassages('推进科技企业孵化器建设', '支持科技企业孵化器发展');
    // More pairs than the cache holds in all (50,000), the kept pair asked for now and then, as a measure's are.
    for (let i = 0; i < 60_000; i++) {
      sharedPassages(`甲${i}乙丙丁`, `乙丙丁${i}戊`);
      if (i % 1_000 === 0) expect(sharedPassages('推进科技企业孵化器建设', '支持科技企业孵化器发展')).toBe(kept);
    }
    expect(kept.passages).toEqual(['科技企业孵化器']);
  });
});

describe('peer edges of a measure many documents carry', () => {
  let edges: GraphEdge[];
  let measures: Array<{ clauses: Record<string, string[]> }>;

  beforeAll(() => {
    const parsed = syntheticCorpus(14, 1).map(({ name, text }) => parsePolicyText(text, name).document);
    const synthetic = distinctPolicyIds(parsed.filter((d): d is PolicyDocument => d !== null));
    const result = alignCorpus(synthetic, createPolicyIdIndex(synthetic));
    edges = result.edges.filter((e) => e.type === 'CORRESPONDS_TO');
    measures = result.measures;
  });

  it('links the clauses of a large measure sparsely, through a hub that touches every other document', () => {
    const large = measures.filter((m) => Object.keys(m.clauses).length > ALL_PEERS_UP_TO);
    expect(large.length).toBeGreaterThan(10);
    const policyOf = (id: string) => id.slice(0, id.lastIndexOf('/'));
    for (const measure of large) {
      const members = new Set(Object.values(measure.clauses).flat());
      const inside = edges.filter((e) => members.has(e.from) && members.has(e.to));
      const neighbours = new Map([...members].map((id) => [id, new Set<string>()]));
      for (const e of inside) {
        neighbours.get(e.from)!.add(e.to);
        neighbours.get(e.to)!.add(e.from);
      }
      expect(inside.length).toBeLessThanOrEqual((BEST_PEERS + 1) * members.size);
      expect(inside.length).toBeLessThan((members.size * (members.size - 1)) / 2);
      const touchesAll = (hub: string) =>
        [...members].every((id) => policyOf(id) === policyOf(hub) || neighbours.get(hub)!.has(id));
      expect([...members].some(touchesAll)).toBe(true);
      for (const id of members) expect(neighbours.get(id)!.size, id).toBeGreaterThan(0);
    }
  });

  it('keeps every pair of a measure with few documents', () => {
    const small = measures.filter((m) => Object.keys(m.clauses).length <= ALL_PEERS_UP_TO);
    for (const measure of small) {
      const byPolicy = Object.entries(measure.clauses);
      const expected = byPolicy.flatMap(([policy, ids], i) =>
        byPolicy
          .slice(i + 1)
          .flatMap(([other, more]) => (policy === other ? [] : ids.flatMap((a) => more.map((b) => [a, b])))),
      );
      const found = new Set(edges.map((e) => `${e.from}|${e.to}`));
      for (const [a, b] of expected) expect(found.has(a! < b! ? `${a}|${b}` : `${b}|${a}`)).toBe(true);
    }
  });
});
