/**
 * Every Cypher statement of the loader, declared through defineStatement (so cypherLint.test.ts checks them all),
 * generated from the fixed label and type lists.
 */
import type { EdgeType, NodeLabel } from '@policy-cascade/graph-seed';
import { defineStatement } from '../store/statement';
import type { Statement } from '../store/statement';
import { ALIGNMENT_TYPES, EDGE_ENDPOINTS, EDGE_TYPES, NODE_LABELS, OWNED_LABELS } from './graphSchema';

function perLabel(labels: readonly NodeLabel[], make: (label: NodeLabel) => Statement): Map<NodeLabel, Statement> {
  return new Map(labels.map((label) => [label, make(label)]));
}

/** `UNWIND $rows AS row MERGE … SET n = row.properties`: replaces all properties, so stale ones disappear. */
export const mergeNodes = perLabel(NODE_LABELS, (label) =>
  defineStatement({
    name: `load.mergeNodes.${label}`,
    cypher: `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row.properties RETURN count(n) AS written`,
    params: ['rows'],
  }),
);

/** The ids of the owned nodes of some policies, found by id prefix (they may have lost their edges). */
export const ownedIds = perLabel(OWNED_LABELS, (label) =>
  defineStatement({
    name: `load.ownedIds.${label}`,
    cypher: `UNWIND $policyIds AS policyId MATCH (n:${label}) WHERE n.id STARTS WITH policyId + '/' RETURN n.id AS id`,
    params: ['policyIds'],
  }),
);

/** Every id of a label: what an exact write compares with the graph. */
export const allIds = perLabel(NODE_LABELS, (label) =>
  defineStatement({
    name: `load.allIds.${label}`,
    cypher: `MATCH (n:${label}) RETURN n.id AS id`,
    params: [],
  }),
);

/** Nodes by id, with their edges: a reload's stale owned nodes, an exact write's absent ones, and an import's. */
export const deleteNodes = perLabel(NODE_LABELS, (label) =>
  defineStatement({
    name: `load.deleteNodes.${label}`,
    cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id}) DETACH DELETE n RETURN count(*) AS deleted`,
    params: ['ids'],
  }),
);

/** Outgoing edges of replaced nodes; with deleteIncoming, every edge of an owned node. */
export const deleteOutgoing = perLabel(['Policy', ...OWNED_LABELS], (label) =>
  defineStatement({
    name: `load.deleteOutgoing.${label}`,
    cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id})-[r]->() DELETE r RETURN count(*) AS deleted`,
    params: ['ids'],
  }),
);

export const deleteIncoming = perLabel(OWNED_LABELS, (label) =>
  defineStatement({
    name: `load.deleteIncoming.${label}`,
    cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id})<-[r]-() DELETE r RETURN count(*) AS deleted`,
    params: ['ids'],
  }),
);

/** Corpus-wide alignment edges, replaced as a whole by replacePolicies. */
export const deleteAlignment = new Map<EdgeType, Statement>(
  ALIGNMENT_TYPES.map((type) => [
    type,
    defineStatement({
      name: `load.deleteAlignment.${type}`,
      cypher: `MATCH (:Clause)-[r:${type}]->(:Clause) DELETE r RETURN count(*) AS deleted`,
      params: [],
    }),
  ]),
);

export const policyStubs = defineStatement({
  name: 'load.policyStubs',
  cypher: 'UNWIND $ids AS id MATCH (p:Policy {id: id}) RETURN p.id AS id, coalesce(p.stub, false) AS stub',
  params: ['ids'],
});

/** Labels of edge endpoints that are not in the graph being loaded but may already be in the store. */
export const endpointLabels = perLabel(NODE_LABELS, (label) =>
  defineStatement({
    name: `load.endpointLabels.${label}`,
    cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`,
    params: ['ids'],
  }),
);

/**
 * One statement per relationship type and endpoint labels (an index seek on Neo4j), plus `${type} any` for shapes
 * outside EDGE_ENDPOINTS, keyed `${type} ${fromLabel} ${toLabel}`.
 */
function perEdgeShape(kind: string, body: (type: EdgeType, a: string, b: string) => string): Map<string, Statement> {
  const make = (type: EdgeType, from: NodeLabel | '', to: NodeLabel | '') =>
    defineStatement({
      name: `load.${kind}.${type}.${from === '' ? 'any' : `${from}.${to}`}`,
      cypher: body(type, from === '' ? 'a' : `a:${from}`, to === '' ? 'b' : `b:${to}`),
      params: ['rows'],
    });
  return new Map<string, Statement>(
    EDGE_TYPES.flatMap((type) => [
      ...EDGE_ENDPOINTS[type].map(([from, to]) => [`${type} ${from} ${to}`, make(type, from, to)] as const),
      [`${type} any`, make(type, '', '')] as const,
    ]),
  );
}

/** Merges edges, properties replaced. */
export const mergeEdges = perEdgeShape(
  'mergeEdges',
  (type, a, b) =>
    `UNWIND $rows AS row MATCH (${a} {id: row.from}) MATCH (${b} {id: row.to}) ` +
    `MERGE (a)-[r:${type}]->(b) SET r = row.properties RETURN count(r) AS written`,
);

/** Edges an import's delta removes, keyed as mergeEdges. */
export const deleteEdges = perEdgeShape(
  'deleteEdges',
  (type, a, b) =>
    `UNWIND $rows AS row MATCH (${a} {id: row.from})-[r:${type}]->(${b} {id: row.to}) ` +
    'DELETE r RETURN count(*) AS deleted',
);

export const countLabels = defineStatement({
  name: 'load.countLabels',
  cypher: 'MATCH (n) RETURN labels(n) AS labels, count(*) AS count',
  params: [],
});

export const countTypes = defineStatement({
  name: 'load.countTypes',
  cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count',
  params: [],
});
