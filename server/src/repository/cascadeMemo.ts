/**
 * The cards and edges cascades have shown, kept per store version (issue 11): cascades of one measure show mostly the
 * same clauses, and reading a clause's card or an edge's properties is most of what a cascade costs the store (grafeo
 * reads some 200 cards in 12 ms of CPU, 200 edges in 5 ms). Bounded (least recently used go first).
 *
 * After a write that left a note (graphChanges.ts) the entries that may read something the write changed are dropped
 * and the rest kept: a card reads its clause, the clause's section and policy (through HAS_CLAUSE and HAS_SECTION) and
 * the policy's region (ISSUED_FOR), so it goes when one of these nodes or an edge of those types at one of them is
 * noted; an edge reads itself and its ends' ids, so it goes when it or one of its ends is noted; a root's peers go
 * when the root, a peer or a CORRESPONDS_TO edge at the root is noted. A read that began before a write may end
 * after it: what it read is kept only when no write was noted in between (`generation`).
 *
 * The quantities (amounts and targets) of clauses and sections are kept too: a cascade asking its nodes' amounts read
 * 200 clauses' quantities from the store on every request (grafeo's rows for them cost some 2.4 ms). An owner's
 * quantities read the owner, its SETS edges and their Target nodes, so they go when the owner, one of the targets or
 * a SETS edge at the owner is noted.
 */
import { LRUCache } from 'lru-cache';
import type { CypherRunner } from '../store/CypherStore';
import { clauseCards } from './clauseCards';
import { quantitiesOfClauses } from './clauseDetails';
import type { ClauseEdge } from './analysisTypes';
import type { GraphChange } from './graphChanges';
import type { ClauseCard, QuantityInfo } from './types';
import type { VersionCache } from './versionCache';
import { edgeId } from './clauseEdges';

/** Cards kept at most (a cascade shows up to 200, so some hundred cascades' worth), and edges. */
export const MEMO_CARDS = 20_000;
export const MEMO_EDGES = 40_000;
/** Roots whose peers are kept. */
export const MEMO_PEERS = 5_000;
/** Clauses and sections whose quantities are kept. */
export const MEMO_QUANTITIES = 20_000;

/** A CORRESPONDS_TO edge as stored: its start and its end. */
export interface PeerEnds {
  from: string;
  to: string;
}

const byClauseId = (a: ClauseCard, b: ClauseCard) =>
  a.clause.id < b.clause.id ? -1 : a.clause.id > b.clause.id ? 1 : 0;

/** The edges a card reads (clauseCards.ts). */
const CARD_EDGES: ReadonlySet<string> = new Set(['HAS_CLAUSE', 'HAS_SECTION', 'ISSUED_FOR']);

/** The nodes a card reads: a write changing none of them, nor an edge of CARD_EDGES at one, left it as it was. */
function idsOfCard({ clause, policy, region }: ClauseCard): (string | null)[] {
  return [clause.id, clause.sectionId, clause.policyId, policy.id, region?.code ?? null];
}

export class ShownMemo {
  private generation = 0;
  private readonly cards = new LRUCache<string, ClauseCard>({ max: MEMO_CARDS });
  private readonly edges = new LRUCache<string, ClauseEdge>({ max: MEMO_EDGES });
  private readonly peers = new LRUCache<string, readonly PeerEnds[]>({ max: MEMO_PEERS });
  private readonly quantities = new LRUCache<string, QuantityInfo[]>({ max: MEMO_QUANTITIES });

  /** The root's CORRESPONDS_TO edges as ends, from the memo or from `read` (kept for the next). */
  async peersOf(rootId: string, read: () => Promise<readonly PeerEnds[]>): Promise<readonly PeerEnds[]> {
    const known = this.peers.get(rootId);
    if (known) return known;
    const generation = this.generation;
    const peers = await read();
    if (generation === this.generation) this.peers.set(rootId, peers);
    return peers;
  }

  /** As `clauseCards`: the cards of the ids the store holds, ordered by clause id; only the unknown ones are read. */
  async cardsOf(runner: CypherRunner, ids: readonly string[]): Promise<ClauseCard[]> {
    const found = new Map<string, ClauseCard>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const card = this.cards.get(id);
      if (card) found.set(id, card);
      else missing.push(id);
    }
    const generation = this.generation;
    const read = await clauseCards(runner, missing);
    for (const card of read) {
      found.set(card.clause.id, card);
      if (generation === this.generation) this.cards.set(card.clause.id, card);
    }
    return [...found.values()].sort(byClauseId);
  }

  /** The edges of `wanted` ids, from the memo when it holds them all, otherwise from `read` (kept for the next). */
  async edgesOf(wanted: readonly string[], read: () => Promise<ClauseEdge[]>): Promise<ClauseEdge[]> {
    const known = wanted.map((id) => this.edges.get(id));
    if (known.every((edge) => edge !== undefined)) return known as ClauseEdge[];
    const generation = this.generation;
    const edges = await read();
    if (generation === this.generation) for (const edge of edges) this.edges.set(edge.id, edge);
    return edges;
  }

  /** As `quantitiesOfClauses`: the quantities of each owner id, in order; only the unknown owners are read. */
  async quantitiesOf(runner: CypherRunner, ids: readonly string[]): Promise<QuantityInfo[][]> {
    const found = new Map<string, QuantityInfo[]>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const quantities = this.quantities.get(id);
      if (quantities) found.set(id, quantities);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const generation = this.generation;
      const read = await quantitiesOfClauses(runner, missing);
      missing.forEach((id, i) => {
        const quantities = read[i] ?? [];
        found.set(id, quantities);
        if (generation === this.generation) this.quantities.set(id, quantities);
      });
    }
    return ids.map((id) => found.get(id) ?? []);
  }

  /** Drops what `change` may have changed (see the module comment). */
  advance(change: GraphChange): ShownMemo {
    this.generation += 1;
    const cardReads = new Set(change.nodes);
    const edgeIds = new Set<string>();
    const peersChanged = new Set(change.nodes);
    const quantityReads = new Set(change.nodes);
    for (const { type, from, to } of change.edges) {
      edgeIds.add(edgeId(type, from, to));
      if (CARD_EDGES.has(type)) cardReads.add(from).add(to);
      if (type === 'CORRESPONDS_TO') peersChanged.add(from).add(to);
      if (type === 'SETS') quantityReads.add(from).add(to);
    }
    for (const [id, peers] of this.peers.entries())
      if (peersChanged.has(id) || peers.some((peer) => change.nodes.has(peer.from) || change.nodes.has(peer.to)))
        this.peers.delete(id);
    const read = (id: string | null) => id !== null && cardReads.has(id);
    for (const [id, card] of this.cards.entries()) if (idsOfCard(card).some(read)) this.cards.delete(id);
    for (const [id, edge] of this.edges.entries())
      if (edgeIds.has(id) || change.nodes.has(edge.from) || change.nodes.has(edge.to)) this.edges.delete(id);
    for (const [id, quantities] of this.quantities.entries())
      if (quantityReads.has(id) || quantities.some((quantity) => quantityReads.has(quantity.id)))
        this.quantities.delete(id);
    return this;
  }
}

/** The memo of the store's current version, brought forward after noted writes. */
export function shownMemo(cache: VersionCache): Promise<ShownMemo> {
  return cache.get(
    'cascadeShown',
    () => Promise.resolve(new ShownMemo()),
    (memo, change) => Promise.resolve(memo.advance(change)),
  );
}

/** Quantities of clauses and sections (as `quantitiesOfClauses`), from the memo when the runner's answers are kept. */
export async function memoQuantities(
  runner: CypherRunner,
  cache: VersionCache,
  ids: readonly string[],
): Promise<QuantityInfo[][]> {
  if (!cache.keeps) return quantitiesOfClauses(runner, ids);
  return (await shownMemo(cache)).quantitiesOf(runner, ids);
}
