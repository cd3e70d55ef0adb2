/**
 * Checks a PolicyGraph before anything is written and brings it into the shape both stores accept: known labels
 * and types, one node per id, property values that are scalars or homogeneous lists of scalars, nulls dropped
 * (a null property means "absent"). Grafeo would store a nested map that Neo4j rejects, so the check is here, once.
 */
import type { EdgeType, NodeLabel, PolicyGraph } from '@policy-cascade/graph-seed';
import { isEdgeType, isNodeLabel } from './graphSchema';

/** Scalars and lists of one scalar type; never null (absent properties are simply not set). */
export type StoredValue = string | number | boolean | string[] | number[] | boolean[];
export type StoredProperties = Record<string, StoredValue>;

export interface PreparedNode {
  id: string;
  label: NodeLabel;
  properties: StoredProperties;
}

export interface PreparedEdge {
  type: EdgeType;
  from: string;
  to: string;
  properties: StoredProperties;
}

export interface PreparedGraph {
  nodes: PreparedNode[];
  edges: PreparedEdge[];
  /** Recoverable oddities (duplicates merged), for the load summary. */
  warnings: string[];
}

/** Thrown for a graph that cannot be loaded; the message names the node or edge and the field. */
export class GraphLoadError extends Error {
  constructor(message: string) {
    super(`[load] ${message}`);
    this.name = 'GraphLoadError';
  }
}

export function prepareGraph(graph: PolicyGraph): PreparedGraph {
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw new GraphLoadError('graph must be { nodes: [...], edges: [...] }');
  }
  const warnings: string[] = [];
  const nodes = new Map<string, PreparedNode>();
  graph.nodes.forEach((node, index) => {
    const where = `nodes[${index}]`;
    if (typeof node?.id !== 'string' || node.id === '')
      throw new GraphLoadError(`${where}: id must be a non-empty string`);
    if (!isNodeLabel(node.label))
      throw new GraphLoadError(`${where} (${node.id}): unknown label '${String(node.label)}'`);
    const properties = storedProperties(node.properties, `node ${node.id} (${node.label})`);
    const existing = nodes.get(node.id);
    if (existing && existing.label !== node.label) {
      throw new GraphLoadError(`${where}: id ${node.id} is both a ${existing.label} and a ${node.label}`);
    }
    if (existing) warnings.push(`node ${node.id} appears twice; properties merged`);
    nodes.set(node.id, {
      id: node.id,
      label: node.label,
      properties: { ...existing?.properties, ...properties, id: node.id },
    });
  });
  const edges = new Map<string, PreparedEdge>();
  graph.edges.forEach((edge, index) => {
    const where = `edges[${index}]`;
    if (!isEdgeType(edge?.type))
      throw new GraphLoadError(`${where}: unknown relationship type '${String(edge?.type)}'`);
    if (typeof edge.from !== 'string' || typeof edge.to !== 'string') {
      throw new GraphLoadError(`${where} (${edge.type}): from and to must be node ids`);
    }
    const key = `${edge.type}:${edge.from}->${edge.to}`;
    const properties = storedProperties(edge.properties, `edge ${key}`);
    if (edges.has(key)) warnings.push(`edge ${key} appears twice; properties merged`);
    edges.set(key, {
      type: edge.type,
      from: edge.from,
      to: edge.to,
      properties: { ...edges.get(key)?.properties, ...properties },
    });
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()], warnings };
}

function storedProperties(properties: unknown, owner: string): StoredProperties {
  if (properties === undefined || properties === null) return {};
  if (typeof properties !== 'object' || Array.isArray(properties)) {
    throw new GraphLoadError(`${owner}: properties must be an object`);
  }
  const result: StoredProperties = {};
  for (const [key, value] of Object.entries(properties as Record<string, unknown>)) {
    const stored = storedValue(value, `${owner}: property '${key}'`);
    if (stored !== undefined) result[key] = stored;
  }
  return result;
}

function storedValue(value: unknown, where: string): StoredValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) throw new GraphLoadError(`${where} is ${value}`);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (!Array.isArray(value)) {
    throw new GraphLoadError(`${where} is ${typeof value}; only scalars and lists of scalars are stored`);
  }
  const kinds = new Set(value.map((item) => (item === null ? 'null' : typeof item)));
  const [kind] = kinds;
  if (kinds.size > 1 || (kind !== undefined && !['string', 'number', 'boolean'].includes(kind))) {
    throw new GraphLoadError(`${where} is a list of ${[...kinds].join(' and ')}; lists hold one scalar type`);
  }
  if (value.some((item) => typeof item === 'number' && !Number.isFinite(item))) {
    throw new GraphLoadError(`${where} holds a non-finite number`);
  }
  return value as StoredValue;
}
