/**
 * Order within an area: documents follow the superior's order with insertions, omissions and merges, so the true
 * correspondences between two documents form (mostly) a monotone chain. The heaviest monotone chain of pairs whose
 * score beats `threshold` is found by dynamic programming (a gap costs nothing, a pair earns score − threshold).
 * @param scores scores[i][j] for item i of the first sequence and item j of the second.
 * @returns the chain as [i, j] index pairs in increasing order of both.
 */
export function monotoneChain(scores: number[][], threshold: number): Array<[number, number]> {
  const n = scores.length;
  const m = scores[0]?.length ?? 0;
  // best[i][j]: best total using items < i and < j; filled row by row.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number): number => best[i]?.[j] ?? 0;
  for (let i = 1; i <= n; i++) {
    const row = best[i]!;
    for (let j = 1; j <= m; j++) {
      const gain = (scores[i - 1]?.[j - 1] ?? 0) - threshold;
      row[j] = Math.max(at(i - 1, j), at(i, j - 1), gain > 0 ? at(i - 1, j - 1) + gain : -Infinity);
    }
  }
  const chain: Array<[number, number]> = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    if (at(i, j) === at(i - 1, j)) i--;
    else if (at(i, j) === at(i, j - 1)) j--;
    else {
      chain.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return chain.reverse();
}
