/**
 * Body and title cosines of every clause of a family against every clause of the later documents, through an
 * inverted index: a pair costs only the bigrams its clauses share, not a walk over both vectors. A province of a
 * hundred localities has millions of clause pairs, most of which share nothing but boilerplate.
 *
 * Each cosine is bit-for-bit the one `cosine` returns: its dot product is summed over the smaller vector in that
 * vector's own order (the earlier document's on a tie), so a pair scored here and one recomputed later agree exactly.
 */
import type { TermVector } from './ngrams';

/** What is compared: a clause profile, or an area (areas.ts). */
export interface Comparable {
  body: TermVector;
  title: TermVector;
}

/** Postings of every bigram id: the clauses (flat index, ascending) that contain it and its weight there. */
interface Postings {
  start: Int32Array;
  clause: Int32Array;
  weight: Float64Array;
  /** Per bigram, the first posting not before the current document (advanced as documents are processed). */
  cursor: Int32Array;
}

function postingsOf(vectors: TermVector[]): Postings {
  let vocabulary = 0;
  for (const vector of vectors) for (const id of vector.ids) vocabulary = Math.max(vocabulary, id + 1);
  const start = new Int32Array(vocabulary + 1);
  for (const vector of vectors) for (const id of vector.ids) start[id + 1]!++;
  for (let g = 0; g < vocabulary; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, vocabulary);
  const clause = new Int32Array(start[vocabulary]!);
  const weight = new Float64Array(start[vocabulary]!);
  vectors.forEach((vector, index) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const at = fill[vector.ids[k]!]!++;
      clause[at] = index;
      weight[at] = vector.weights[k]!;
    }
  });
  return { start, clause, weight, cursor: start.slice(0, vocabulary) };
}

/** The first posting of bigram `id` whose clause is at or after `from` (cursors only move forward). */
function firstFrom(postings: Postings, id: number, from: number): number {
  let k = postings.cursor[id]!;
  const end = postings.start[id + 1]!;
  while (k < end && postings.clause[k]! < from) k++;
  postings.cursor[id] = k;
  return k;
}

/** One document's items (rows) against all items of the later documents (columns from flat position `first`). */
export interface SimilarityBlock {
  first: number;
  columns: number;
  body: Float64Array;
  title: Float64Array;
}

function cosineOf(dot: number, x: TermVector, y: TermVector): number {
  return x.norm === 0 || y.norm === 0 ? 0 : dot / (x.norm * y.norm);
}

/** Adds `weight` × each posting weight of bigram `id` with a clause in [from, to) to `sums[clause − from]`. */
function accumulate(postings: Postings, id: number, weight: number, from: number, to: number, sums: Float64Array) {
  const { clause, weight: weights } = postings;
  const end = postings.start[id + 1]!;
  for (let at = firstFrom(postings, id, from); at < end; at++) {
    const c = clause[at]!;
    if (c >= to) break;
    sums[c - from]! += weight * weights[at]!;
  }
}

/**
 * Fills `out` (rows: clauses [rowStart, first), columns: clauses [first, total)) with one field's cosines. A row
 * clause no larger than the column clause drives the sum (its bigrams in order, over the later postings); otherwise
 * the column clause does (its bigrams in order, over the row document's postings).
 */
function fillField(vectors: TermVector[], rowStart: number, first: number, postings: Postings, out: Float64Array) {
  const columns = vectors.length - first;
  const rowSums = new Float64Array(vectors.length - rowStart);
  let largestRow = 0;
  for (let r = rowStart; r < first; r++) {
    const x = vectors[r]!;
    largestRow = Math.max(largestRow, x.ids.length);
    rowSums.fill(0);
    for (let k = 0; k < x.ids.length; k++)
      accumulate(postings, x.ids[k]!, x.weights[k]!, rowStart, vectors.length, rowSums);
    for (let c = 0; c < columns; c++) {
      const y = vectors[first + c]!;
      const offset = first - rowStart + c;
      if (x.ids.length <= y.ids.length) out[(r - rowStart) * columns + c] = cosineOf(rowSums[offset]!, x, y);
    }
  }
  const columnSums = new Float64Array(first - rowStart);
  for (let c = 0; c < columns; c++) {
    const y = vectors[first + c]!;
    if (y.ids.length >= largestRow) continue;
    columnSums.fill(0);
    for (let k = 0; k < y.ids.length; k++) accumulate(postings, y.ids[k]!, y.weights[k]!, rowStart, first, columnSums);
    for (let r = rowStart; r < first; r++) {
      const x = vectors[r]!;
      if (x.ids.length > y.ids.length) out[(r - rowStart) * columns + c] = cosineOf(columnSums[r - rowStart]!, x, y);
    }
  }
}

/**
 * The similarity blocks of a family's documents in order: document d's clauses (or areas) against every clause of
 * the documents after d. Blocks are produced one at a time so only one is held (a document × the later clauses, not
 * all pairs): a block's arrays are overwritten by the next block.
 * @param profiles per document, its clause profiles (in the order of their `index`) or its areas.
 */
export function* similarityBlocks(profiles: Comparable[][]): Generator<SimilarityBlock> {
  const bodies = profiles.flat().map((p) => p.body);
  const titles = profiles.flat().map((p) => p.title);
  const [body, title] = [postingsOf(bodies), postingsOf(titles)];
  // Every cell of a block is written (fillField), so one pair of buffers serves all blocks.
  const sizes = profiles.map(
    (doc, d) => doc.length * profiles.slice(d + 1).reduce((sum, later) => sum + later.length, 0),
  );
  const [bodyCells, titleCells] = [new Float64Array(Math.max(0, ...sizes)), new Float64Array(Math.max(0, ...sizes))];
  let rowStart = 0;
  for (const [d, doc] of profiles.slice(0, -1).entries()) {
    const first = rowStart + doc.length;
    const columns = bodies.length - first;
    const block = { first, columns, body: bodyCells.subarray(0, sizes[d]), title: titleCells.subarray(0, sizes[d]) };
    fillField(bodies, rowStart, first, body, block.body);
    fillField(titles, rowStart, first, title, block.title);
    yield block;
    rowStart = first;
  }
}

/** Adds `weight` × every posting weight of bigram `id` to `sums[item]` (all items of the postings). */
function accumulateAll(postings: Postings, id: number, weight: number, sums: Float64Array) {
  if (id + 1 >= postings.start.length) return;
  const { clause, weight: weights } = postings;
  for (let at = postings.start[id]!, end = postings.start[id + 1]!; at < end; at++)
    sums[clause[at]!]! += weight * weights[at]!;
}

/**
 * One field's cosines of every row against every column, each summed over the smaller vector (see cosine). Plain
 * loops over the vectors' lengths and norms: a peripheral document's clauses meet every core clause, and a closure
 * call per cell was a third of the cost.
 */
function crossField(rows: TermVector[], rowPostings: Postings, columns: TermVector[], out: Float64Array) {
  const columnPostings = postingsOf(columns);
  const width = columns.length;
  const [lengths, norms] = [new Int32Array(width), new Float64Array(width)];
  for (let c = 0; c < width; c++) [lengths[c], norms[c]] = [columns[c]!.ids.length, columns[c]!.norm];
  const sums = new Float64Array(width);
  let largestRow = 0;
  for (let r = 0; r < rows.length; r++) {
    const x = rows[r]!;
    largestRow = Math.max(largestRow, x.ids.length);
    sums.fill(0);
    for (let k = 0; k < x.ids.length; k++) accumulateAll(columnPostings, x.ids[k]!, x.weights[k]!, sums);
    for (let c = 0; c < width; c++)
      if (x.ids.length <= lengths[c]!) out[r * width + c] = cosineOfNorms(sums[c]!, x.norm, norms[c]!);
  }
  const rowSums = new Float64Array(rows.length);
  for (let c = 0; c < width; c++) {
    const y = columns[c]!;
    if (y.ids.length >= largestRow) continue;
    rowSums.fill(0);
    for (let k = 0; k < y.ids.length; k++) accumulateAll(rowPostings, y.ids[k]!, y.weights[k]!, rowSums);
    for (let r = 0; r < rows.length; r++) {
      const x = rows[r]!;
      if (x.ids.length > y.ids.length) out[r * width + c] = cosineOfNorms(rowSums[r]!, x.norm, y.norm);
    }
  }
}

/** cosineOf from the two norms. */
function cosineOfNorms(dot: number, xNorm: number, yNorm: number): number {
  return xNorm === 0 || yNorm === 0 ? 0 : dot / (xNorm * yNorm);
}

/**
 * The rows of a cross similarity (the clauses of a family's core), indexed once: every peripheral document is
 * compared with them (crossSimilarity).
 */
export interface IndexedRows {
  items: Comparable[];
  body: Postings;
  title: Postings;
}

export function indexRows(items: Comparable[]): IndexedRows {
  return { items, body: postingsOf(items.map((p) => p.body)), title: postingsOf(items.map((p) => p.title)) };
}

/**
 * Body and title cosines of every row item against every column item (row r, column c at r × columns + c), bit
 * for bit what cosine(row, column) returns: the rows are the earlier documents'. Costs the bigrams the items share,
 * not rows × columns walks over both vectors.
 */
export function crossSimilarity(rows: IndexedRows, columns: Comparable[]): { body: Float64Array; title: Float64Array } {
  const size = rows.items.length * columns.length;
  const [body, title] = [new Float64Array(size), new Float64Array(size)];
  crossField(
    rows.items.map((p) => p.body),
    rows.body,
    columns.map((p) => p.body),
    body,
  );
  crossField(
    rows.items.map((p) => p.title),
    rows.title,
    columns.map((p) => p.title),
    title,
  );
  return { body, title };
}
