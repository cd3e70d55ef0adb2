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
  const flat = new Float64Array(n * m);
  scores.forEach((row, i) => row.slice(0, m).forEach((score, j) => (flat[i * m + j] = score)));
  return monotoneChainOf(flat, n, m, threshold);
}

/**
 * monotoneChain over a row-major n × m matrix: one typed array instead of rows of numbers, since the alignment of a
 * province runs it for every pair of documents.
 */
export function monotoneChainOf(
  scores: Float64Array,
  n: number,
  m: number,
  threshold: number,
): Array<[number, number]> {
  // best[i * width + j]: best total using items < i and < j; filled row by row.
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const gain = scores[(i - 1) * m + j - 1]! - threshold;
      const diagonal = gain > 0 ? best[(i - 1) * width + j - 1]! + gain : -Infinity;
      best[i * width + j] = Math.max(best[(i - 1) * width + j]!, best[i * width + j - 1]!, diagonal);
    }
  }
  const chain: Array<[number, number]> = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    const here = best[i * width + j];
    if (here === best[(i - 1) * width + j]) i--;
    else if (here === best[i * width + j - 1]) j--;
    else {
      chain.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return chain.reverse();
}
