/**
 * Fills the cascade's memo (cascadeMemo.ts) with what a cascade may show, read at once: every clause's head, every
 * policy's cards, every IMPLEMENTS edge, every clause's quantities, and every clause's peers as ids (issue 11). The
 * server does it with its other warm reads (PolicyRepository.warm: at a start and after a graph written whole), in
 * the background.
 *
 * Why: a cascade's first visit to a measure read its 200 clauses, their edges, quantities and the root's peers from
 * the store in a few statements of up to 200 ids each — at 1,000 documents some 35 ms of the store's time (the cards
 * 10, the edges 8, the quantities 8.5, the peers 3.7), so the first visits were the cascade's p95 (41 ms against a
 * goal of 20). Read whole, the same rows cost the store some 3 s once per graph written whole, and the memo holds
 * them in some 140 MB at 1,000 documents. Only the root's peers the cascade shows are still read whole per first
 * visit: every CORRESPONDS_TO edge whole (245,611) would hold several times more. Imports and reviews bring the memo
 * forward by their notes, and what a note drops is read again per cascade, as before.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { eachInTurns, mapInTurns } from '../store/turns';
import { allCardHeads, allPolicyCards } from './clauseCards';
import { allClauseQuantities } from './clauseDetails';
import { edgeList, edgeOfList } from './clauseEdges';
import { shownMemo } from './cascadeMemo';
import type { PeerEnds } from './cascadeMemo';
import type { ClauseHead } from './types';
import { appendTo, reader } from './rows';
import type { VersionCache } from './versionCache';

const implementsStatement = defineStatement({
  name: 'repository.allImplementsEdges',
  cypher: `MATCH (a:Clause)-[e:IMPLEMENTS]->(b:Clause) RETURN ${edgeList('a', 'b')} AS edge`,
  params: [],
});

// Every CORRESPONDS_TO edge as its ends: the peers of every root. Stored once per unordered pair, so each is a peer
// of both its ends.
const peersStatement = defineStatement({
  name: 'repository.allPeerEnds',
  cypher: 'MATCH (a:Clause)-[:CORRESPONDS_TO]->(b:Clause) RETURN a.id AS from, b.id AS to',
  params: [],
});

const read = reader('cascadeWarm');

/**
 * Each clause's CORRESPONDS_TO edges as ends (both ends share one object), the ids those of `heads`: the store gives
 * each row's ids as new strings, and 490,000 of them at 1,000 documents held some 20 MB more.
 */
async function allPeers(runner: CypherRunner, heads: readonly ClauseHead[]): Promise<Map<string, PeerEnds[]>> {
  const ids = new Map(heads.map(({ id }) => [id, id]));
  const shared = (id: string) => ids.get(id) ?? id;
  const peers = new Map<string, PeerEnds[]>();
  await eachInTurns(await runStatement(runner, peersStatement), (row) => {
    const ends = { from: shared(read.str(row, 'from')), to: shared(read.str(row, 'to')) };
    appendTo(peers, ends.from, ends);
    appendTo(peers, ends.to, ends);
  });
  return peers;
}

/**
 * Reads what the memo of the store's current version may show and fills the memo with it, one statement after the
 * other (requests are served between them). Nothing is kept when a write came while it read: the memo of a later
 * version starts empty, and a noted write may have changed what was read (ShownMemo.fill).
 */
export async function warmShownMemo(runner: CypherRunner, cache: VersionCache): Promise<void> {
  if (!cache.keeps) return;
  const memo = await shownMemo(cache);
  const generation = memo.generation;
  const heads = await allCardHeads(runner);
  const policies = await allPolicyCards(runner);
  const edges = await mapInTurns(await runStatement(runner, implementsStatement), (row) =>
    edgeOfList(read.list(row, 'edge')),
  );
  const quantities = await allClauseQuantities(runner);
  const peers = await allPeers(runner, heads);
  await memo.fill(generation, { heads, policies, edges, quantities, peers });
}
