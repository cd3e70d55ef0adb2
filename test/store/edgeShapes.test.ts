/**
 * Every edge the graph builder makes has a labelled MERGE statement (load/graphSchema.ts's EDGE_ENDPOINTS). The
 * fallback for other shapes matches its endpoints without labels, which on Neo4j scans every node for every row: with
 * one shape missing (SETS from a Section) the 100-document load never finished there.
 */
import { describe, expect, it } from 'vitest';
import { EDGE_ENDPOINTS } from '../../server/src/load';
import { realCorpus } from './repositoryCorpus';

describe('edge shapes of the corpus graph', () => {
  it('all have labelled endpoints in EDGE_ENDPOINTS', () => {
    const { graph } = realCorpus();
    const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
    const shapes = new Set(graph.edges.map((e) => `${e.type} ${labels.get(e.from)} ${labels.get(e.to)}`));
    const known = new Set(
      Object.entries(EDGE_ENDPOINTS).flatMap(([type, pairs]) => pairs.map(([from, to]) => `${type} ${from} ${to}`)),
    );
    expect([...shapes].filter((shape) => !known.has(shape)).sort()).toEqual([]);
    expect(shapes.size).toBeGreaterThan(10);
  });
});
