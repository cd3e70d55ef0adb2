import type { Clause } from '../model/document';
import type { GraphEdge } from '../model/graph';
import type { Family } from './family';
import type { FamilyClustering, PlacedCluster } from './familyClusters';
import { linkProperties, methodOf, score3, type LinkEnd } from './links';
import type { ClauseProfile } from './profiles';

/** A measure carried by at most this many documents links every pair of its peer clauses (CORRESPONDS_TO). */
export const ALL_PEERS_UP_TO = 8;
/** In a larger measure, each clause keeps its edge to the measure's hub and to this many best-scoring peers. */
export const BEST_PEERS = 6;

export const linkEnd = (c: Clause): LinkEnd => ({
  id: c.id,
  textSimplified: c.textSimplified,
  quantities: [...c.amounts, ...c.targets],
  words: c,
});

// Memoized per cluster: IMPLEMENTS scores ask for every member's cohesion, and a province's measures have a hundred.
const cohesions = new WeakMap<PlacedCluster, Map<string, number>>();

/** Mean pair score of a clause with the cluster's exemplars of other documents: how firmly it belongs. */
export function cohesion(clustering: FamilyClustering, cluster: PlacedCluster, clauseId: string): number {
  let known = cohesions.get(cluster);
  if (!known) cohesions.set(cluster, (known = new Map()));
  const memo = known.get(clauseId);
  if (memo !== undefined) return memo;
  const policyId = clauseId.slice(0, clauseId.lastIndexOf('/'));
  const others = cluster.exemplars.filter((m) => m.policyId !== policyId);
  const scores = others.map((m) => clustering.pairOf(clauseId, m.clause.id)?.score ?? 0);
  const value = scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length;
  known.set(clauseId, value);
  return value;
}

type PeerPair = [ClauseProfile, ClauseProfile];

/**
 * The pairs of peers a large measure keeps: each clause with the hub (the most cohesive exemplar, so any two peers
 * are at most two steps apart) and with its BEST_PEERS best-scoring exemplars. A hundred localities would otherwise
 * give each measure five thousand edges that say little more than the measure itself (every member IMPLEMENTS it).
 * @returns the pairs, smaller clause id first, in the order of their first member's place in `members`.
 */
function boundedPairs(clustering: FamilyClustering, cluster: PlacedCluster, members: ClauseProfile[]): PeerPair[] {
  const peers = new Set(members.map((m) => m.policyId));
  const exemplars = cluster.exemplars.filter((m) => peers.has(m.policyId));
  const score = (a: ClauseProfile, b: ClauseProfile) => clustering.pairOf(a.clause.id, b.clause.id)?.score ?? 0;
  const weight = exemplars.map((m) => cohesion(clustering, cluster, m.clause.id));
  const hub = exemplars[weight.indexOf(Math.max(...weight))];
  const chosen = new Map<string, PeerPair>();
  const choose = (a: ClauseProfile, b: ClauseProfile) => {
    const pair: PeerPair = a.clause.id < b.clause.id ? [a, b] : [b, a];
    chosen.set(`${pair[0].clause.id}->${pair[1].clause.id}`, pair);
  };
  for (const a of members) {
    if (hub && hub.policyId !== a.policyId) choose(a, hub);
    const ranked = exemplars
      .filter((b) => b.policyId !== a.policyId)
      .map((b) => ({ b, score: score(a, b) }))
      .sort((x, y) => y.score - x.score);
    for (const { b } of ranked.slice(0, BEST_PEERS)) choose(a, b);
  }
  const position = new Map(members.map((m, i) => [m, i]));
  const at = (p: ClauseProfile) => position.get(p) ?? 0;
  return [...chosen.values()].sort(([a, b], [c, d]) => at(a) - at(c) || at(b) - at(d));
}

/** Every unordered pair of peer clauses of different documents, smaller id first, in member order. */
function allPairs(members: ClauseProfile[]): PeerPair[] {
  const pairs: PeerPair[] = [];
  for (const a of members)
    for (const b of members) if (a.policyId !== b.policyId && a.clause.id < b.clause.id) pairs.push([a, b]);
  return pairs;
}

/**
 * One CORRESPONDS_TO per unordered pair of peer clauses sharing a measure, from the smaller id to the larger: every
 * pair when the measure has at most ALL_PEERS_UP_TO documents, else the pairs boundedPairs keeps.
 */
export function correspondsEdges(family: Family, clustering: FamilyClustering, idf: Map<string, number>): GraphEdge[] {
  const peers = new Set(family.implementers.map((i) => i.doc.policy.id));
  const edges = new Map<string, GraphEdge>();
  for (const cluster of clustering.clusters) {
    const members = cluster.members.filter((m) => peers.has(m.policyId));
    const bounded = new Set(members.map((m) => m.policyId)).size > ALL_PEERS_UP_TO;
    for (const [a, b] of bounded ? boundedPairs(clustering, cluster, members) : allPairs(members)) {
      const key = `${a.clause.id}->${b.clause.id}`;
      if (edges.has(key)) continue;
      const pair = clustering.pairOf(a.clause.id, b.clause.id);
      if (!pair) continue;
      const properties = {
        score: score3(pair.score),
        method: methodOf(pair),
        ...linkProperties(linkEnd(a.clause), linkEnd(b.clause), idf, true),
      };
      edges.set(key, { type: 'CORRESPONDS_TO', from: a.clause.id, to: b.clause.id, properties });
    }
  }
  return [...edges.values()];
}
