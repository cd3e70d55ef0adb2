import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../model/graph';
import { coverageCandidates, implementsSteps, keepChunkedSteps, keptImplementsSteps } from './coverageCandidates';

function implementsEdge(from: string, to: string, score: number, candidate = false): GraphEdge {
  return { type: 'IMPLEMENTS', from, to, properties: { score, candidate, method: 'whole-text' } };
}

// 海宁 (c1, c2) → 嘉兴 stub (j1) → province (p1 … p4).
const edges: GraphEdge[] = [
  implementsEdge('hn/c1', 'p/c1', 0.6),
  implementsEdge('hn/c1', 'p/c2', 0.12, true),
  implementsEdge('hn/c2', 'p/c2', 0.09, true),
  implementsEdge('hn/c2', 'jx/c1', 0.4),
  implementsEdge('jx/c1', 'p/c3', 0.11, true),
  implementsEdge('hn/c1', 'jx/c2', 0.13, true),
  implementsEdge('jx/c2', 'p/c4', 0.7),
  { type: 'CORRESPONDS_TO', from: 'hn/c2', to: 'p/c4', properties: { score: 0.9, candidate: true } },
];

describe('coverageCandidates', () => {
  it('names, for each gap reached only through a candidate, the clause whose weakest edge scores highest', () => {
    expect(coverageCandidates(['hn/c1', 'hn/c2'], ['p/c2', 'p/c3', 'p/c4'], implementsSteps(edges))).toEqual([
      { measureId: 'p/c2', clauseId: 'hn/c1', score: 0.12 },
      // Through the city: 0.4 then the candidate 0.11.
      { measureId: 'p/c3', clauseId: 'hn/c2', score: 0.11 },
      // The candidate is the first step, the strong edge the second; a CORRESPONDS_TO edge is no path.
      { measureId: 'p/c4', clauseId: 'hn/c1', score: 0.13 },
    ]);
  });

  it('reports nothing for a measure that is no gap, or reached by no candidate', () => {
    expect(coverageCandidates(['hn/c1', 'hn/c2'], ['p/c9'], implementsSteps(edges))).toEqual([]);
    expect(coverageCandidates(['hn/c1'], ['p/c1'], implementsSteps([implementsEdge('hn/c1', 'p/c1', 0.6)]))).toEqual(
      [],
    );
  });

  it('breaks a tie of scores by the smaller clause id', () => {
    const tied = [implementsEdge('hn/c7', 'p/c2', 0.1, true), implementsEdge('hn/c3', 'p/c2', 0.1, true)];
    expect(coverageCandidates(['hn/c7', 'hn/c3'], ['p/c2'], implementsSteps(tied))).toEqual([
      { measureId: 'p/c2', clauseId: 'hn/c3', score: 0.1 },
    ]);
  });
});

describe('keepChunkedSteps', () => {
  // hn/c1 has steps in two chunks: its list there is its own, the chunks' lists are left as they were.
  const chunks: GraphEdge[][] = [
    [{ type: 'HAS_CLAUSE', from: 'p/s1', to: 'p/c1', properties: {} }],
    edges.slice(0, 2),
    edges.slice(2, 5),
    edges.slice(5),
  ];
  const flat = chunks.flat();

  it('gives every clause the steps implementsSteps gives, in the same order', () => {
    keepChunkedSteps(flat, chunks);
    const [kept, whole] = [keptImplementsSteps(flat), implementsSteps(flat)];
    for (const id of ['hn/c1', 'hn/c2', 'jx/c1', 'jx/c2', 'p/c1', 'p/s1']) expect(kept.get(id)).toEqual(whole.get(id));
    expect(kept.get('hn/c1')?.map((s) => s.to)).toEqual(['p/c1', 'p/c2', 'jx/c2']);
  });

  it('makes each chunk’s steps once, shared by every list of chunks that holds it', () => {
    const [first, second] = [[chunks[2]!, chunks[1]!], [chunks[2]!]];
    const [firstEdges, secondEdges] = [first.flat(), second.flat()];
    keepChunkedSteps(firstEdges, first);
    keepChunkedSteps(secondEdges, second);
    const steps = keptImplementsSteps(firstEdges);
    expect(steps.get('hn/c2')).toBe(keptImplementsSteps(secondEdges).get('hn/c2'));
    // A clause in one chunk of the list reads that chunk's steps, never added to by another list.
    expect(steps.get('hn/c1')?.map((s) => s.to)).toEqual(['p/c1', 'p/c2']);
    keepChunkedSteps(flat, chunks);
    expect(keptImplementsSteps(flat).get('hn/c1')).toHaveLength(3);
    expect(steps.get('hn/c1')).toHaveLength(2);
  });
});
