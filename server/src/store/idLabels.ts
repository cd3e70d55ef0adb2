/**
 * Labels whose nodes are looked up by `id` (DESIGN.md §3). The adapters index (grafeo) or constrain (Neo4j) `id` on
 * each of them when they open, because every load and most queries MERGE or MATCH on ids. The store knows only
 * these names, nothing else of policies.
 */
export const ID_LABELS: readonly string[] = [
  'Region',
  'Policy',
  'Section',
  'Clause',
  'Department',
  'Program',
  'Target',
  'Request',
];
