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

function mergeEdge(type: EdgeType, from: NodeLabel | '', to: NodeLabel | ''): Statement {
  const suffix = from === '' ? 'any' : `${from}.${to}`;
  const fromPattern = from === '' ? '' : `:${from}`;
  const toPattern = to === '' ? '' : `:${to}`;
  return defineStatement({
    name: `load.mergeEdges.${type}.${suffix}`,
    cypher:
      `UNWIND $rows AS row MATCH (a${fromPattern} {id: row.from}) MATCH (b${toPattern} {id: row.to}) ` +
      `MERGE (a)-[r:${type}]->(b) SET r = row.properties RETURN count(r) AS written`,
    params: ['rows'],
  });
}

/** Key `${type} ${fromLabel} ${toLabel}`, or `${type} any` for shapes outside EDGE_ENDPOINTS. */
export const mergeEdges = new Map<string, Statement>(
  EDGE_TYPES.flatMap((type) => [
    ...EDGE_ENDPOINTS[type].map(([from, to]) => [`${type} ${from} ${to}`, mergeEdge(type, from, to)] as const),
    [`${type} any`, mergeEdge(type, '', '')] as const,
  ]),
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
