/**
 * Candidate partners through an inverted index: each clause is compared only with the clauses that share its
 * rarest bigrams, never with every other clause. The bigrams and weights are the TF-IDF vectors the pair score is
 * made of (ngrams.ts), so a candidate found here is scored exactly as any other pair.
 *
 * Why not a MinHash/LSH package: peers that carry one measure often share only a fifth of their bigrams (0.14 to
 * 0.3 in weighted cosine), where banded MinHash either misses them or buckets most of a province's boilerplate
 * together; and the weights must stay the alignment's own. npm's MinHash packages (`minhash`, ~8k downloads a month,
 * unmaintained; `bloom-filters`, whose MinHash has no LSH index) do not fit that; the postings below are forty lines.
 */
import type { ClauseProfile } from './profiles';

export interface Neighbour {
  item: number;
  score: number;
}

interface Postings {
  items: Map<number, number[]>;
  weights: Map<number, number[]>;
}

function postingsOf(items: ClauseProfile[]): Postings {
  const postings: Postings = { items: new Map(), weights: new Map() };
  items.forEach((p, i) => {
    for (let k = 0; k < p.body.ids.length; k++) {
      const id = p.body.ids[k]!;
      const list = postings.items.get(id);
      if (list) {
        list.push(i);
        postings.weights.get(id)!.push(p.body.weights[k]!);
      } else {
        postings.items.set(id, [i]);
        postings.weights.set(id, [p.body.weights[k]!]);
      }
    }
  });
  return postings;
}

/** The `probes` heaviest bigrams of an item that some other item also holds (rarest first by weight). */
function probesOf(p: ClauseProfile, postings: Postings, probes: number): number[] {
  const shared: number[] = [];
  for (let k = 0; k < p.body.ids.length; k++) if ((postings.items.get(p.body.ids[k]!)?.length ?? 0) > 1) shared.push(k);
  shared.sort((x, y) => p.body.weights[y]! - p.body.weights[x]! || p.body.ids[x]! - p.body.ids[y]!);
  return shared.slice(0, probes);
}

/**
 * For each item, its `k` best partners among the items of other documents whose score beats `floor`: partial dot
 * products over the postings of its probe bigrams pick 3k candidates, and `score` decides among them.
 * @param score the pair score of items i and j (i < j or not; it must be symmetric).
 */
export function nearestNeighbours(
  items: ClauseProfile[],
  score: (i: number, j: number) => number,
  options: { k: number; probes: number; floor: number },
): Neighbour[][] {
  const postings = postingsOf(items);
  const partial = new Float64Array(items.length);
  return items.map((p, i) => {
    const touched: number[] = [];
    for (const k of probesOf(p, postings, options.probes)) {
      const id = p.body.ids[k]!;
      const list = postings.items.get(id)!;
      const weights = postings.weights.get(id)!;
      list.forEach((j, at) => {
        if (items[j]!.docIndex === p.docIndex) return;
        if (partial[j] === 0) touched.push(j);
        partial[j]! += p.body.weights[k]! * weights[at]!;
      });
    }
    touched.sort((x, y) => partial[y]! - partial[x]! || x - y);
    const candidates = touched.slice(0, 3 * options.k);
    for (const j of touched) partial[j] = 0;
    return candidates
      .map((j) => ({ item: j, score: score(i, j) }))
      .filter((n) => n.score > options.floor)
      .sort((x, y) => y.score - x.score || x.item - y.item)
      .slice(0, options.k);
  });
}
