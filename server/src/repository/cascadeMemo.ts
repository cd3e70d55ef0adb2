/**
 * The cards and edges cascades have shown, kept per store version (issue 11): cascades of one measure show mostly the
 * same clauses, and reading a clause's card or an edge's properties is most of what a cascade costs the store (grafeo
 * reads some 200 cards in 12 ms of CPU, 200 edges in 5 ms). Bounded (the first kept go first, boundedMap.ts; the
 * walks, least recently used first). A card is kept as its clause and its policy apart (with the policy's regions),
 * so a policy is kept once for all its clauses. A clause read as its head only (ClauseHead, for a query that shows no
 * text) is kept apart from the whole ones and goes as they do; a whole clause serves as its head. The server fills
 * the memo whole when it warms its reads (cascadeWarm.ts).
 *
 * After a write that left a note (graphChanges.ts) the entries that may read something the write changed are dropped
 * and the rest kept: a card's clause reads the clause, its section and policy (through HAS_CLAUSE and HAS_SECTION),
 * so it goes when one of these nodes or an edge of those types at one of them is noted; a card's policy reads the
 * policy and its regions (ISSUED_FOR), and goes likewise; an edge reads itself and its ends' ids, so it goes when it
 * or one of its ends is noted; a root's peers go when the root, a peer or a CORRESPONDS_TO edge at the root is noted.
 * A read that began before a write may end after it: what it read is kept only when no write was noted in between
 * (`generation`).
 *
 * The advance finds these entries without going through the memo: each map (but the walks) is indexed by the ids its
 * entries read (readIndexedMap.ts), and the note's nodes and edges' ends are looked up there and among the keys. At
 * 1,000 documents warmed, scanning every entry cost the advance after a review some 20-70 ms, after a locality's
 * import 50-300 ms; looked up, 0.2-1.5 ms and 4-24 ms (an import whose note names 32,000 CORRESPONDS_TO edges drops
 * half the roots' peers, and costs what it drops: 100-170 ms, as the scan did, 115-300). An edge changed is found
 * among the kept edges at its start (its key, `edgeId`, is not made). The index holds some 28 MB at 1,000 documents
 * warmed, beside the memo's 140.
 *
 * The quantities (amounts and targets) of clauses and sections are kept too: a cascade asking its nodes' amounts read
 * 200 clauses' quantities from the store on every request (grafeo's rows for them cost some 2.4 ms). An owner's
 * quantities read the owner, its SETS edges and their Target nodes, so they go when the owner, one of the targets or
 * a SETS edge at the owner is noted.
 *
 * And the walks: a cascade's edges as ends with the distances and order of their clauses (cascadePlacement.ts), per
 * root and bounds. Walking a whole measure again — some 2,000 edges' ids made, sorted and placed — was 4 of the 5 ms
 * of CPU a repeated cascade cost the repository at 1,000 documents. A walk goes when the note names its root or a
 * clause it reached (`touches`).
 */
import { LRUCache } from 'lru-cache';
import { ReadIndexedMap } from './readIndexedMap';
import type { Reads } from './readIndexedMap';
import type { CypherRunner } from '../store/CypherStore';
import { ITEMS_PER_STEP, inTurns } from '../store/turns';
import type { Steps } from '../store/turns';
import { cardClauses, cardHeads, joinCards, policyCards } from './clauseCards';
import type { PolicyCard } from './clauseCards';
import { quantitiesOfClauses } from './clauseDetails';
import type { ClauseEdge } from './analysisTypes';
import type { EdgeEnds } from './cascadeLimit';
import type { Placement } from './cascadePlacement';
import type { GraphChange } from './graphChanges';
import type { ClauseCard, ClauseHead, ClauseInfo, HeadCard, QuantityInfo } from './types';
import type { VersionCache } from './versionCache';

/** Cards' clauses kept whole at most (a cascade shows up to 200, so some hundred cascades' worth). */
export const MEMO_CARDS = 20_000;
/**
 * Clauses kept as heads at most, edges and clauses' quantities: every clause of 1,000 documents (51,231, with 44,787
 * IMPLEMENTS edges), which the warm-up reads (cascadeWarm.ts), and room for more.
 */
export const MEMO_HEADS = 100_000;
/** Cards' policies (with their regions) kept at most: every policy of 1,000 documents and more. */
export const MEMO_POLICIES = 5_000;
export const MEMO_EDGES = MEMO_HEADS;
/** Roots whose peers are kept: every clause, once warmed (245,611 CORRESPONDS_TO edges at 1,000 documents). */
export const MEMO_PEERS = MEMO_HEADS;
/**
 * Walks kept: a whole measure's walk at 1,000 documents holds 600-3,000 edges' ends with their clauses' places, some
 * 200 bytes an edge (an estimate, not measured), so 128 walks hold some 40 MB, 80 MB at worst.
 */
export const MEMO_WALKS = 128;
/** Clauses and sections whose quantities are kept. */
export const MEMO_QUANTITIES = MEMO_HEADS;

/** A cascade's walk: every edge it reached (unique, sorted by id) and where it placed their clauses. */
export interface Walk {
  readonly rootId: string;
  readonly all: readonly EdgeEnds[];
  readonly placed: Placement;
}

/** A CORRESPONDS_TO edge as stored: its start and its end. */
export interface PeerEnds {
  from: string;
  to: string;
}

const byId = (a: ClauseHead, b: ClauseHead) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The edges a card reads (clauseCards.ts). */
const CARD_EDGES: ReadonlySet<string> = new Set(['HAS_CLAUSE', 'HAS_SECTION', 'ISSUED_FOR']);

/** A card's clause reads the clause, its section and policy (through HAS_CLAUSE and HAS_SECTION). */
const clauseReads: Reads<ClauseHead> = (clause, _key, visit) => {
  visit(clause.id);
  if (clause.sectionId !== null) visit(clause.sectionId);
  visit(clause.policyId);
};

/** A card's policy reads its regions (ISSUED_FOR); the policy is the entry's key. */
const policyReads: Reads<readonly PolicyCard[]> = (cards, _key, visit) => {
  for (const { region } of cards) if (region !== null) visit(region.code);
};

/** An edge reads its ends; the edge is the entry's key. */
const edgeReads: Reads<ClauseEdge> = (edge, _key, visit) => {
  visit(edge.from);
  visit(edge.to);
};

/** A root's peers read both ends of each of its CORRESPONDS_TO edges; the root, one of them, is the entry's key. */
const peerReads: Reads<readonly PeerEnds[]> = (peers, root, visit) => {
  for (const { from, to } of peers) {
    if (from !== root) visit(from);
    if (to !== root) visit(to);
  }
};

/** An owner's quantities read their amounts and targets; the owner is the entry's key. */
const quantityReads: Reads<readonly QuantityInfo[]> = (quantities, _key, visit) => {
  for (const { id } of quantities) visit(id);
};

/**
 * Whether a write that touched `touched` may change `walk`. The walk reads the IMPLEMENTS adjacency and the root's
 * CORRESPONDS_TO edges; an edge added or removed can change it only at a clause it reached (or its root) — the walk
 * goes on only from clauses it reached — and a node removed takes only its own edges, which the walk holds when it
 * reached the node. The note names both ends of every edge it changed and every node (`touched`).
 */
function touches({ rootId, all }: Walk, touched: ReadonlySet<string>): boolean {
  return touched.has(rootId) || all.some((edge) => touched.has(edge.from) || touched.has(edge.to));
}

/**
 * Deletes the walks `test` picks. Through forEach and a list of keys: lru-cache's `entries()` yields a new pair per
 * entry. A scan, unlike the other maps' lookups (readIndexedMap.ts): there are at most MEMO_WALKS.
 */
function dropWhere<V extends object>(memo: LRUCache<string, V>, test: (value: V) => boolean): void {
  const gone: string[] = [];
  memo.forEach((value, key) => {
    if (test(value)) gone.push(key);
  });
  for (const key of gone) memo.delete(key);
}

/** What the memo's warm-up read of the whole graph (cascadeWarm.ts). */
export interface WarmReads {
  heads: readonly ClauseHead[];
  policies: ReadonlyMap<string, readonly PolicyCard[]>;
  /** Every IMPLEMENTS edge, whole. */
  edges: readonly ClauseEdge[];
  /** The quantities of the clauses that have some (the others have none). */
  quantities: ReadonlyMap<string, QuantityInfo[]>;
  /** The CORRESPONDS_TO edges at each clause that has some, as ends (the others have none). */
  peers: ReadonlyMap<string, readonly PeerEnds[]>;
}

export class ShownMemo {
  /** Noted writes the memo was brought forward by (`advance`): a read begun before one is not kept. */
  private noted = 0;
  private readonly clauses = new ReadIndexedMap<ClauseInfo>(MEMO_CARDS, clauseReads);
  /** Heads of clauses read as heads only (a clause kept whole serves as its head too). */
  private readonly heads = new ReadIndexedMap<ClauseHead>(MEMO_HEADS, clauseReads);
  private readonly policies = new ReadIndexedMap<readonly PolicyCard[]>(MEMO_POLICIES, policyReads);
  private readonly edges = new ReadIndexedMap<ClauseEdge>(MEMO_EDGES, edgeReads);
  private readonly peers = new ReadIndexedMap<readonly PeerEnds[]>(MEMO_PEERS, peerReads);
  private readonly walks = new LRUCache<string, Walk>({ max: MEMO_WALKS });
  private readonly quantities = new ReadIndexedMap<QuantityInfo[]>(MEMO_QUANTITIES, quantityReads);

  /** The count of noted writes so far: what a read gives `fill` to say when it began. */
  get generation(): number {
    return this.noted;
  }

  /**
   * Keeps what the warm-up read (cascadeWarm.ts) unless a write was noted since `generation`, when it began: every
   * clause's head (a clause kept whole stays), every policy's cards, every IMPLEMENTS edge, and every clause's
   * quantities and peers (none for a clause the read did not name). In turns of the event loop (turns.ts: some 0.6 s
   * at 1,000 documents); a write noted between two turns stops it there, as what was read before the write may be
   * stale, while what it kept before the write was brought forward by that write's note like any entry. Resolves
   * with whether it kept them all.
   */
  fill(generation: number, reads: WarmReads): Promise<boolean> {
    return inTurns(this.fillInSteps(generation, reads));
  }

  /** `fill` as steps, for a caller that runs them itself (turns.ts `whole`; a test notes a write between two). */
  *fillInSteps(generation: number, { heads, policies, edges, quantities, peers }: WarmReads): Steps<boolean> {
    if (generation !== this.noted) return false;
    // The policies first (some 1,000): a head kept before a write stops the fill is then shown from memory whole.
    for (const [id, cards] of policies) this.policies.set(id, cards);
    for (const [at, head] of heads.entries()) {
      if (at % ITEMS_PER_STEP === 0) {
        yield;
        if (generation !== this.noted) return false;
      }
      if (!this.clauses.has(head.id)) this.heads.set(head.id, head);
      this.quantities.set(head.id, quantities.get(head.id) ?? []);
      this.peers.set(head.id, peers.get(head.id) ?? []);
    }
    for (const [at, edge] of edges.entries()) {
      if (at % ITEMS_PER_STEP === 0) {
        yield;
        if (generation !== this.noted) return false;
      }
      this.edges.set(edge.id, edge);
    }
    return true;
  }

  /**
   * The walk of `key` (a root and its bounds), from the memo or from `walk`, kept for the next when `current` still
   * says yes once it is walked: the adjacency it walked is brought forward in place, after this memo's advance, so a
   * walk begun over the adjacency of before a write could otherwise be kept past that write's note.
   */
  async walkOf(key: string, walk: () => Promise<Walk>, current: () => boolean): Promise<Walk> {
    const known = this.walks.get(key);
    if (known) return known;
    const generation = this.noted;
    const walked = await walk();
    if (generation === this.noted && current()) this.walks.set(key, walked);
    return walked;
  }

  /** The root's CORRESPONDS_TO edges as ends, from the memo or from `read` (kept for the next). */
  async peersOf(rootId: string, read: () => Promise<readonly PeerEnds[]>): Promise<readonly PeerEnds[]> {
    const known = this.peers.get(rootId);
    if (known) return known;
    const generation = this.noted;
    const peers = await read();
    if (generation === this.noted) this.peers.set(rootId, peers);
    return peers;
  }

  /**
   * As `clauseCards`: the cards of the ids the store holds, ordered by clause id. The clauses and the policies (with
   * their regions) are kept apart, so a policy is kept once for all its clauses; only the unknown ones are read.
   */
  async cardsOf(runner: CypherRunner, ids: readonly string[]): Promise<ClauseCard[]> {
    const clauses = await this.known(this.clauses, [...new Set(ids)], async (missing) => {
      const read = await cardClauses(runner, missing);
      return new Map(read.map((clause) => [clause.id, clause]));
    });
    return this.withPolicies(runner, [...clauses.values()]);
  }

  /** As `cardsOf`, with the clauses' heads: those kept whole or as heads, the others read as heads (kept apart). */
  async headCardsOf(runner: CypherRunner, ids: readonly string[]): Promise<HeadCard[]> {
    const found: ClauseHead[] = [];
    const rest: string[] = [];
    for (const id of new Set(ids)) {
      const whole = this.clauses.get(id);
      if (whole) found.push(whole);
      else rest.push(id);
    }
    const heads = await this.known(this.heads, rest, async (missing) => {
      const read = await cardHeads(runner, missing);
      return new Map(read.map((head) => [head.id, head]));
    });
    return this.withPolicies(runner, [...found, ...heads.values()]);
  }

  /** The cards of `clauses`, ordered by clause id, their policies from the memo or read (kept for the next). */
  private async withPolicies<C extends ClauseHead>(runner: CypherRunner, clauses: C[]) {
    const policyIds = [...new Set(clauses.map((clause) => clause.policyId))];
    const policies = await this.known(this.policies, policyIds, (missing) => policyCards(runner, missing));
    return joinCards(clauses.sort(byId), policies);
  }

  /** The values of `ids` in `memo`, and those `read` finds for the others (kept for the next); unfound ids left out. */
  private async known<V extends object>(
    memo: Map<string, V>,
    ids: readonly string[],
    read: (missing: readonly string[]) => Promise<ReadonlyMap<string, V>>,
  ): Promise<Map<string, V>> {
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const id of ids) {
      const value = memo.get(id);
      if (value) found.set(id, value);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const generation = this.noted;
    for (const [id, value] of await read(missing)) {
      found.set(id, value);
      if (generation === this.noted) memo.set(id, value);
    }
    return found;
  }

  /**
   * The edges of `wanted` ids, in that order: those the memo holds, and the others from `read` (kept for the next),
   * which is given their ids. An id the store does not answer is left out.
   */
  async edgesOf(
    wanted: readonly string[],
    read: (missing: readonly string[]) => Promise<ClauseEdge[]>,
  ): Promise<ClauseEdge[]> {
    const found = new Map<string, ClauseEdge>();
    const missing: string[] = [];
    for (const id of wanted) {
      const edge = this.edges.get(id);
      if (edge) found.set(id, edge);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const generation = this.noted;
      for (const edge of await read(missing)) {
        found.set(edge.id, edge);
        if (generation === this.noted) this.edges.set(edge.id, edge);
      }
    }
    return wanted.flatMap((id) => found.get(id) ?? []);
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
      const generation = this.noted;
      const read = await quantitiesOfClauses(runner, missing);
      missing.forEach((id, i) => {
        const quantities = read[i] ?? [];
        found.set(id, quantities);
        if (generation === this.noted) this.quantities.set(id, quantities);
      });
    }
    return ids.map((id) => found.get(id) ?? []);
  }

  /**
   * Drops what `change` may have changed (see the module comment), found through each map's index of the ids its
   * entries read: the cost is the change's, not the memo's.
   */
  advance(change: GraphChange): ShownMemo {
    this.noted += 1;
    const cardReads = new Set(change.nodes);
    const peersChanged = new Set(change.nodes);
    const quantitiesRead = new Set(change.nodes);
    const edgesChanged: string[] = [];
    for (const { type, from, to } of change.edges) {
      if (CARD_EDGES.has(type)) cardReads.add(from).add(to);
      if (type === 'CORRESPONDS_TO') peersChanged.add(from).add(to);
      if (type === 'SETS') quantitiesRead.add(from).add(to);
      edgesChanged.push(...this.keptEdges(type, from, to));
    }
    const { nodes, touched } = change;
    dropWhere(this.walks, (walk) => touches(walk, touched));
    // A root goes when it is noted or one of its CORRESPONDS_TO edges changed (peersChanged), or when one of its
    // peers is a noted node; a peer at the end of a changed edge elsewhere leaves it.
    this.peers.dropFor(peersChanged, nodes);
    this.clauses.dropFor(cardReads, cardReads);
    this.heads.dropFor(cardReads, cardReads);
    this.policies.dropFor(cardReads, cardReads);
    this.edges.dropFor(edgesChanged, nodes);
    this.quantities.dropFor(quantitiesRead, quantitiesRead);
    return this;
  }

  /**
   * The keys of the kept edges that are the edge of `type` from `from` to `to`: of the edges at `from` (a few), those
   * of this type and these ends, whose key is their id (`toClauseEdge`). Not by making the id (clauseEdges.ts
   * `edgeId`) and looking it up: an import's note names some 32,000 edges, and making their ids cost 17-60 ms at
   * 1,000 documents.
   */
  private keptEdges(type: string, from: string, to: string): string[] {
    const found: string[] = [];
    for (const key of this.edges.readersOf(from)) {
      const edge = this.edges.get(key);
      if (edge?.type === type && edge.from === from && edge.to === to) found.push(key);
    }
    return found;
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
