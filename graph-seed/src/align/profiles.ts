import type { Clause, PolicyDocument } from '../model/document';
import { GenerationCache, type KeepsResults } from './keptResults';
import { inverseDocumentFrequency, matchText, termVector, type TermVector } from './ngrams';

/** What the alignment knows of one clause: its place, its vectors and the facts it names. */
export interface ClauseProfile extends KeepsResults {
  clause: Clause;
  policyId: string;
  /** Index of the document in the aligned collection (cheap equality for "same document"). */
  docIndex: number;
  /** Position in the aligned collection, all documents' clauses in order (cheap keys for pairs of clauses). */
  index: number;
  sectionOrdinal: number;
  /** Matchable body text (see matchText). */
  text: string;
  body: TermVector;
  title: TermVector;
  /** The body without its heading: what the clause says beyond the title it may have copied. */
  rest: TermVector;
  /** Program keys and money/target units named in the clause. */
  programs: Set<string>;
  units: Set<string>;
}

/** The vocabulary weights shared by every comparison: IDF over all clause bodies and titles of the documents. */
export function corpusIdf(docs: PolicyDocument[]): Map<string, number> {
  const texts = docs.flatMap((d) => d.clauses.map((c) => matchText(c.textSimplified)));
  return inverseDocumentFrequency(texts);
}

/** The title in Simplified script: the text up to the first full stop (the parser's title is in the original script). */
export function simplifiedTitle(clause: Clause): string {
  let title = titles.get(clause);
  if (title === undefined) {
    const head = clause.textSimplified.split(/[。．]/)[0] ?? '';
    title = head.length > 0 && head.length <= 60 ? head : clause.textSimplified.slice(0, 30);
    titles.set(clause, title);
  }
  return title;
}

// Each clause's title, once: a succession compares every pair's titles, and splitting the whole text each time was
// much of its garbage.
const titles = new WeakMap<Clause, string>();

interface ClauseVectors {
  text: string;
  body: TermVector;
  title: TermVector;
  rest: TermVector;
}

// A clause's vectors depend only on its text and the idf table, and each clause is profiled once per family and once
// per succession: computed once per idf table.
const vectorCache = new WeakMap<Map<string, number>, WeakMap<Clause, ClauseVectors>>();

function vectorsOf(clause: Clause, idf: Map<string, number>): ClauseVectors {
  let byClause = vectorCache.get(idf);
  if (!byClause) vectorCache.set(idf, (byClause = new WeakMap()));
  let vectors = byClause.get(clause);
  if (!vectors) {
    const text = matchText(clause.textSimplified);
    const heading = simplifiedTitle(clause);
    const rest = clause.textSimplified.startsWith(heading)
      ? clause.textSimplified.slice(heading.length)
      : clause.textSimplified;
    vectors = {
      text,
      body: termVector(text, idf),
      title: termVector(matchText(heading), idf),
      rest: termVector(matchText(rest), idf),
    };
    byClause.set(clause, vectors);
  }
  return vectors;
}

/** The TF-IDF vector of a clause's matchable body (the one its profile holds). */
export function bodyVector(clause: Clause, idf: Map<string, number>): TermVector {
  return vectorsOf(clause, idf).body;
}

/** Profiles of every clause of `docs`, in document then clause order. */
export function profileClauses(docs: PolicyDocument[], idf: Map<string, number>): ClauseProfile[][] {
  let index = 0;
  return docs.map((doc, docIndex) => {
    const profiles = profileDocument(doc, docIndex, index, idf);
    index += profiles.length;
    return profiles;
  });
}

/**
 * Profiles of one document's clauses.
 * @param docIndex the document's index in its family (what "same document" compares).
 * @param firstIndex the `index` of its first clause in the collection it is clustered with.
 */
export function profileDocument(
  doc: PolicyDocument,
  docIndex: number,
  firstIndex: number,
  idf: Map<string, number>,
): ClauseProfile[] {
  return doc.clauses.map((clause, k) => ({
    clause,
    policyId: doc.policy.id,
    docIndex,
    index: firstIndex + k,
    sectionOrdinal: clause.sectionOrdinal,
    ...vectorsOf(clause, idf),
    programs: new Set(clause.programs.map((p) => p.key)),
    units: new Set([...clause.amounts, ...clause.targets].map((q) => `${q.kind}:${q.normalizedUnit}`)),
    kept: undefined,
  }));
}

function bigramSet(text: string): Set<string> {
  const chars = [...text];
  return new Set(chars.slice(1).map((c, i) => `${chars[i]}${c}`));
}

/**
 * Titles ranked by how typical they are: closeness (bigram Dice, summed) to all the others, so a title used twice
 * beats a one-off and, without a majority, the most typical wording wins over a local one (促进城乡提升). Ties keep
 * the given order.
 */
export function rankedTitles(titles: string[]): string[] {
  const sets = titles.map(bigramSet);
  const scored = titles.map((title, i) => {
    let score = 0;
    for (const y of sets) {
      const x = sets[i]!;
      let shared = 0;
      for (const gram of x) if (y.has(gram)) shared++;
      score += x.size + y.size === 0 ? 0 : (2 * shared) / (x.size + y.size);
    }
    return { title, score, i };
  });
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.title);
}

/** The title most implementers use (the first of rankedTitles), kept by the titles in their order. */
export function consensusTitle(titles: string[]): string {
  let key = '';
  for (const title of titles) key += `${title.length}:${title}`;
  let consensus = consensusTitles.get(key);
  if (consensus === undefined) consensusTitles.set(key, (consensus = rankedTitles(titles)[0] ?? ''));
  return consensus;
}

// Each list of titles' consensus, by the titles (each prefixed with its length: no two lists share a key). Every
// peripheral document's clustering titles each measure of the core again (titleClaims.ts), from the same core
// members' titles, and ranking compares every title with every other one (a set of bigrams each): 2 of the 90 s of a
// 1,000-document build, and a twentieth of what it allocated. Bounded: a forgotten list costs a ranking.
const consensusTitles = new GenerationCache<string, string>(20_000);
