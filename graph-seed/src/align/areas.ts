import type { PolicyDocument } from '../model/document';
import { crossSimilarity, indexRows, similarityBlocks, type IndexedRows } from './bulkSimilarity';
import { cosine, matchText, termVector } from './ngrams';
import type { TermVector } from './ngrams';

interface AreaVector {
  ordinal: number;
  title: TermVector;
  body: TermVector;
}

// alignAreas runs for every pair of documents in a family, so each document's area vectors are computed once per
// idf table rather than once per pair (a hundred localities made that the largest cost of the alignment).
const areaVectorCache = new WeakMap<Map<string, number>, WeakMap<PolicyDocument, AreaVector[]>>();

function areaVectors(doc: PolicyDocument, idf: Map<string, number>): AreaVector[] {
  let byDoc = areaVectorCache.get(idf);
  if (!byDoc) areaVectorCache.set(idf, (byDoc = new WeakMap()));
  let vectors = byDoc.get(doc);
  if (!vectors) {
    vectors = doc.sections.map((section) => {
      const body = doc.clauses
        .filter((c) => c.sectionOrdinal === section.ordinal)
        .map((c) => matchText(c.textSimplified))
        .join('');
      return {
        ordinal: section.ordinal,
        title: termVector(matchText(section.title), idf),
        body: termVector(body, idf),
      };
    });
    byDoc.set(doc, vectors);
  }
  return vectors;
}

/** One to one, greedily from the most similar pair down. */
function matchAreas(left: AreaVector[], right: AreaVector[], score: (i: number, j: number) => number) {
  const candidates = left.flatMap((x, i) => right.map((y, j) => ({ x: x.ordinal, y: y.ordinal, score: score(i, j) })));
  candidates.sort((p, q) => q.score - p.score || p.x - q.x || p.y - q.y);
  const pairs = new Map<number, number>();
  const takenRight = new Set<number>();
  for (const { x, y, score } of candidates) {
    // Below this the two areas share little more than boilerplate (推进…发展); better no counterpart than a wrong one.
    if (score < 0.15 || pairs.has(x) || takenRight.has(y)) continue;
    pairs.set(x, y);
    takenRight.add(y);
  }
  return pairs;
}

const areaScore = (title: number, body: number) => 0.4 * title + 0.6 * body;

/**
 * Pairs the areas (sections) of two documents. Documents share the superior's eight areas but title them a little
 * differently (交通强区/交通强市/内河枢纽港和交通强市) and may order them differently (the 2024 draft opens with
 * investment), so areas are matched by their titles and by everything their clauses say, one to one, greedily from
 * the most similar pair down.
 * @returns section ordinal of `a` → section ordinal of `b`; areas without a counterpart are absent.
 */
export function alignAreas(a: PolicyDocument, b: PolicyDocument, idf: Map<string, number>): Map<number, number> {
  const left = areaVectors(a, idf);
  const right = areaVectors(b, idf);
  return matchAreas(left, right, (i, j) =>
    areaScore(cosine(left[i]!.title, right[j]!.title), cosine(left[i]!.body, right[j]!.body)),
  );
}

/**
 * alignAreas of every pair of documents x < y of a family, the cosines computed in bulk (similarityBlocks gives the
 * same values as cosine): a family of a hundred documents has five thousand pairs of eight areas each.
 * @returns a lookup (x, y) → alignAreas(docs[x], docs[y]), x < y.
 */
export function familyAreas(docs: PolicyDocument[], idf: Map<string, number>) {
  const vectors = docs.map((doc) => areaVectors(doc, idf));
  const starts: number[] = [];
  vectors.reduce((start, list) => (starts.push(start), start + list.length), 0);
  const maps = new Map<number, Map<number, number>>();
  let x = 0;
  for (const block of similarityBlocks(vectors)) {
    for (let y = x + 1; y < docs.length; y++) {
      const offset = starts[y]! - block.first;
      const at = (i: number, j: number) => i * block.columns + offset + j;
      const score = (i: number, j: number) => areaScore(block.title[at(i, j)]!, block.body[at(i, j)]!);
      maps.set(x * docs.length + y, matchAreas(vectors[x]!, vectors[y]!, score));
    }
    x++;
  }
  return (a: number, b: number): Map<number, number> => maps.get(a * docs.length + b) ?? new Map();
}

/** The areas of some documents (a family's core) indexed once, to be matched with one more document's (areasWith). */
export interface IndexedAreas {
  vectors: AreaVector[][];
  rows: IndexedRows;
}

export function indexAreas(docs: PolicyDocument[], idf: Map<string, number>): IndexedAreas {
  const vectors = docs.map((doc) => areaVectors(doc, idf));
  return { vectors, rows: indexRows(vectors.flat()) };
}

/**
 * alignAreas(x, doc) for every indexed document x, the cosines computed at once (crossSimilarity gives the very
 * values cosine does).
 */
export function areasWith(indexed: IndexedAreas, doc: PolicyDocument, idf: Map<string, number>) {
  const own = areaVectors(doc, idf);
  const cells = crossSimilarity(indexed.rows, own);
  let start = 0;
  return indexed.vectors.map((rows) => {
    const first = start;
    start += rows.length;
    const at = (i: number, j: number) => (first + i) * own.length + j;
    return matchAreas(rows, own, (i, j) => areaScore(cells.title[at(i, j)]!, cells.body[at(i, j)]!));
  });
}
