/**
 * ShownMemo.advance finds what to drop through its maps' indexes (readIndexedMap.ts); these tests hold it to the rules
 * of the module comment, written here as the scan over every entry that the advance did before: random memos and
 * writes, and the entries each map keeps after, compared with what the scan keeps.
 */
import { seededRandom } from '@policy-cascade/graph-seed';
import { describe, expect, it } from 'vitest';
import { whole } from '../store/turns';
import { ShownMemo } from './cascadeMemo';
import type { PeerEnds, WarmReads } from './cascadeMemo';
import type { ClauseEdge } from './analysisTypes';
import type { PolicyCard } from './clauseCards';
import { edgeId } from './clauseEdges';
import type { ChangedEdge, GraphChange } from './graphChanges';
import type { ClauseHead, QuantityInfo } from './types';

/** The memo's maps, read for the test (they are private). */
const mapsOf = (memo: ShownMemo) => memo as unknown as Entries;

/** A small graph's warm reads: policies with regions, sections, clauses, their edges, quantities and peers. */
function warmReads(next: () => number): WarmReads {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const heads: ClauseHead[] = [];
  const policies = new Map<string, PolicyCard[]>();
  for (let p = 0; p < 4; p++) {
    const policyId = `p${p}`;
    const regions = [`r${p % 3}`, ...(p === 0 ? ['r9'] : [])];
    policies.set(
      policyId,
      regions.map((code) => ({ policy: { id: policyId }, region: { code } }) as unknown as PolicyCard),
    );
    for (let c = 0; c < 6; c++) {
      const sectionId = next() < 0.3 ? null : `${policyId}/s${c % 2}`;
      heads.push({ id: `${policyId}/c${c}`, policyId, sectionId } as ClauseHead);
    }
  }
  const ids = heads.map((head) => head.id);
  const edges = ids.flatMap((from) => {
    const to = pick(ids);
    return from === to ? [] : [{ id: edgeId('IMPLEMENTS', from, to), type: 'IMPLEMENTS', from, to } as ClauseEdge];
  });
  const quantities = new Map(
    ids.map((id, i) => [id, [{ id: `t${i % 7}` }, { id: `a${i}` }].slice(0, i % 3) as QuantityInfo[]]),
  );
  const peers = new Map<string, PeerEnds[]>();
  for (let i = 0; i < 30; i++) {
    const ends = { from: pick(ids), to: pick(ids) };
    if (ends.from === ends.to) continue;
    for (const end of [ends.from, ends.to]) peers.set(end, [...(peers.get(end) ?? []), ends]);
  }
  return { heads, policies, edges, quantities, peers };
}

/** A write: some nodes of every kind, and edges of every type the memo reads (and one it does not) among them. */
function write(next: () => number, reads: WarmReads): GraphChange {
  const pool = [
    ...reads.heads.flatMap((head) => [head.id, head.policyId, head.sectionId ?? head.id]),
    ...['r0', 'r1', 'r2', 'r9', 't0', 't3', 'a5', 'a7'],
  ];
  const pick = () => pool[Math.floor(next() * pool.length)] as string;
  const nodes = new Set(Array.from({ length: Math.floor(next() * 3) }, pick));
  const types = ['HAS_CLAUSE', 'HAS_SECTION', 'ISSUED_FOR', 'CORRESPONDS_TO', 'SETS', 'IMPLEMENTS', 'MENTIONS'];
  const edges: ChangedEdge[] = Array.from({ length: Math.floor(next() * 3) }, () => {
    const known = reads.edges[Math.floor(next() * reads.edges.length)];
    const type = types[Math.floor(next() * types.length)] as string;
    return type === 'IMPLEMENTS' && known ? known : { type, from: pick(), to: pick() };
  });
  const touched = new Set([...nodes, ...edges.flatMap((edge) => [edge.from, edge.to])]);
  return { touched, nodes, edges, textPolicies: new Set(), policies: new Set() };
}

/** A memo's entries, per map, as the rules see them. */
interface Entries {
  heads: ReadonlyMap<string, ClauseHead>;
  policies: ReadonlyMap<string, readonly PolicyCard[]>;
  edges: ReadonlyMap<string, ClauseEdge>;
  peers: ReadonlyMap<string, readonly PeerEnds[]>;
  quantities: ReadonlyMap<string, QuantityInfo[]>;
}

/** What `fill` keeps of `reads`: every head's quantities and peers, none for those the reads do not name. */
const filled = (reads: WarmReads): Entries => ({
  heads: new Map(reads.heads.map((head) => [head.id, head])),
  policies: reads.policies,
  edges: new Map(reads.edges.map((edge) => [edge.id, edge])),
  peers: new Map(reads.heads.map(({ id }) => [id, reads.peers.get(id) ?? []])),
  quantities: new Map(reads.heads.map(({ id }) => [id, reads.quantities.get(id) ?? []])),
});

/** The entries of `map` that `gone` does not pick: the scan the advance did before its indexes. */
function kept<V>(map: ReadonlyMap<string, V>, gone: (value: V, key: string) => boolean): Map<string, V> {
  return new Map([...map].filter(([key, value]) => !gone(value, key)));
}

/** What the module comment's rules keep of `entries` after `change`. */
function keptByRules(entries: Entries, change: GraphChange): Entries {
  const { nodes } = change;
  const cardReads = new Set(nodes);
  const peersChanged = new Set(nodes);
  const quantityReads = new Set(nodes);
  const edgeIds = new Set<string>();
  for (const { type, from, to } of change.edges) {
    edgeIds.add(edgeId(type, from, to));
    if (['HAS_CLAUSE', 'HAS_SECTION', 'ISSUED_FOR'].includes(type)) cardReads.add(from).add(to);
    if (type === 'CORRESPONDS_TO') peersChanged.add(from).add(to);
    if (type === 'SETS') quantityReads.add(from).add(to);
  }
  const anyOf = (set: ReadonlySet<string>, ...ids: (string | null)[]) => ids.some((id) => id !== null && set.has(id));
  return {
    heads: kept(entries.heads, (head) => anyOf(cardReads, head.id, head.sectionId, head.policyId)),
    policies: kept(entries.policies, (cards, id) =>
      anyOf(cardReads, id, ...cards.map((card) => card.region?.code ?? null)),
    ),
    edges: kept(entries.edges, (edge, id) => edgeIds.has(id) || anyOf(nodes, edge.from, edge.to)),
    peers: kept(
      entries.peers,
      (peers, id) => peersChanged.has(id) || peers.some((peer) => anyOf(nodes, peer.from, peer.to)),
    ),
    quantities: kept(
      entries.quantities,
      (quantities, id) => quantityReads.has(id) || quantities.some((quantity) => quantityReads.has(quantity.id)),
    ),
  };
}

/** The keys of each map, in the order of Entries. */
const keysOf = ({ heads, policies, edges, peers, quantities }: Entries) =>
  [heads, policies, edges, peers, quantities].map((map) => [...map.keys()]);

describe('ShownMemo.advance', () => {
  it('drops what the rules drop, and keeps the rest, over random memos and writes', () => {
    // Seeded, so that a failure repeats.
    const next = seededRandom(11);
    for (let round = 0; round < 300; round++) {
      const reads = warmReads(next);
      const memo = new ShownMemo();
      whole(memo.fillInSteps(memo.generation, reads));
      let entries = filled(reads);
      for (const change of [write(next, reads), write(next, reads), write(next, reads)]) {
        memo.advance(change);
        entries = keptByRules(entries, change);
        expect(keysOf(mapsOf(memo))).toEqual(keysOf(entries));
      }
    }
  });

  it('drops the roots of a CORRESPONDS_TO edge removed, and every root a noted peer is named by', () => {
    const ends = (from: string, to: string): PeerEnds => ({ from, to });
    const [ab, bc, cd] = [ends('a', 'b'), ends('b', 'c'), ends('c', 'd')];
    const memo = new ShownMemo();
    whole(
      memo.fillInSteps(memo.generation, {
        heads: ['a', 'b', 'c', 'd'].map((id) => ({ id, policyId: 'p', sectionId: null }) as ClauseHead),
        policies: new Map(),
        edges: [],
        quantities: new Map(),
        peers: new Map([
          ['a', [ab]],
          ['b', [ab, bc]],
          ['c', [bc, cd]],
          ['d', [cd]],
        ]),
      }),
    );
    const none = { nodes: new Set<string>(), textPolicies: new Set<string>(), policies: new Set<string>() };
    memo.advance({ ...none, touched: new Set(['a', 'b']), edges: [{ type: 'CORRESPONDS_TO', ...ab }] });
    expect([...mapsOf(memo).peers.keys()]).toEqual(['c', 'd']);
    memo.advance({ ...none, touched: new Set(['d']), nodes: new Set(['d']), edges: [] });
    expect([...mapsOf(memo).peers.keys()]).toEqual([]);
  });
});
