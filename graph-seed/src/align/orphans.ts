import type { MeasureCluster } from './types';
import { cosine } from './ngrams';
import type { FamilyPairs } from './familyPairs';
import { PAIR_TUNING } from './pairScores';
import type { ClauseProfile } from './profiles';

/** The cluster a clause is a primary member of, by clause id. */
function primaryHomes(clusters: MeasureCluster[]): Map<string, MeasureCluster> {
  const homes = new Map<string, MeasureCluster>();
  for (const cluster of clusters)
    for (const m of cluster.members) if (!cluster.secondary.has(m.clause.id)) homes.set(m.clause.id, cluster);
  return homes;
}

/** The strongest accepted partner of `p` that is a primary member of a measure. */
function bestPartner(p: ClauseProfile, pairs: FamilyPairs, homes: Map<string, MeasureCluster>) {
  return pairs
    .touching(p)
    .filter((q) => q.accepted && q.score >= PAIR_TUNING.strong && (q.a === p || q.b === p))
    .map((q) => ({ partner: q.a === p ? q.b : q.a, score: q.score }))
    .filter(({ partner }) => homes.has(partner.clause.id))
    .sort((x, y) => y.score - x.score)[0]?.partner;
}

/**
 * Whether `p`'s document splits the partner's measure over two clauses rather than keeping apart two measures the
 * partner merges. The headings tell: in a split the sibling carries the partner's heading (平湖 c11 因地制宜布局发展
 * 未来产业 = 秀洲 c10, and c12 推动算力赋能人工智能产业发展 carries the rest); in a merge the orphan names part of what
 * the partner's heading says (秀洲 c9 推动企业数字化、绿色化改造… ↔ 平湖 c10 加快绿色化转型).
 */
function splitsMeasure(p: ClauseProfile, partner: ClauseProfile, siblings: ClauseProfile[]): boolean {
  const own = cosine(p.title, partner.title);
  return siblings.some((s) => cosine(s.title, partner.title) > own);
}

/**
 * Places the clauses left out of every measure although they strongly match a clause that sits in one (their
 * partner), because their own document already has a clause there (a sibling): a split joins the partner's measure
 * as a secondary member; a merge forms a new measure of the partner (secondary) and the orphan. A clause without a
 * sibling there stays out: it shares wording with one member but not the measure (the first pass refused it).
 * @param clusters the measures so far; split members are added to them in place.
 * @returns the new measures.
 */
export function placeOrphans(profiles: ClauseProfile[][], pairs: FamilyPairs, clusters: MeasureCluster[]) {
  const homes = primaryHomes(clusters);
  const placed = new Set(clusters.flatMap((c) => c.members.map((m) => m.clause.id)));
  const byPartner = new Map<ClauseProfile, MeasureCluster>();
  for (const p of profiles.flat().filter((q) => !placed.has(q.clause.id))) {
    const partner = bestPartner(p, pairs, homes);
    const home = partner && homes.get(partner.clause.id);
    if (!partner || !home) continue;
    const siblings = home.members.filter((m) => m.docIndex === p.docIndex);
    if (siblings.length === 0) continue;
    if (splitsMeasure(p, partner, siblings)) {
      home.members.push(p);
      home.secondary.add(p.clause.id);
      continue;
    }
    const cluster = byPartner.get(partner) ?? { members: [partner], secondary: new Set([partner.clause.id]) };
    if (cluster.members.some((m) => m.docIndex === p.docIndex)) continue;
    cluster.members.push(p);
    byPartner.set(partner, cluster);
  }
  return [...byPartner.values()];
}
