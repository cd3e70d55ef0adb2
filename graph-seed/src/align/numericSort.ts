/**
 * Sorting and selection of float arrays in place, in plain loops: V8's Float64Array sort copies every element into a
 * boxed number first, and a pool (measurePool.ts) sorts its weights for every clause of a succession — most of what
 * pooling allocated. The order is the numeric one `Float64Array.prototype.sort` gives (for numbers that are not NaN).
 */

/** Sorts `values[from..to]` (inclusive) ascending, in place. */
export function sortAscending(values: Float64Array, from: number, to: number): void {
  while (to - from > 16) {
    const p = partition(values, from, to);
    // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
    if (p - from < to - p) {
      sortAscending(values, from, p);
      from = p + 1;
    } else {
      sortAscending(values, p + 1, to);
      to = p;
    }
  }
  for (let i = from + 1; i <= to; i++) {
    const value = values[i]!;
    let j = i - 1;
    while (j >= from && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
}

/** Hoare partition around the median of three: afterwards every value in [from, p] ≤ every value in [p + 1, to]. */
function partition(values: Float64Array, from: number, to: number): number {
  const [a, b, c] = [values[from]!, values[(from + to) >>> 1]!, values[to]!];
  const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  let [i, j] = [from - 1, to + 1];
  for (;;) {
    do i++;
    while (values[i]! < pivot);
    do j--;
    while (values[j]! > pivot);
    if (i >= j) return j;
    const swap = values[i]!;
    values[i] = values[j]!;
    values[j] = swap;
  }
}

let scratch = new Float64Array(1024);

/** The value at index `k` of `values` sorted ascending, without sorting or changing `values`. */
export function kthSmallest(values: Float64Array, k: number): number {
  if (scratch.length < values.length) scratch = new Float64Array(values.length * 2);
  scratch.set(values);
  let [from, to] = [0, values.length - 1];
  while (from < to) {
    const p = partition(scratch, from, to);
    if (k <= p) to = p;
    else from = p + 1;
  }
  return scratch[k]!;
}
