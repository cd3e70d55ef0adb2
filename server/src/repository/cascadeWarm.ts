/**
 * Fills the cascade's memo (cascadeMemo.ts) with everything a cascade may show, read at once: every clause's head,
 * every policy's cards, every IMPLEMENTS edge and every clause's quantities (issue 11). The server does it with its
 * other warm reads (PolicyRepository.warm: at a start and after a graph written whole), in the background.
 *
 * Why: a cascade's first visit to a measure read its 200 clauses, their edges and quantities from the store in a few
 * statements of up to 200 ids each — at 1,000 documents some 30 ms of the store's time (the cards 10, the edges 8,
 * the quantities 8.5), so the first visits were the cascade's p95 (41 ms against a goal of 20). Read whole, the
 * same rows cost the store 0.8 s (heads), 0.7 s (edges) and 0.8 s (quantities) once per graph written whole, and
 * the memo holds them in some 75 MB at 1,000 documents; imports and reviews then bring the memo forward by their
 * notes, and what a note drops is read again per cascade, as before.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { allCardHeads, allPolicyCards } from './clauseCards';
import { allClauseQuantities } from './clauseDetails';
import { edgeList, edgeOfList } from './clauseEdges';
import { shownMemo } from './cascadeMemo';
import { reader } from './rows';
import type { VersionCache } from './versionCache';

const implementsStatement = defineStatement({
  name: 'repository.allImplementsEdges',
  cypher: `MATCH (a:Clause)-[e:IMPLEMENTS]->(b:Clause) RETURN ${edgeList('a', 'b')} AS edge`,
  params: [],
});

const read = reader('cascadeWarm');

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
  const edges = (await runStatement(runner, implementsStatement)).map((row) => edgeOfList(read.list(row, 'edge')));
  const quantities = await allClauseQuantities(runner);
  memo.fill(generation, { heads, policies, edges, quantities });
}
