/**
 * Values across the Bolt boundary. Results: Integers (if any slip past disableLosslessIntegers), temporals, points,
 * nodes and relationships become plain values. Parameters: integral numbers are sent as Integers, because the
 * driver sends every JS number as a float and Neo4j rejects floats where Cypher needs an integer (LIMIT $n,
 * list[0..$k], range()); grafeo has no such distinction, so this difference lives here.
 */
import neo4j from 'neo4j-driver';
import type { CypherValue } from '../CypherStore';
import { toPlain } from '../plainValue';

const { isInt, isNode, isRelationship, isPath, isPoint } = neo4j;

function special(value: unknown): CypherValue | undefined {
  if (isInt(value)) return value.toNumber();
  if (isNode(value)) return toPlain(value.properties, special);
  if (isRelationship(value)) return toPlain(value.properties, special);
  if (isPath(value)) return toPlain({ segments: value.segments.length }, special);
  if (isPoint(value)) return { x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (isTemporal(value)) return String(value);
  return undefined;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

export function fromNeo4j(value: unknown): CypherValue {
  return toPlain(value, special);
}

export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toNeo4jParam(value)]));
}

function toNeo4jParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(toNeo4jParam);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return toNeo4jParams(value as Record<string, unknown>);
  }
  return value;
}
