import type { Clause } from '../model/document';
import type { GraphEdge } from '../model/graph';
import type { Family } from './family';
import type { FamilyClustering, PlacedCluster } from './familyClusters';
import { linkProperties, methodOf, score3, type LinkEnd } from './links';
import { clauseToken, memoizedEdges } from './edgeMemo';
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

/** The pair, smaller clause id first. */
const ordered = (a: ClauseProfile, b: ClauseProfile): PeerPair => (a.clause.id < b.clause.id ? [a, b] : [b, a]);

/**
 * The peers a member of a large measure keeps: the hub (the most cohesive exemplar, so any two peers are at most
 * two steps apart) and its BEST_PEERS best-scoring exemplars. A hundred localities would otherwise give each measure
 * five thousand edges that say little more than the measure itself (every member IMPLEMENTS it).
 */
function boundedPeers(clustering: FamilyClustering, a: ClauseProfile, exemplars: ClauseProfile[], hub?: ClauseProfile) {
  const score = (x: ClauseProfile, y: ClauseProfile) => clustering.pairOf(x.clause.id, y.clause.id)?.score ?? 0;
  const chosen = new Map<string, PeerPair>();
  const choose = (b: ClauseProfile) => {
    const pair = ordered(a, b);
    chosen.set(`${pair[0].clause.id}->${pair[1].clause.id}`, pair);
  };
  if (hub && hub.policyId !== a.policyId) choose(hub);
  const ranked = exemplars
    .filter((b) => b.policyId !== a.policyId)
    .map((b) => ({ b, score: score(a, b) }))
    .sort((x, y) => y.score - x.score);
  for (const { b } of ranked.slice(0, BEST_PEERS)) choose(b);
  return [...chosen.values()];
}

/** Every unordered pair of peer clauses of different documents, smaller id first, in member order. */
function allPairs(members: ClauseProfile[]): PeerPair[] {
  const pairs: PeerPair[] = [];
  for (const a of members)
    for (const b of members) if (a.policyId !== b.policyId && a.clause.id < b.clause.id) pairs.push([a, b]);
  return pairs;
}

function peerEdge(clustering: FamilyClustering, [a, b]: PeerPair, idf: Map<string, number>): GraphEdge[] {
  const pair = clustering.pairOf(a.clause.id, b.clause.id);
  if (!pair) return [];
  const properties = {
    score: score3(pair.score),
    method: methodOf(pair),
    ...linkProperties(linkEnd(a.clause), linkEnd(b.clause), idf, true),
  };
  return [{ type: 'CORRESPONDS_TO', from: a.clause.id, to: b.clause.id, properties }];
}

/**
 * CORRESPONDS_TO between peer clauses sharing a measure, from the smaller id to the larger: every pair when the
 * measure has at most ALL_PEERS_UP_TO documents, else each member with the hub and its best exemplars. In chunks:
 * one per small measure, one per member of a large one (kept across imports while its exemplars hold:
 * edgeMemo.ts). Two members may keep the same pair: the edge is then in both chunks, alike.
 */
export function correspondsEdges(
  family: Family,
  clustering: FamilyClustering,
  idf: Map<string, number>,
): GraphEdge[][] {
  const peers = new Set(family.implementers.map((i) => i.doc.policy.id));
  const chunks: GraphEdge[][] = [];
  for (const cluster of clustering.clusters) {
    const members = cluster.members.filter((m) => peers.has(m.policyId));
    if (new Set(members.map((m) => m.policyId)).size <= ALL_PEERS_UP_TO) {
      chunks.push(allPairs(members).flatMap((pair) => peerEdge(clustering, pair, idf)));
      continue;
    }
    const exemplars = cluster.exemplars.filter((m) => peers.has(m.policyId));
    const context = `peers|${exemplars.map((m) => clauseToken(m.clause)).join(',')}`;
    let hub: ClauseProfile | undefined | null = null;
    const hubOf = () => {
      if (hub !== null) return hub;
      const weight = exemplars.map((m) => cohesion(clustering, cluster, m.clause.id));
      return (hub = exemplars[weight.indexOf(Math.max(...weight))]);
    };
    for (const a of members)
      chunks.push(
        memoizedEdges(clustering.memo, a.clause, context, () =>
          boundedPeers(clustering, a, exemplars, hubOf()).flatMap((pair) => peerEdge(clustering, pair, idf)),
        ),
      );
  }
  return chunks;
}
