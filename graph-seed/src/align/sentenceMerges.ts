/**
 * Sub-clause matching (issue 16): a clause that merges a second measure into a sentence or two (海宁 (十三)
 * 持续做旺文体旅消费 hosts 追潮马拉松 and 国家级体育赛事 — the 赛事经济 measure; 湖州 (三十) 积极培育外贸新模式 holds
 * 跨境电商 and 出口信用保险) does not look like that measure's clauses as a whole, so clause-level alignment leaves
 * the locality with a false gap. Each sentence after the heading is compared with every measure's words (its
 * primary exemplars pooled, the locality's own clauses left out: measureWords.ts); the measure a sentence says best,
 * clearly ahead of every other (SENTENCE_TUNING), is one the clause carries.
 *
 * Three passes, each linear in the family's documents:
 * 1. Gaps: a clause carries a measure its locality otherwise lacks through one sentence. A locality that has its own
 *    clause for the measure is not given a second one for a sentence (秀洲 (五) names the 科创平台“伙伴计划” that its
 *    (一) carries).
 * 2. Leftovers: a clause in no measure carries each measure one of its sentences says clearly (not merely naming
 *    it), beside the locality's own clause for it (湖州 (三十八) 优化用地要素保障 holds the 省重大产业项目用地指标 of
 *    营造投资环境; (二十七) 持续实施交通便利政策 the freight tolls of 降低全社会物流成本). A local addition says no
 *    measure clearly (湖州's 创新券, 科技奖励, 个体工商户 and 蓄水池 clauses: at most 0.17, a few hundredths ahead).
 * 3. New measures: a sentence of one locality that says a clause of another better than any measure, when that clause
 *    is in no measure, makes a measure of the two (湖州 (四十三) 城乡有机更新 and 秀洲 (四十) 促进城乡提升's
 *    城乡风貌样板区、未来社区和美丽城镇). Only the clauses of the core's documents are looked for: a bounded set.
 */
import type { MeasureCluster } from './cluster';
import { bestMeasure, carries, MeasureWords, sentencesOf, type Sentence } from './measureWords';
import type { ClauseProfile } from './profiles';

/** A clause carrying a measure through one of its sentences. */
export interface SentenceMembership {
  cluster: MeasureCluster;
  profile: ClauseProfile;
  /** The sentence as written (Simplified) and its likeness to the measure's words. */
  sentence: string;
  score: number;
  /** How far ahead of the next measure the sentence is. */
  margin: number;
}

/** What the three passes found: memberships of existing measures, and new measures of two clauses. */
export interface SentenceMatches {
  memberships: SentenceMembership[];
  /** New measures: a clause in no measure (primary) and the clause whose sentence says it (secondary). */
  created: Array<{ cluster: MeasureCluster; membership: SentenceMembership }>;
}

interface Context {
  clusters: MeasureCluster[];
  words: MeasureWords;
  idf: Map<string, number>;
  /** The documents with a member in each measure. */
  carriers: Map<MeasureCluster, Set<number>>;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Each sentence of a clause with the measure it says best, when it says one (carries): clearly, or by naming it too
 * unless `clearly`.
 */
function sayings(
  profile: ClauseProfile,
  targets: MeasureCluster[],
  { words, idf }: Context,
  clearly = false,
  named = (cluster: MeasureCluster) => words.nameTerms(cluster, profile.docIndex),
) {
  const said: Array<{ sentence: Sentence; cluster: MeasureCluster; score: number; margin: number }> = [];
  for (const sentence of sentencesOf(profile, idf)) {
    const { best, score, margin } = bestMeasure(sentence, targets, words, profile.docIndex);
    if (!best) continue;
    const names = () => (clearly ? NO_NAMES : named(best));
    if (carries(sentence, names, score, margin)) said.push({ sentence, cluster: best, score, margin });
  }
  return said;
}

/** A gap filled through a sentence, by positions: the measure's in the list of measures, the clause's in its document. */
interface KeptGap {
  cluster: number;
  clause: number;
  sentence: string;
  score: number;
  margin: number;
}

/**
 * A document's pass 1, kept with its first clause (its clauses are never changed once parsed) and the question it
 * answered: the pools of every measure without the document (by identity: MeasureWords.poolsKey, which `near` and
 * `bestMeasure` read), which of them are its gaps, and the names of each measure it asked for (the holders of a
 * heading term change as documents are added, so they are asked again before a kept answer is used). An import
 * adds one document to a family of a thousand: the others' answers hold.
 */
const keptGaps = new WeakMap<object, { key: string; names: Map<number, readonly string[]>; gaps: KeptGap[] }>();

/** Whether the names a kept answer asked for are still the measures' names for the document. */
function sameNames(
  kept: ReadonlyMap<number, readonly string[]>,
  clusters: MeasureCluster[],
  words: MeasureWords,
  docIndex: number,
) {
  let same = true;
  kept.forEach((terms, k) => (same &&= words.namesAre(clusters[k]!, docIndex, terms)));
  return same;
}

/** Pass 1: per document, the gaps its clauses' sentences fill (the best sentence per gap). */
function fillGaps(profiles: ClauseProfile[], context: Context): SentenceMembership[] {
  const docIndex = profiles[0]?.docIndex;
  if (docIndex === undefined) return [];
  const { clusters, words } = context;
  const gapIndices: number[] = [];
  clusters.forEach((c, k) => {
    if (!context.carriers.get(c)?.has(docIndex)) gapIndices.push(k);
  });
  const key = `${words.poolsKey(clusters, docIndex, 'best')}|${profiles.length}|${gapIndices.join(',')}`;
  const owner = profiles[0]!.clause;
  const kept = keptGaps.get(owner);
  if (kept?.key === key && sameNames(kept.names, clusters, words, docIndex))
    return kept.gaps.map((g) => ({
      cluster: clusters[g.cluster]!,
      profile: profiles[g.clause]!,
      sentence: g.sentence,
      score: g.score,
      margin: g.margin,
    }));
  const gapList = gapIndices.map((k) => clusters[k]!);
  const gaps = new Set(gapList);
  const names = new Map<number, readonly string[]>();
  const indexOf = new Map(clusters.map((c, k) => [c, k]));
  const named = (cluster: MeasureCluster) => {
    const terms = words.nameTerms(cluster, docIndex);
    names.set(indexOf.get(cluster)!, [...terms]);
    return terms;
  };
  const byGap = new Map<MeasureCluster, KeptGap>();
  profiles.forEach((profile, clause) => {
    // Only a sentence near some gap is compared with every measure.
    const near = sentencesOf(profile, context.idf).some((s) => words.near(s, gapList, docIndex));
    if (!near) return;
    for (const { sentence, cluster, score, margin } of sayings(profile, clusters, context, false, named)) {
      const known = byGap.get(cluster);
      if (gaps.has(cluster) && (!known || score > known.score))
        byGap.set(cluster, { cluster: indexOf.get(cluster)!, clause, sentence: sentence.raw, score, margin });
    }
  });
  const found = [...byGap.values()];
  keptGaps.set(owner, { key, names, gaps: found });
  return found.map((g) => ({
    cluster: clusters[g.cluster]!,
    profile: profiles[g.clause]!,
    sentence: g.sentence,
    score: g.score,
    margin: g.margin,
  }));
}

/** Pass 2: a clause in no measure joins each measure one of its sentences says clearly (its best such sentence). */
function splitLeftover(profile: ClauseProfile, context: Context): SentenceMembership[] {
  const byCluster = new Map<MeasureCluster, SentenceMembership>();
  for (const { sentence, cluster, score, margin } of sayings(profile, context.clusters, context, true)) {
    const known = byCluster.get(cluster);
    if (!known || score > known.score)
      byCluster.set(cluster, { cluster, profile, sentence: sentence.raw, score, margin });
  }
  return [...byCluster.values()];
}

/** A sentence of a document saying a lone clause (pass 3), by positions: the lone clause's, the clause's in its document. */
interface KeptSaying {
  lone: number;
  clause: number;
  sentence: string;
  score: number;
  margin: number;
}

/**
 * A document's sayings of lone clauses (pass 3), kept with its first clause and the question it answered: the pools
 * of every measure and lone clause without the document (by identity) and which lone clauses are its own (pass 3
 * reads no names).
 */
const keptSayings = new WeakMap<object, { key: string; said: KeptSaying[] }>();

/** The lone clauses (of `protos`) one document's sentences say clearly, in the order pass 3 weighs them. */
function saysLone(profiles: ClauseProfile[], targets: MeasureCluster[], protos: MeasureCluster[], context: Context) {
  const docIndex = profiles[0]?.docIndex;
  if (docIndex === undefined) return [];
  const own = protos.flatMap((p, k) => (p.members[0]!.docIndex === docIndex ? [k] : []));
  const key = `${context.words.poolsKey(targets, docIndex, 'best')}|${profiles.length}|${own.join(',')}`;
  const owner = profiles[0]!.clause;
  const kept = keptSayings.get(owner);
  if (kept?.key === key) return kept.said;
  const indexOf = new Map(protos.map((p, k) => [p, k]));
  const said: KeptSaying[] = [];
  profiles.forEach((profile, clause) => {
    const near = sentencesOf(profile, context.idf).some((s) => context.words.near(s, protos, docIndex));
    if (!near) return;
    for (const { sentence, cluster, score, margin } of sayings(profile, targets, context, true)) {
      const lone = indexOf.get(cluster);
      if (lone === undefined || cluster.members[0]!.docIndex === docIndex) continue;
      said.push({ lone, clause, sentence: sentence.raw, score, margin });
    }
  });
  keptSayings.set(owner, { key, said });
  return said;
}

/**
 * Pass 3: the clauses in no measure (of the core's documents) stand as measures of their own; a sentence of another
 * document that says one of them best, clearly, makes a new measure of the two.
 */
function newMeasures(documents: ClauseProfile[][], lone: ClauseProfile[], context: Context) {
  const protos = lone.map((profile) => ({ members: [profile], secondary: new Set<string>() }));
  const targets = [...context.clusters, ...protos];
  const created = new Map<MeasureCluster, SentenceMatches['created'][number]>();
  for (const profiles of documents)
    for (const { lone, clause, sentence, score, margin } of saysLone(profiles, targets, protos, context)) {
      const cluster = protos[lone]!;
      const known = created.get(cluster);
      if (known && known.membership.score >= score) continue;
      const membership = { cluster, profile: profiles[clause]!, sentence, score, margin };
      created.set(cluster, { cluster, membership });
    }
  return [...created.values()];
}

/**
 * The measures each document's clauses carry through their sentences (passes 1 to 3 above).
 * @param documents each implementing document's clause profiles (superior texts left out), in document order.
 * @param exemplars the members that speak for a measure (PlacedCluster.exemplars).
 * @param coreSize documents with a lower index are the core's: their lone clauses may start a new measure.
 */
export function sentenceMatches(
  clusters: MeasureCluster[],
  documents: ClauseProfile[][],
  exemplars: (cluster: MeasureCluster) => ClauseProfile[],
  idf: Map<string, number>,
  coreSize: number,
): SentenceMatches {
  const measures = new Set(clusters);
  // A lone clause standing as a measure (pass 3) speaks for itself and has no heading that names it.
  const words = new MeasureWords(
    (c) => (measures.has(c) ? exemplars(c) : c.members),
    (c) => measures.has(c),
  );
  words.indexHeadings(clusters, documents.flat());
  const carriers = new Map(clusters.map((c) => [c, new Set(c.members.map((m) => m.docIndex))]));
  const context: Context = { clusters, words, idf, carriers };
  const memberships = documents.flatMap((profiles) => fillGaps(profiles, context));
  const placed = new Set([...clusters.flatMap((c) => c.members), ...memberships.map((m) => m.profile)]);
  const leftovers = documents.flat().filter((p) => !placed.has(p));
  const splits = leftovers.flatMap((p) => splitLeftover(p, context));
  const split = new Set(splits.map((m) => m.profile));
  const lone = leftovers.filter((p) => !split.has(p) && p.docIndex < coreSize);
  return { memberships: [...memberships, ...splits], created: newMeasures(documents, lone, context) };
}
