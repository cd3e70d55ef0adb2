import type { Clause, PolicyDocument } from '../model/document';
import type { GraphEdge } from '../model/graph';
import { alignAreas } from './areas';
import { passageWeight } from './evidence';
import { linkProperties, methodOf, score3 } from './links';
import { measurePools } from './measurePool';
import { cosine, matchText } from './ngrams';
import { measuresMetric, type QuantityChange } from './quantityChanges';
import { scorePairs, type PairScore } from './pairScores';
import { carriesTarget, sharesTargetObject } from './successionFacts';
import { MIN_PASSAGE, sharedPassages } from './passages';
import { profileClauses, simplifiedTitle, type ClauseProfile } from './profiles';

/**
 * How a newer clause is found to carry content of an older clause of the same locality, measured by
 * bench/alignment.ts against the labelled successions (秀洲 2024 draft → 2025). Weights of shared verbatim passages
 * are passageWeight's: what a passage says beyond ordinary policy wording.
 */
export const SUCCESSION_TUNING = {
  /** Pairs below this score are not looked at: they share little beyond the words of every clause. */
  floor: 0.05,
  /** A pair shares more than one ordinary phrase when its shared passages weigh this much (推动工业 alone: ~1). */
  beyondOrdinary: 6,
  /** One passage this heavy is content carried over, whatever else changed (嘉兴生产服务型国家物流枢纽平台: 19). */
  carried: 11,
  /** Two clauses each other's best counterpart at this score or more succeed each other. */
  mutual: 0.1,
  /** A clause's best counterpart at this score or more (SUCCESSION_FAIR)… */
  fair: 0.15,
  /** …is firm when a shared passage weighs this much, and otherwise a candidate. */
  named: 7,
  /**
   * Shared passages weighing this much make a clause's best counterpart by its text and by the other's measure
   * (measurePool.ts) firm, from a score of `mutual`.
   */
  bothViews: 10,
  /**
   * One clause's whole heading restated inside the other's text, weighing this much (passageWeight), is the older
   * measure named by the newer text (2025 持续做旺文旅消费 …立足于打造消费新场景 carries 2024 打造消费新场景: 7.9).
   */
  restated: 6,
} as const;

/**
 * Pairs (newer, older) of documents of the same region: each document and the latest earlier one. Looked for among
 * the region's own documents (a scan of the whole corpus for each document cost n²).
 */
export function successions(docs: PolicyDocument[]): Array<[PolicyDocument, PolicyDocument]> {
  const byRegion = new Map<string, PolicyDocument[]>();
  for (const doc of docs) {
    const own = byRegion.get(doc.policy.region.code);
    if (own) own.push(doc);
    else byRegion.set(doc.policy.region.code, [doc]);
  }
  const pairs: Array<[PolicyDocument, PolicyDocument]> = [];
  for (const newer of docs) {
    const older = byRegion
      .get(newer.policy.region.code)!
      .filter((d) => d.policy.year < newer.policy.year)
      .sort((a, b) => b.policy.year - a.policy.year || a.policy.id.localeCompare(b.policy.id))[0];
    if (older) pairs.push([newer, older]);
  }
  return pairs;
}

/** What two clauses of one locality share verbatim: all passages' weight and the heaviest one's. */
interface Reuse {
  total: number;
  heaviest: number;
  /** The weight of a heading of one clause found whole in the body of the other (0 when none is). */
  restated: number;
}

/** The weight of `heading`'s clause heading when `other`'s text restates it past its own heading; else 0. */
function restatedHeading(heading: ClauseProfile, other: ClauseProfile, idf: Map<string, number>): number {
  const title = matchText(simplifiedTitle(heading.clause));
  const at = other.text.indexOf(title, matchText(simplifiedTitle(other.clause)).length);
  return title.length >= MIN_PASSAGE && at >= 0 ? passageWeight(title, idf) : 0;
}

function reuseOf(pair: PairScore, idf: Map<string, number>): Reuse {
  const weights = sharedPassages(pair.a.text, pair.b.text).passages.map((p) => passageWeight(p, idf));
  const restated = Math.max(restatedHeading(pair.a, pair.b, idf), restatedHeading(pair.b, pair.a, idf));
  return { total: weights.reduce((sum, w) => sum + w, 0), heaviest: Math.max(0, ...weights), restated };
}

/** Whether a pair is the best of its newer clause and of its older clause, by one of the two views. */
interface Best {
  newer: boolean;
  older: boolean;
}

/** Each clause's best value against the other document, for both documents, by `value`. */
function bestBy(pairs: PairScore[], value: (p: PairScore) => number): (p: PairScore) => Best {
  const newer = new Map<string, number>();
  const older = new Map<string, number>();
  for (const p of pairs) {
    newer.set(p.a.clause.id, Math.max(newer.get(p.a.clause.id) ?? 0, value(p)));
    older.set(p.b.clause.id, Math.max(older.get(p.b.clause.id) ?? 0, value(p)));
  }
  return (p) => ({ newer: value(p) === newer.get(p.a.clause.id), older: value(p) === older.get(p.b.clause.id) });
}

/** What is known of one pair: its reuse, and whether it is a best counterpart by the texts and by the measure. */
interface Evidence {
  reuse: Reuse;
  best: Best;
  poolBest: Best;
  /** One of the clauses only appropriates money (its figures are all budgets): it carries no measure of its own. */
  budget: boolean;
}

/**
 * Whether a newer clause carries content of an older one: 'firm', 'candidate' (shown apart, for a person to decide)
 * or null. Firm: the texts say the same (an accepted pair, sharing more than one ordinary phrase); a heavy passage
 * carried over; one clause's whole heading restated in the other's text; each other's best counterpart; one's best
 * counterpart both by the texts and by the older text and the newer clause's measure, with several terms in common;
 * a target figure carried over with its object, or the newer clause's best counterpart naming the object one of
 * them counts (successionFacts.ts: the drafter kept the object and rewrote the sentence); or one's best with a named
 * term in common. A clause that only appropriates money (2024年预算安排0.69亿元…; a newer document states its
 * budgets in the area's preamble) succeeds only on the first two.
 */
function decide(pair: PairScore, { reuse, best, poolBest, budget }: Evidence): 'firm' | 'candidate' | null {
  const t = SUCCESSION_TUNING;
  const beyondOrdinary = reuse.total >= t.beyondOrdinary;
  if (pair.accepted && beyondOrdinary) return 'firm';
  if (reuse.heaviest >= t.carried) return 'firm';
  if (budget) return null;
  if (reuse.restated >= t.restated) return 'firm';
  if (best.newer && best.older && pair.score >= t.mutual && beyondOrdinary) return 'firm';
  const bothViews = (best.newer && poolBest.newer) || (best.older && poolBest.older);
  if (bothViews && pair.score >= t.mutual && reuse.total >= t.bothViews) return 'firm';
  if (carriesTarget(pair.a, pair.b)) return 'firm';
  if (best.newer && sharesTargetObject(pair.a, pair.b)) return 'firm';
  if ((best.newer || best.older) && pair.score >= t.fair) {
    if (reuse.heaviest >= t.named) return 'firm';
    if (beyondOrdinary) return 'candidate';
  }
  return null;
}

const NO_PEERS = (): readonly Clause[] => [];

/** Whether every figure of a clause is a budget (and it has one): an appropriation, not a measure. */
function onlyBudget(clause: Clause): boolean {
  const figures = [...clause.amounts, ...clause.targets];
  return figures.length > 0 && figures.every((q) => q.role === 'BUDGET');
}

/**
 * SUCCEEDS edges from the clauses of a newer document to the clauses of the older one of the same locality whose
 * content they carry, many-to-one and one-to-many (秀洲 2025 推进乡村产业振兴 carries three 2024 rural clauses; the
 * 2024 外贸 clause went into three 2025 clauses). Each edge says how much of the older text went over
 * (`reproduction`, verbatim share), and an edge on weaker evidence is a `candidate`.
 * @param peersOf the clauses of other localities that carry the same measures as a newer clause (its peers in the
 *   newer document's family), whose words join its own to compare with the older text (measurePool.ts).
 */
export function succeed(
  newer: PolicyDocument,
  older: PolicyDocument,
  idf: Map<string, number>,
  peersOf: (clauseId: string) => readonly Clause[] = NO_PEERS,
): GraphEdge[] {
  const [a, b] = profileClauses([newer, older], idf);
  const scored = scorePairs(a ?? [], b ?? [], alignAreas(newer, older, idf)).filter(
    (p) => p.score >= SUCCESSION_TUNING.floor,
  );
  // Only the newer clauses of some scored pair are compared with a pool.
  const pools = measurePools([...new Set(scored.map((p) => p.a.clause))], peersOf, idf);
  const poolScore = new Map(scored.map((p) => [p, cosine(p.b.body, pools.get(p.a.clause.id) ?? p.a.body)]));
  const best = bestBy(scored, (p) => p.score);
  const poolBest = bestBy(scored, (p) => poolScore.get(p) ?? 0);
  const edges: GraphEdge[] = [];
  const linked: PairScore[] = [];
  for (const pair of scored) {
    const budget = onlyBudget(pair.a.clause) || onlyBudget(pair.b.clause);
    const decision = decide(pair, { reuse: reuseOf(pair, idf), best: best(pair), poolBest: poolBest(pair), budget });
    if (!decision) continue;
    edges.push(successionEdge(pair, idf, decision === 'candidate'));
    linked.push(pair);
  }
  return withoutChangesMadeElsewhere(edges, linked);
}

const figuresOf = (c: Clause) => [...c.amounts, ...c.targets];

/**
 * When an older clause went into several newer ones (or a newer one gathers several older ones), a figure the other
 * end lacks may sit in a sibling: 2024's 重点展会70个 is not removed by 2025's 出口风险 clause when the 展会 clause
 * keeps it. Such a figure is neither removed nor added on this edge.
 */
function withoutChangesMadeElsewhere(edges: GraphEdge[], pairs: PairScore[]): GraphEdge[] {
  const successors = new Map<string, Clause[]>();
  const predecessors = new Map<string, Clause[]>();
  for (const { a, b } of pairs) {
    successors.set(b.clause.id, [...(successors.get(b.clause.id) ?? []), a.clause]);
    predecessors.set(a.clause.id, [...(predecessors.get(a.clause.id) ?? []), b.clause]);
  }
  return edges.map((edge) => {
    const elsewhere = (change: QuantityChange) => {
      const siblings = change.change === 'removed' ? successors.get(edge.to) : predecessors.get(edge.from);
      const others = (siblings ?? []).filter((c) => c.id !== edge.from && c.id !== edge.to).flatMap(figuresOf);
      return (
        (change.change === 'removed' || change.change === 'added') && measuresMetric(others, change.metric, change.unit)
      );
    };
    const changes = JSON.parse(String(edge.properties.changedQuantities)) as QuantityChange[];
    const kept = changes.filter((change) => !elsewhere(change));
    return kept.length === changes.length
      ? edge
      : { ...edge, properties: { ...edge.properties, changedQuantities: JSON.stringify(kept) } };
  });
}

function successionEdge(pair: PairScore, idf: Map<string, number>, candidate: boolean): GraphEdge {
  const [source, target] = [pair.a.clause, pair.b.clause];
  const { evidence, reproduction, changedQuantities } = linkProperties(
    { id: source.id, textSimplified: source.textSimplified, quantities: figuresOf(source) },
    { id: target.id, textSimplified: target.textSimplified, quantities: figuresOf(target) },
    idf,
    false,
  );
  const properties = {
    score: score3(pair.score),
    method: methodOf(pair),
    evidence,
    reproduction,
    changedQuantities,
    candidate,
  };
  return { type: 'SUCCEEDS', from: source.id, to: target.id, properties };
}
