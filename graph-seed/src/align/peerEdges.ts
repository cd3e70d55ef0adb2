import type { Clause } from '../model/document';
import type { GraphEdge } from '../model/graph';
import type { Family } from './family';
import type { FamilyClustering, PlacedCluster } from './familyClusters';
import { isCandidate, linkProperties, methodOf, score3, type LinkEnd } from './links';
import { clauseToken, memoizedEdges } from './edgeMemo';
import { internContext } from './keptResults';
import type { ClauseProfile } from './profiles';
import type { SentenceMembership } from './sentenceMerges';
import { toSimplified } from '../text/script';

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

/**
 * The end of an edge of a member that joined its measure through one sentence (sentenceMerges.ts): the evidence is
 * that sentence's, and its figures those written in it.
 */
export function sentenceEnd(c: Clause, membership: SentenceMembership): LinkEnd {
  const figures = [...c.amounts, ...c.targets].filter((q) => membership.sentence.includes(toSimplified(q.text)));
  return { id: c.id, textSimplified: membership.sentence, quantities: figures };
}

/** The end of a member's edges in its measure: the whole clause, or the sentence it joined through. */
export const memberEnd = (cluster: PlacedCluster, c: Clause): LinkEnd => {
  const membership = cluster.sentences.get(c.id);
  return membership ? sentenceEnd(c, membership) : linkEnd(c);
};

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

/** A pair of peers linked through a sentence: the measure and the membership that link them, if any. */
type SentenceLinks = (a: string, b: string) => { cluster: PlacedCluster; membership: SentenceMembership } | undefined;

/**
 * Whether one of two peers joined a measure of both through a sentence, over every measure (the strongest sentence
 * when several): a pair's edge is then the same whichever measure's chunk it is made in. Looked up per pair, through
 * the few measures each clause joined so, not built for every pair of a measure's members.
 */
function sentenceLinks(clusters: PlacedCluster[]): SentenceLinks {
  const joined = new Map<string, Array<{ cluster: PlacedCluster; membership: SentenceMembership }>>();
  const memberIds = new Map<PlacedCluster, Set<string>>();
  for (const cluster of clusters)
    for (const [id, membership] of cluster.sentences) {
      joined.set(id, [...(joined.get(id) ?? []), { cluster, membership }]);
      if (!memberIds.has(cluster)) memberIds.set(cluster, new Set(cluster.members.map((m) => m.clause.id)));
    }
  return (a, b) => {
    let best: { cluster: PlacedCluster; membership: SentenceMembership } | undefined;
    for (const [self, other] of [
      [a, b],
      [b, a],
    ] as const)
      for (const link of joined.get(self) ?? [])
        if (memberIds.get(link.cluster)?.has(other) && (!best || link.membership.score > best.membership.score))
          best = link;
    return best;
  };
}

/**
 * A peer edge: scored by the pair of texts when they were accepted as saying the same; else, when one of them joined
 * a measure of both through a sentence, by that sentence's likeness to the measure, with its evidence.
 */
function peerEdge(
  clustering: FamilyClustering,
  links: SentenceLinks,
  [a, b]: PeerPair,
  idf: Map<string, number>,
): GraphEdge[] {
  const pair = clustering.pairOf(a.clause.id, b.clause.id);
  if (!pair) return [];
  const through = pair.accepted ? undefined : links(a.clause.id, b.clause.id);
  const [score, method] = through ? [through.membership.score, 'sentence'] : [pair.score, methodOf(pair)];
  const end = (p: ClauseProfile) => (through ? memberEnd(through.cluster, p.clause) : linkEnd(p.clause));
  const properties = {
    score: score3(score),
    method,
    ...linkProperties(end(a), end(b), idf, true),
    candidate: isCandidate(score, method),
  };
  return [{ type: 'CORRESPONDS_TO', from: a.clause.id, to: b.clause.id, properties }];
}

/**
 * CORRESPONDS_TO between peer clauses sharing a measure, from the smaller id to the larger: every pair when the
 * measure has at most ALL_PEERS_UP_TO documents, else each member with the hub and its best exemplars. In chunks:
 * one per small measure, one per member of a large one (kept across imports while its exemplars hold:
 * edgeMemo.ts). Two members may keep the same pair: the edge is then in both chunks, alike. Of one measure at a
 * time (alignFamily asks right after its IMPLEMENTS edges: implementsByMeasure).
 */
export function peersByMeasure(
  family: Family,
  clustering: FamilyClustering,
  idf: Map<string, number>,
): (cluster: PlacedCluster) => GraphEdge[][] {
  const peers = new Set(family.implementers.map((i) => i.doc.policy.id));
  const links = sentenceLinks(clustering.clusters);
  // What a member's edges depend on beyond its measure's exemplars: the sentences it joined any measure through.
  const joinedThrough = new Map<string, string[]>();
  for (const cluster of clustering.clusters)
    for (const [id, m] of cluster.sentences) joinedThrough.set(id, [...(joinedThrough.get(id) ?? []), m.sentence]);
  return (cluster) => {
    const chunks: GraphEdge[][] = [];
    const members = cluster.members.filter((m) => peers.has(m.policyId));
    if (new Set(members.map((m) => m.policyId)).size <= ALL_PEERS_UP_TO) {
      chunks.push(allPairs(members).flatMap((pair) => peerEdge(clustering, links, pair, idf)));
      return chunks;
    }
    const exemplars = cluster.exemplars.filter((m) => peers.has(m.policyId));
    // An exemplar may have joined another measure of both ends through a sentence (sentenceLinks).
    const through = exemplars.flatMap((m) => joinedThrough.get(m.clause.id) ?? []).join('|');
    const context = `peers|${internContext(`${exemplars.map((m) => clauseToken(m.clause)).join(',')}|${through}`)}`;
    let hub: ClauseProfile | undefined | null = null;
    const hubOf = () => {
      if (hub !== null) return hub;
      const weight = exemplars.map((m) => cohesion(clustering, cluster, m.clause.id));
      return (hub = exemplars[weight.indexOf(Math.max(...weight))]);
    };
    for (const a of members)
      chunks.push(
        // A member's peers are exemplars, which never joined through a sentence; the member itself may have.
        memoizedEdges(clustering.memo, a.clause, `${context}|${joinedThrough.get(a.clause.id)?.join('|') ?? ''}`, () =>
          boundedPeers(clustering, a, exemplars, hubOf()).flatMap((pair) => peerEdge(clustering, links, pair, idf)),
        ),
      );
    return chunks;
  };
}
