/**
 * The words of the measures of a family, for comparing a sentence with them (sentenceMerges.ts): each measure's
 * primary exemplars pooled (measurePool.ts), without the clauses of the document asking; the terms of its heading that
 * name it; and the sentences of a clause after its heading.
 */
import type { MeasureCluster } from './cluster';
import { bigrams, cosineWithPool, matchText, termVector, type TermVector } from './ngrams';
import { gramCount, gramId } from './gramIds';
import { internKey, keptFor, sequenceKey } from './keptResults';
import { likestPool, type AsksLikest } from './likestPool';
import { keptPool } from './measurePool';
import { consensusTitle, simplifiedTitle, type ClauseProfile } from './profiles';
import { SENTENCE_TUNING } from './sentenceTuning';

export interface Sentence extends AsksLikest {
  /** As written, in Simplified script. */
  raw: string;
  /** Matchable form. */
  text: string;
  vector: TermVector;
}

const RESPONSIBILITY = /[(（〔<][^()（）〔〕]*?责任单位[:：][\s\S]*?(?:[)）〕>]|$)/g;
const sentenceCache = new WeakMap<Map<string, number>, WeakMap<object, Sentence[]>>();

/** The sentences of a clause after its heading, in matchable form, with their vectors (computed once per idf). */
export function sentencesOf(profile: ClauseProfile, idf: Map<string, number>): Sentence[] {
  let byClause = sentenceCache.get(idf);
  if (!byClause) sentenceCache.set(idf, (byClause = new WeakMap()));
  let sentences = byClause.get(profile.clause);
  if (!sentences) {
    const parts = profile.clause.textSimplified.replace(RESPONSIBILITY, '').split(/[。；;！？!?]/);
    sentences = parts
      .slice(1)
      .map((raw) => ({ raw: raw.trim(), text: matchText(raw) }))
      .filter(({ text }) => [...text].length >= SENTENCE_TUNING.minLength)
      .map(({ raw, text }) => ({ raw, text, vector: termVector(text, idf), kept: undefined, last: undefined }));
    byClause.set(profile.clause, sentences);
  }
  return sentences;
}

// The distinct bigrams of each clause's matchable text, as ids in first-seen order: every alignment of a family
// indexes its clauses' heading terms again (indexHeadings), and the texts do not change.
const gramsOfClause = new WeakMap<object, Int32Array>();

function distinctGrams(profile: ClauseProfile): Int32Array {
  let grams = gramsOfClause.get(profile.clause);
  if (!grams) gramsOfClause.set(profile.clause, (grams = Int32Array.from(new Set(bigrams(profile.text)), gramId)));
  return grams;
}

/** Which clauses hold each heading term of a family, for the clauses indexed so far. */
interface HolderIndex {
  /** A flag per gram id: the terms indexed (an id given after the index was made is none). */
  wanted: Uint8Array;
  clauses: Set<object>;
  byId: Map<number, object[]>;
}

// Kept with the family's first implementing clause: an import adds a document to a family of a thousand, and
// indexing every distinct bigram of every clause again was most of what names cost. What a measure's names are read
// from (outsideHolders) counts the holders whatever their order, so clauses indexed later are appended.
const holderIndexes = new WeakMap<object, HolderIndex>();

/**
 * The clauses of `profiles` holding each of `terms` (gram ids), by gram id: the kept index with the clauses it
 * lacks added, or made again when it lacks a term or holds a clause no longer among `profiles`.
 */
function holderIndex(terms: number[], profiles: ClauseProfile[]): ReadonlyMap<number, readonly object[]> {
  const owner = profiles[0]?.clause;
  if (!owner) return new Map();
  let index = holderIndexes.get(owner);
  const present = new Set<object>(profiles.map((p) => p.clause));
  const holds = (kept: HolderIndex) =>
    terms.every((id) => id < kept.wanted.length && kept.wanted[id] === 1) &&
    [...kept.clauses].every((clause) => present.has(clause));
  if (!index || !holds(index)) {
    // A flag per gram id, not a Set: every distinct bigram of every clause of the family is asked (millions in a
    // province's family).
    const wanted = new Uint8Array(gramCount());
    for (const id of terms) wanted[id] = 1;
    index = { wanted, clauses: new Set(), byId: new Map() };
    holderIndexes.set(owner, index);
  }
  const { wanted, clauses, byId } = index;
  for (const p of profiles) {
    if (clauses.has(p.clause)) continue;
    clauses.add(p.clause);
    const grams = distinctGrams(p);
    for (let i = 0; i < grams.length; i++) {
      const id = grams[i]!;
      if (id >= wanted.length || wanted[id] === 0) continue;
      // Appended in place: a term of a province's measure is held by thousands of clauses.
      const holders = byId.get(id);
      if (holders) holders.push(p.clause);
      else byId.set(id, [p.clause]);
    }
  }
  return byId;
}

/** How many clauses outside a measure hold one of its heading terms, in all and per document. */
interface OutsideCount {
  total: number;
  byDoc: Map<number, number>;
}

/**
 * Whether a heading term names the measure for the document: held by at most one clause outside it, besides the
 * document's own (null: by two outside every one document). nameTerms and namesAre both ask it.
 */
const namesFor = (outside: OutsideCount | null, docIndex: number) =>
  outside !== null && outside.total - (outside.byDoc.get(docIndex) ?? 0) <= 1;

/** The words of each measure: its primary exemplars pooled, all of them or all but one document's. */
export class MeasureWords {
  private readonly pools = new Map<MeasureCluster, Map<number, TermVector | null>>();
  private readonly headings = new Map<MeasureCluster, string[]>();
  private readonly names = new Map<string, Set<string>>();
  private readonly indices = new Map<MeasureCluster, number>();
  private readonly members = new Map<MeasureCluster, Set<ClauseProfile>>();
  /** The clauses holding each heading term (holderIndex), and this alignment's profile of each clause. */
  private holdersById: ReadonlyMap<number, readonly object[]> = new Map();
  private profileOf = new Map<object, ClauseProfile>();
  private readonly outside = new Map<MeasureCluster, Map<string, OutsideCount | null>>();
  private readonly poolLists = new WeakMap<MeasureCluster[], Map<number, Array<TermVector | null>>>();
  private readonly poolKeys = new WeakMap<MeasureCluster[], Map<string, number>>();
  private readonly speakers = new WeakMap<MeasureCluster[], Set<number>>();
  private readonly primaries = new Map<MeasureCluster, { primary: ClauseProfile[]; docs: Set<number> }>();

  /**
   * @param exemplars the members that speak for a measure.
   * @param named whether a measure's heading may name it (a lone clause standing as a measure has none).
   */
  constructor(
    private readonly exemplars: (cluster: MeasureCluster) => ClauseProfile[],
    private readonly named: (cluster: MeasureCluster) => boolean,
  ) {}

  /**
   * Holders of heading terms are indexed when a measure's names are first asked for (outsideHolders): an alignment
   * whose documents' sentence matches are all kept (sentenceMerges.ts) asks for none.
   */
  private pendingIndex: { clusters: MeasureCluster[]; profiles: ClauseProfile[] } | null = null;

  /**
   * Whether a sentence is at all close to one of `targets` (SENTENCE_TUNING.namedFloor), without `docIndex`. Kept
   * with the sentence by the identity of the pools read (keptResults.ts).
   */
  near(sentence: Sentence, targets: MeasureCluster[], docIndex: number): boolean {
    return keptFor(sentence, this.poolsKey(targets, docIndex, 'near'), () => {
      for (const pool of this.poolsOf(targets, docIndex))
        if (pool !== null && cosineWithPool(sentence.vector, pool) >= SENTENCE_TUNING.namedFloor) return true;
      return false;
    });
  }

  /**
   * The terms of the measure's heading (its primary exemplars' consensus) that name it: found in the body of at most
   * one clause outside it, besides those of the document asking (nameCounts).
   */
  nameTerms(cluster: MeasureCluster, docIndex: number): Set<string> {
    if (!this.named(cluster)) return new Set();
    const key = `${this.clusterIndex(cluster)}|${docIndex}`;
    let terms = this.names.get(key);
    if (terms) return terms;
    terms = new Set<string>();
    for (const [term, outside] of this.outsideHolders(cluster)) if (namesFor(outside, docIndex)) terms.add(term);
    this.names.set(key, terms);
    return terms;
  }

  /**
   * Whether nameTerms(cluster, docIndex) would give `terms`, in their order: read from the counts per heading term
   * without a set made and kept for the document (a kept answer of every document of a province is checked so on
   * every import).
   */
  namesAre(cluster: MeasureCluster, docIndex: number, terms: readonly string[]): boolean {
    if (!this.named(cluster)) return terms.length === 0;
    let at = 0;
    let same = true;
    // forEach, not for-of: an entry array per term and document was most of what the check allocated.
    this.outsideHolders(cluster).forEach((outside, term) => {
      if (same && namesFor(outside, docIndex)) same = terms[at++] === term;
    });
    return same && at === terms.length;
  }

  /**
   * Per heading term of a measure, the clauses outside it that hold the term, counted per document, or null when
   * two of them lie outside every one document (the term names the measure for no document): counted once per
   * measure, as every document asks (scanning the holders for each document cost n² across a province), and only
   * until the term is known to name it for none (a common term is held by most clauses of a province).
   */
  private outsideHolders(cluster: MeasureCluster): Map<string, OutsideCount | null> {
    let counts = this.outside.get(cluster);
    if (counts) return counts;
    if (this.pendingIndex) {
      const { clusters, profiles } = this.pendingIndex;
      this.pendingIndex = null;
      this.indexNow(clusters, profiles);
    }
    counts = new Map();
    const members = this.memberSet(cluster);
    for (const term of this.headingTerms(cluster)) {
      let count: OutsideCount | null = { total: 0, byDoc: new Map() };
      let most = 0;
      for (const clause of this.holdersById.get(gramId(term)) ?? []) {
        const p = this.profileOf.get(clause)!;
        if (members.has(p)) continue;
        const inDoc = (count.byDoc.get(p.docIndex) ?? 0) + 1;
        count.total += 1;
        count.byDoc.set(p.docIndex, inDoc);
        most = Math.max(most, inDoc);
        // Outside any one document (the one holding most of them least of all) there are two already: more
        // holders never bring that below two.
        if (count.total - most >= 2) {
          count = null;
          break;
        }
      }
      counts.set(term, count);
    }
    this.outside.set(cluster, counts);
    return counts;
  }

  private clusterIndex(cluster: MeasureCluster): number {
    let index = this.indices.get(cluster);
    if (index === undefined) this.indices.set(cluster, (index = this.indices.size));
    return index;
  }

  private memberSet(cluster: MeasureCluster): Set<ClauseProfile> {
    let set = this.members.get(cluster);
    if (!set) this.members.set(cluster, (set = new Set(cluster.members)));
    return set;
  }

  private headingTerms(cluster: MeasureCluster): string[] {
    let terms = this.headings.get(cluster);
    if (!terms) {
      const primary = this.exemplars(cluster).filter((m) => !cluster.secondary.has(m.clause.id));
      const title = matchText(consensusTitle(primary.map((m) => simplifiedTitle(m.clause))));
      terms = [...new Set(bigrams(title).filter((g) => !g.includes('#')))];
      this.headings.set(cluster, terms);
    }
    return terms;
  }

  /** Indexes which clauses hold each heading term (once, over every clause of the family, when first needed). */
  indexHeadings(clusters: MeasureCluster[], profiles: ClauseProfile[]): void {
    this.pendingIndex = { clusters, profiles };
  }

  private indexNow(clusters: MeasureCluster[], profiles: ClauseProfile[]): void {
    const index = holderIndex(clusters.flatMap((c) => this.headingTerms(c)).map(gramId), profiles);
    this.holdersById = index;
    this.profileOf = new Map(profiles.map((p) => [p.clause, p]));
  }

  // Once per measure: `without` is asked for every sentence of the family against every measure.
  private primaryOf(cluster: MeasureCluster): { primary: ClauseProfile[]; docs: Set<number> } {
    let found = this.primaries.get(cluster);
    if (!found) {
      const primary = this.exemplars(cluster).filter((m) => !cluster.secondary.has(m.clause.id));
      found = { primary, docs: new Set(primary.map((m) => m.docIndex)) };
      this.primaries.set(cluster, found);
    }
    return found;
  }

  /**
   * The document whose pools `docIndex` reads among `clusters`: its own when it speaks for one of them (a primary
   * exemplar's document), else -1, the pools every other such document shares (`without`). A province's measures
   * have a few dozen speaking documents among a thousand: the others' lists and keys are one.
   */
  private poolsReader(clusters: MeasureCluster[], docIndex: number): number {
    let speaking = this.speakers.get(clusters);
    if (!speaking) {
      speaking = new Set(clusters.flatMap((c) => [...this.primaryOf(c).docs]));
      this.speakers.set(clusters, speaking);
    }
    return speaking.has(docIndex) ? docIndex : -1;
  }

  /** The pools of `clusters` without `docIndex` (`without`), in order: kept per list and document, as every sentence asks. */
  poolsOf(clusters: MeasureCluster[], docIndex: number): Array<TermVector | null> {
    const reader = this.poolsReader(clusters, docIndex);
    let byDoc = this.poolLists.get(clusters);
    if (!byDoc) this.poolLists.set(clusters, (byDoc = new Map()));
    let pools = byDoc.get(reader);
    if (!pools) byDoc.set(reader, (pools = clusters.map((c) => this.without(c, reader))));
    return pools;
  }

  /**
   * A number standing for what `poolsOf(clusters, docIndex)` holds (the pools by identity) and for the question
   * asked of them: equal for the same pools in the same order, in this alignment or a later one.
   */
  poolsKey(clusters: MeasureCluster[], docIndex: number, question: 'near' | 'best'): number {
    let byDoc = this.poolKeys.get(clusters);
    if (!byDoc) this.poolKeys.set(clusters, (byDoc = new Map()));
    const asked = `${question}|${this.poolsReader(clusters, docIndex)}`;
    let key = byDoc.get(asked);
    if (key === undefined)
      byDoc.set(asked, (key = internKey(`${question}|${sequenceKey(this.poolsOf(clusters, docIndex))}`)));
    return key;
  }

  /** The pooled words of `cluster` without document `docIndex`'s clauses; null when nothing is left. */
  without(cluster: MeasureCluster, docIndex: number): TermVector | null {
    let byDoc = this.pools.get(cluster);
    if (!byDoc) this.pools.set(cluster, (byDoc = new Map()));
    const { primary, docs } = this.primaryOf(cluster);
    // Documents that are no exemplar share one pool: the measure's words are the same for all of them.
    const key = docs.has(docIndex) ? docIndex : -1;
    if (!byDoc.has(key)) {
      const kept = primary.filter((m) => m.docIndex !== key);
      byDoc.set(key, kept.length === 0 ? null : keptPool(kept.map((m) => m.body)));
    }
    return byDoc.get(key) ?? null;
  }
}

/**
 * The measure a sentence says best, against all measures with words: the best, its score and the runner-up's. Kept
 * with the sentence by the identity of the pools compared (MeasureWords.poolsKey), or carried from its last answer
 * (likestPool.ts): an import asks again for every sentence of the family, and most measures' words have not changed.
 */
export function bestMeasure(sentence: Sentence, clusters: MeasureCluster[], words: MeasureWords, docIndex: number) {
  const pools = words.poolsOf(clusters, docIndex);
  const found = likestPool(sentence, sentence.vector, pools, words.poolsKey(clusters, docIndex, 'best'));
  return { best: found.index < 0 ? undefined : clusters[found.index], score: found.score, margin: found.margin };
}

/**
 * Whether a sentence carries the measure it says best: clearly, or fairly while short and naming it. The measure's
 * names are asked for only then (`nameTerms`): most sentences are decided by their score alone.
 */
export function carries(
  sentence: Sentence,
  nameTerms: () => ReadonlySet<string>,
  score: number,
  margin: number,
): boolean {
  const t = SENTENCE_TUNING;
  if (score >= t.floor && margin >= t.margin) return true;
  if (score < t.namedFloor || margin < t.namedMargin || [...sentence.text].length > t.namedLength) return false;
  const names = nameTerms();
  return bigrams(sentence.text).some((g) => names.has(g));
}
