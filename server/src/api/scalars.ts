/** The JSONObject scalar: scalar properties of graph nodes and edges, passed through as a JSON object. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { ValueNode } from 'graphql';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literal(field.value)]));
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    default:
      return null;
  }
}

export const JSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object of scalar properties, as stored on a graph node or edge.',
  serialize(value) {
    if (!isObject(value)) throw new GraphQLError('JSONObject: expected an object');
    return value;
  },
  parseValue(value) {
    if (!isObject(value)) throw new GraphQLError('JSONObject: expected an object');
    return value;
  },
  parseLiteral(node) {
    if (node.kind !== Kind.OBJECT) throw new GraphQLError('JSONObject: expected an object literal');
    return literal(node);
  },
});
