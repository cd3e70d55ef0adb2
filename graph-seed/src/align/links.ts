import type { Quantity } from '../model/document';
import type { Properties } from '../model/graph';
import { shortened, wholePassages } from './evidence';
import { clauseToken } from './edgeMemo';
import { GenerationCache } from './keptResults';
import { bigrams, matchText } from './ngrams';
import { keptShare, mutualShare, sharedPassages, type SharedPassages } from './passages';
import { compareQuantities } from './quantityChanges';

/** The parts of a clause an edge's properties are computed from (real or inferred clauses alike). */
export interface LinkEnd {
  id: string;
  textSimplified: string;
  quantities: Quantity[];
  /**
   * The clause whose words and quantities these are (an inferred clause's are its representative's): with both ends
   * known, the properties are computed once per pair of clauses and vocabulary, however often the corpus is
   * realigned (an import assembles its family's edges again).
   */
  words?: object;
}

const EVIDENCE_ITEMS = 5;
const EVIDENCE_LENGTH = 40;

/**
 * The verbatim form evidence passages are found in: responsibility list and punctuation dropped, digits kept (a
 * changed amount breaks a passage), a range mark between two figures kept as '-' so 15-20年 does not read as 1520年.
 */
export function verbatim(text: string): string {
  let form = verbatimForms.get(text);
  if (form === undefined) {
    verbatimForms.set(text, (form = verbatimForm(text)));
  }
  return form;
}

// Each clause's verbatim form, by its text: a clause is compared with a dozen peers and its superior, and three
// regular expressions over both texts for every pair were a tenth of the cost of building its edges.
// Bounded (keptResults.ts): a long-running server aligns many corpora; a forgotten form only costs recomputation.
// Two generations of 25,000: at most 50,000 forms, the bound the clear-when-full map had.
const VERBATIM_CACHE = 25_000;
const verbatimForms = new GenerationCache<string, string>(VERBATIM_CACHE);

function verbatimForm(text: string): string {
  return text
    .replace(/[(（〔<][^()（）〔〕]*?责任单位[:：][\s\S]*?(?:[)）〕>]|$)/g, '')
    .replace(/([0-9%])\s*[-—–~～]+\s*(?=[0-9])/g, '$1-')
    .replace(/[^\u4e00-\u9fffA-Za-z0-9.%-]+|(?<![0-9%])-|-(?![0-9])/g, '');
}

/** Shared bigrams, rarest first, when two texts share no passage of four characters. */
function rareBigrams(a: string, b: string, idf: Map<string, number>): string[] {
  const other = new Set(bigrams(b));
  const shared = [...new Set(bigrams(a))].filter((g) => other.has(g) && !g.includes('#'));
  return shared.sort((x, y) => (idf.get(y) ?? 0) - (idf.get(x) ?? 0) || x.localeCompare(y)).slice(0, EVIDENCE_ITEMS);
}

/**
 * Evidence, reproduction profile and changed amounts of an edge `source → target`.
 * `reproduction` is the share of the target's text the source keeps verbatim (IMPLEMENTS, SUCCEEDS) or, for
 * peers (`symmetric`), the share of both texts that is shared verbatim.
 */
export function linkProperties(source: LinkEnd, target: LinkEnd, idf: Map<string, number>, symmetric: boolean) {
  if (!source.words || !target.words) return computeLinkProperties(source, target, idf, symmetric);
  const byTarget = pairsOf(source.words, idf)[symmetric ? 'symmetric' : 'directed'];
  const token = clauseToken(target.words);
  let found = byTarget.get(token);
  if (!found) {
    found = computeLinkProperties(source, target, idf, symmetric);
    keep(byTarget, token, found);
  }
  return found;
}

/**
 * The share of `target`'s text that `source` keeps verbatim (linkProperties' `reproduction`), without the evidence and
 * changed amounts: the closest peer of a clause under an inferred superior is sought among a dozen exemplars, and
 * only the chosen one's evidence is shown. Computed once per pair of clauses, like linkProperties.
 */
export function keptVerbatim(source: LinkEnd, target: LinkEnd): number {
  const compute = () => keptShare(sharedPassages(verbatim(source.textSimplified), verbatim(target.textSimplified)));
  if (!source.words || !target.words) return compute();
  let byTarget = keptMemo.get(source.words);
  if (!byTarget) keptMemo.set(source.words, (byTarget = new Map()));
  const token = clauseToken(target.words);
  let found = byTarget.get(token);
  if (found === undefined) keep(byTarget, token, (found = compute()));
  return found;
}

type LinkProperties = ReturnType<typeof computeLinkProperties>;

/** What was computed for the pairs a clause is the source of under one idf table, by the target clause's token. */
interface PairsOf {
  idf: Map<string, number>;
  directed: Map<number, LinkProperties>;
  symmetric: Map<number, LinkProperties>;
}

// One weak entry per source clause, its pairs in plain maps by the target's identity token (edgeMemo.ts): a weak
// map per source keyed by each target made every pair of a province an ephemeron (hundreds of thousands at 1,000
// documents), and V8 marks ephemerons in the pause that ends each full collection. A source's pairs under an earlier
// idf table are dropped when it is paired under another.
const pairMemo = new WeakMap<object, PairsOf>();
const keptMemo = new WeakMap<object, Map<number, number>>();

// A clause is paired with its superior, its peers and its predecessor, a few dozen targets. A target whose text was
// imported again is a new object with a new token, and its old entry stays: a source's pairs are dropped now and then
// rather than tracked, as edgeMemo.ts drops a clause's contexts.
const PAIRS_PER_SOURCE = 64;

function keep<T>(byTarget: Map<number, T>, token: number, value: T): void {
  if (byTarget.size >= PAIRS_PER_SOURCE) byTarget.clear();
  byTarget.set(token, value);
}

function pairsOf(words: object, idf: Map<string, number>): PairsOf {
  let pairs = pairMemo.get(words);
  if (pairs?.idf !== idf) pairMemo.set(words, (pairs = { idf, directed: new Map(), symmetric: new Map() }));
  return pairs;
}

// The passages shown for each pair of texts, kept on what sharedPassages returned for them (one object per pair of
// texts): the same texts recur across localities and years, and splitting both texts into characters for every edge
// was a tenth of the cost of its properties. A property rather than a weak map: sharedPassages forgets its objects
// generation by generation, and each forgotten one stayed an ephemeron until a full collection cleared it.
const SHOWN = Symbol('passages shown as evidence');

function passagesShown(textA: string, textB: string, shared: SharedPassages & { [SHOWN]?: string[] }): string[] {
  let shown = shared[SHOWN];
  if (!shown) {
    shown = wholePassages(textA, textB, shared)
      .slice(0, EVIDENCE_ITEMS)
      .map((p) => shortened(p, EVIDENCE_LENGTH));
    Object.defineProperty(shared, SHOWN, { value: shown });
  }
  return shown;
}

// Each distinct list of changed amounts kept once: localities that copy a clause give the same figures, so a
// province's peers and implementers repeat the same lists (73,000 distinct among 327,000 edges at 1,000 documents),
// and each copy was a two-byte string of some 390 bytes: the build's live heap after a full collection fell by 72 MB,
// and it runs near its cap. Bounded (keptResults.ts); a text forgotten is only kept twice.
const CHANGE_TEXTS = 50_000;
const changeTexts = new GenerationCache<string, string>(CHANGE_TEXTS);

function sharedText(text: string): string {
  const kept = changeTexts.get(text);
  if (kept !== undefined) return kept;
  changeTexts.set(text, text);
  return text;
}

function computeLinkProperties(source: LinkEnd, target: LinkEnd, idf: Map<string, number>, symmetric: boolean) {
  const [textA, textB] = [verbatim(source.textSimplified), verbatim(target.textSimplified)];
  const shared = sharedPassages(textA, textB);
  const passages = passagesShown(textA, textB, shared);
  const evidence =
    passages.length > 0
      ? passages
      : rareBigrams(matchText(source.textSimplified), matchText(target.textSimplified), idf);
  return {
    evidence,
    reproduction: symmetric ? mutualShare(shared) : keptShare(shared),
    changedQuantities: sharedText(JSON.stringify(compareQuantities(source.quantities, target.quantities))),
  } satisfies Properties;
}

/** How a pair was decided, for the edge's `method`: n-gram similarity plus the signals that agreed. */
export function methodOf(pair: { sameArea: boolean; inOrder: boolean; accepted: boolean }): string {
  if (!pair.accepted) return 'cluster';
  return ACCEPTED_METHODS[(pair.sameArea ? 1 : 0) + (pair.inOrder ? 2 : 0)]!;
}

// The four names, made once: joined for each of a province's hundreds of thousands of edges, each was a string of its
// own, kept as long as the edge (8 MB at 1,000 documents).
const ACCEPTED_METHODS = ['ngram', 'ngram+area', 'ngram+order', 'ngram+area+order'] as const;

/**
 * A machine-made alignment scored below this is a candidate (`candidate: true`): shown apart and dashed, never
 * counted in coverage, for a person to confirm or reject. It applies to scores of whole texts (method ngram…,
 * cluster, peer-consensus); a member found through one of its sentences (method `sentence`) passed
 * SENTENCE_TUNING's own bounds, and an inferred city clause's link to the province mirrors its members' links.
 * SUCCEEDS edges say candidate by their own evidence (succession.ts).
 */
export const CANDIDATE_SCORE = 0.15;

/** Whether an IMPLEMENTS or CORRESPONDS_TO edge of this score and method is a candidate (CANDIDATE_SCORE). */
export function isCandidate(score: number, method: string): boolean {
  return method !== 'sentence' && method !== 'inferred-skeleton' && score < CANDIDATE_SCORE;
}

/** Score rounded for display and stable output. */
export function score3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
