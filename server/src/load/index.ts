/** The loader's public surface: load or replace a PolicyGraph in a CypherStore, and count what a store holds. */
export { loadGraph, replacePolicies, writePolicyGraph } from './loadGraph';
export type { LoadSummary } from './loadGraph';
export { countGraph } from './graphCounts';
export type { GraphCounts } from './graphCounts';
export { GraphLoadError, prepareGraph } from './prepareGraph';
export { EDGE_ENDPOINTS } from './graphSchema';
export { commitGraphDelta, writeGraphDelta } from './writeDelta';
export type { DeltaSummary } from './writeDelta';
export { storedInferredIds, storedPolicyCount } from './storedIds';
