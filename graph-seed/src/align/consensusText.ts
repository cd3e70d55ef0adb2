/**
 * The title and text of an inferred superior clause, built from what its implementers share (issue 12): the sentences
 * of the most typical implementing clause that other localities also write (a quarter of the others at least, one at
 * least), in its order, each figure the range those localities give (750～1000台(套)) unless they give the same, and
 * everything in the superior's words (neutralText.ts). A clause only one locality carries has its heading and no
 * more: a single locality's sentences are not the superior's.
 */
import { cosine, matchText, termVector, type TermVector } from './ngrams';
import type { Neutralizer } from './neutralText';
import { clauseToken } from './edgeMemo';
import { GenerationCache, sequenceKey } from './keptResults';
import { sentencesOf as measureSentences } from './measureWords';
import { rankedTitles, simplifiedTitle, type ClauseProfile } from './profiles';

/** Two sentences this alike (bigram cosine, figures folded) say the same. */
export const SHARED_SENTENCE = 0.45;

interface Sentence {
  raw: string;
  vector: TermVector;
}

const RESPONSIBILITY = /[(（〔<][^()（）〔〕]*?[責责]任[單单]位[:：][\s\S]*?(?:[)）〕>]|$)/g;
/** A figure and the (up to two) characters after it that say what it counts: 100万, 750台, 20%, 2025年. */
const FIGURE = /(\d+(?:\.\d+)?)([^\d\s,，、。；;:：()（）]{0,2})/g;

// A clause's sentences depend on its text and the idf table: made once per idf table (every alignment of a family
// infers its skeleton again).
const sentenceCache = new WeakMap<Map<string, number>, WeakMap<object, Sentence[]>>();

function sentencesOf(profile: ClauseProfile, idf: Map<string, number>): Sentence[] {
  let byClause = sentenceCache.get(idf);
  if (!byClause) sentenceCache.set(idf, (byClause = new WeakMap()));
  let sentences = byClause.get(profile.clause);
  if (!sentences) byClause.set(profile.clause, (sentences = clauseSentences(profile, idf)));
  return sentences;
}

function clauseSentences(profile: ClauseProfile, idf: Map<string, number>): Sentence[] {
  // A sentence the measures' words also split off (measureWords.ts splits at ！？ as well, and keeps longer ones) is
  // the same text, so the same vector: shared, not made and kept a second time (some 55 MB at 1,000 documents).
  const made = new Map(measureSentences(profile, idf).map((s) => [s.raw, s]));
  return (
    profile.clause.textSimplified
      .replace(RESPONSIBILITY, '')
      .split(/[。；;]/)
      .slice(1)
      .map((raw) => raw.trim())
      // What a responsibility list leaves when its brackets nest (、市科技局、市人力社保局)) is no sentence.
      .filter((raw) => matchText(raw).length >= 4 && !/^[、,，)）]/.test(raw))
      .map((raw) => made.get(raw) ?? { raw, vector: termVector(matchText(raw), idf) })
  );
}

/** The figures of a sentence by what they count (the characters after them), in order. */
function figuresByKind(sentence: string): Map<string, number[]> {
  const byKind = new Map<string, number[]>();
  for (const [, figure, kind] of sentence.matchAll(FIGURE))
    byKind.set(kindOf(kind ?? ''), [...(byKind.get(kindOf(kind ?? '')) ?? []), Number(figure)]);
  return byKind;
}

/** What a figure counts, its range marks folded (15-20年, 15—20年). */
const kindOf = (kind: string) => kind.replace(/[-—–~～]/g, '-');

/**
 * A sentence with each figure the range of the figures the matching sentences write in its place — the same rank
 * among as many figures counting the same thing (万元, 台) — or “…” when one of them writes another number of them
 * (分别给予最高100万元、25万元 against five rewards): no single locality's figure is kept unless the others write it.
 */
function withRanges(base: string, matches: string[]): string {
  const own = figuresByKind(base);
  const others = matches.map(figuresByKind);
  const seen = new Map<string, number>();
  return base.replace(FIGURE, (whole, figure: string, written: string) => {
    const kind = kindOf(written);
    const rank = seen.get(kind) ?? 0;
    seen.set(kind, rank + 1);
    const count = own.get(kind)?.length;
    const aligned = others.every((byKind) => byKind.get(kind)?.length === count);
    const values = [Number(figure), ...others.map((byKind) => byKind.get(kind)?.[rank])];
    if (!aligned || values.some((v) => v === undefined)) return `…${written}`;
    const [min, max] = [Math.min(...(values as number[])), Math.max(...(values as number[]))];
    return min === max ? whole : `${min}～${max}${written}`;
  });
}

/** The consensus of the sources: title, text, and how much of it a source says (weightOf). */
export interface Consensus {
  title: string;
  text: string;
  /**
   * The weight of an implementing clause in the consensus, 0–1: the share of its heading and kept sentences the
   * clause also writes (its heading counts for every source).
   */
  weightOf: (source: ClauseProfile) => number;
}

// Consensuses by their inputs' identities (keptResults.ts): an import infers every measure of the family's stubs again,
// and most measures keep their speaking sources.
const consensusKept = new GenerationCache<string, Consensus>(8_000);

/**
 * The consensus of an inferred clause's sources, kept by what it reads: the sources' clauses (objects, never
 * mutated) and policies, the idf table and the neutralizer (one per superior).
 * @param sources the implementing clauses that speak for it, the most typical first (the text follows its order).
 */
export function consensusOf(sources: ClauseProfile[], idf: Map<string, number>, neutral: Neutralizer): Consensus {
  const key = `${sequenceKey([idf, neutral, ...sources.map((p) => p.clause)])}|${sources.map((p) => p.policyId).join(',')}`;
  let consensus = consensusKept.get(key);
  if (!consensus) consensusKept.set(key, (consensus = computeConsensus(sources, idf, neutral)));
  return consensus;
}

function computeConsensus(sources: ClauseProfile[], idf: Map<string, number>, neutral: Neutralizer): Consensus {
  const titles = rankedTitles(sources.map((p) => simplifiedTitle(p.clause)));
  const title = neutral.title(titles.find((t) => !neutral.namesLocality(t)) ?? titles[0] ?? '');
  const localities = new Set(sources.map((p) => p.policyId)).size;
  const needed = Math.max(1, Math.ceil((localities - 1) / 4));
  const [base, ...others] = sources;
  const otherSentences = others.map((p) => ({ profile: p, sentences: sentencesOf(p, idf) }));
  const kept: string[] = [];
  const keptVectors: TermVector[] = [];
  for (const sentence of base ? sentencesOf(base, idf) : []) {
    const matches = new Map<string, { profile: ClauseProfile; raw: string; score: number }>();
    for (const { profile, sentences } of otherSentences) {
      if (profile.policyId === base!.policyId) continue;
      for (const other of sentences) {
        const score = cosine(sentence.vector, other.vector);
        const known = matches.get(profile.policyId);
        if (score >= SHARED_SENTENCE && (!known || score > known.score))
          matches.set(profile.policyId, { profile, raw: other.raw, score });
      }
    }
    if (matches.size < needed) continue;
    const said = neutral.sentence(
      withRanges(
        sentence.raw,
        [...matches.values()].map((m) => m.raw),
      ),
    );
    if (said === null || neutral.namesLocality(said)) continue;
    kept.push(said);
    keptVectors.push(sentence.vector);
  }
  // Asked for every member of the measure by every alignment of the family: kept per clause with the consensus, by
  // the clause's identity token (a weak map made each member of each measure an ephemeron).
  const weights = new Map<number, number>();
  const weightOf = (source: ClauseProfile) => {
    const token = clauseToken(source.clause);
    let weight = weights.get(token);
    if (weight !== undefined) return weight;
    const own = sentencesOf(source, idf);
    const said = keptVectors.filter((v) => own.some((s) => cosine(v, s.vector) >= SHARED_SENTENCE)).length;
    weights.set(token, (weight = Math.round(((1 + said) / (1 + keptVectors.length)) * 1000) / 1000));
    return weight;
  };
  return { title, text: [title, ...kept].join('。') + '。', weightOf };
}
