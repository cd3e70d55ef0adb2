import type { Quantity } from '../model/document';
import type { Properties } from '../model/graph';
import { bigrams, matchText } from './ngrams';
import { keptShare, mutualShare, sharedPassages } from './passages';
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

// Verbatim form: responsibility list and punctuation dropped, digits kept (a changed amount breaks a passage).
function verbatim(text: string): string {
  return text
    .replace(/[(（〔<][^()（）〔〕]*?责任单位[:：][\s\S]*?(?:[)）〕>]|$)/g, '')
    .replace(/[^\u4e00-\u9fffA-Za-z0-9.%]+/g, '');
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
  let byIdf = memo.get(idf);
  if (!byIdf) memo.set(idf, (byIdf = [new WeakMap(), new WeakMap()]));
  const bySource = byIdf[symmetric ? 1 : 0];
  let byTarget = bySource.get(source.words);
  if (!byTarget) bySource.set(source.words, (byTarget = new WeakMap()));
  let found = byTarget.get(target.words);
  if (!found) byTarget.set(target.words, (found = computeLinkProperties(source, target, idf, symmetric)));
  return found;
}

type LinkProperties = ReturnType<typeof computeLinkProperties>;
const memo = new WeakMap<
  Map<string, number>,
  [WeakMap<object, WeakMap<object, LinkProperties>>, WeakMap<object, WeakMap<object, LinkProperties>>]
>();

function computeLinkProperties(source: LinkEnd, target: LinkEnd, idf: Map<string, number>, symmetric: boolean) {
  const shared = sharedPassages(verbatim(source.textSimplified), verbatim(target.textSimplified));
  const passages = shared.passages
    .slice(0, EVIDENCE_ITEMS)
    .map((p) => (p.length > EVIDENCE_LENGTH ? `${p.slice(0, EVIDENCE_LENGTH)}…` : p));
  const evidence =
    passages.length > 0
      ? passages
      : rareBigrams(matchText(source.textSimplified), matchText(target.textSimplified), idf);
  return {
    evidence,
    reproduction: symmetric ? mutualShare(shared) : keptShare(shared),
    changedQuantities: JSON.stringify(compareQuantities(source.quantities, target.quantities)),
  } satisfies Properties;
}

/** How a pair was decided, for the edge's `method`: n-gram similarity plus the signals that agreed. */
export function methodOf(pair: { sameArea: boolean; inOrder: boolean; accepted: boolean }): string {
  if (!pair.accepted) return 'cluster';
  return ['ngram', pair.sameArea ? 'area' : '', pair.inOrder ? 'order' : ''].filter(Boolean).join('+');
}

/** Score rounded for display and stable output. */
export function score3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
