import type { PolicyDocument } from '../model/document';
import { familyAreas } from './areas';
import { similarityBlocks } from './bulkSimilarity';
import { decidePairs, unkeptPair, type PairScore } from './pairScores';
import type { ClauseProfile } from './profiles';

/**
 * The pair scores of a family. Only the pairs above the chain threshold are kept (a few in a hundred): the others
 * are neither in order nor accepted, their bodies are too far apart to agree (agreement.ts), and `pairOf`
 * recomputes them exactly when an edge's score needs one. Keeping every pair of a province's hundred localities meant
 * millions of objects.
 */
export interface FamilyPairs {
  /** The kept pairs: documents in order, then rows, each row in the later document's reordered order (decidePairs). */
  kept: PairScore[];
  /** The kept pairs touching a clause, in `kept` order, by profile index. */
  touching: (p: ClauseProfile) => readonly PairScore[];
  /** Body similarity of two clauses of different documents when their pair was kept, else 0. */
  bodyScore: (a: ClauseProfile, b: ClauseProfile) => number;
  /** The pair score of two clauses of different documents, in either order; undefined within one document. */
  pairOf: (a: string, b: string) => PairScore | undefined;
  /** Section ordinal of document x → section ordinal of document y, x before y (alignAreas). */
  areas: (x: number, y: number) => Map<number, number>;
}

const NONE: readonly PairScore[] = [];

/**
 * Scores every pair of clauses of different documents of a family (similarityBlocks, then decidePairs for each
 * pair of documents) and keeps those above the chain threshold.
 */
export function scoreFamily(
  docs: PolicyDocument[],
  profiles: ClauseProfile[][],
  idf: Map<string, number>,
): FamilyPairs {
  const flat = profiles.flat();
  const areas = familyAreas(docs, idf);
  const kept: PairScore[] = [];
  let x = 0;
  for (const block of similarityBlocks(profiles)) {
    for (let y = x + 1; y < profiles.length; y++) {
      const columns = profiles[y]!;
      if (columns.length === 0) continue;
      const offset = columns[0]!.index - block.first;
      const cells = { body: block.body, title: block.title, offset, stride: block.columns };
      for (const pair of decidePairs(profiles[x]!, columns, areas(x, y), cells, false)) kept.push(pair);
    }
    x++;
  }
  return familyPairs(flat, kept, areas);
}

/**
 * The lookups of a family's kept pairs.
 * @param flat every clause profile, at the position of its `index`.
 * @param kept the kept pairs, documents in order (scoreFamily's order).
 */
export function familyPairs(flat: ClauseProfile[], kept: PairScore[], areas: FamilyPairs['areas']): FamilyPairs {
  const keyOf = (a: ClauseProfile, b: ClauseProfile) =>
    a.index < b.index ? a.index * flat.length + b.index : b.index * flat.length + a.index;
  const byKey = new Map<number, PairScore>();
  const touching = new Map<number, PairScore[]>();
  for (const pair of kept) {
    byKey.set(keyOf(pair.a, pair.b), pair);
    for (const end of [pair.a, pair.b]) {
      const list = touching.get(end.index);
      if (list) list.push(pair);
      else touching.set(end.index, [pair]);
    }
  }
  const byId = new Map(flat.map((p) => [p.clause.id, p]));
  const pairOf = (a: string, b: string) => {
    const [p, q] = [byId.get(a), byId.get(b)];
    if (!p || !q || p.docIndex === q.docIndex) return undefined;
    const [first, second] = p.docIndex < q.docIndex ? [p, q] : [q, p];
    const sameArea = areas(first.docIndex, second.docIndex).get(first.sectionOrdinal) === second.sectionOrdinal;
    return byKey.get(keyOf(p, q)) ?? unkeptPair(first, second, sameArea);
  };
  return {
    kept,
    touching: (p) => touching.get(p.index) ?? NONE,
    bodyScore: (a, b) => byKey.get(keyOf(a, b))?.bodySimilarity ?? 0,
    pairOf,
    areas,
  };
}
