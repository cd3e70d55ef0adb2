import type { PolicyDocument } from '../model/document';
import type { PolicyGraph } from '../model/graph';
import { buildPolicyGraph } from './buildGraph';
import { createPolicyIdIndex } from './policyIds';

/**
 * The whole corpus graph: buildPolicyGraph plus the alignment (inferred stub clauses, IMPLEMENTS / CORRESPONDS_TO /
 * SUCCEEDS between clauses).
 */
export function buildCorpusGraph(docs: PolicyDocument[]): PolicyGraph {
  // TODO(#5): merge alignCorpus(docs, ids) from graph-seed/src/align/alignCorpus.ts once it exists.
  return buildPolicyGraph(docs, createPolicyIdIndex(docs));
}
