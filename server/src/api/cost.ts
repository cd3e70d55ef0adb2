/**
 * The cost of a query is what it really returns (issue 15 item 1): every list a resolver answers adds its length to
 * the request's count, and once the count passes the limit the query is refused with COST_LIMIT_EXCEEDED and no data.
 * A static estimate cannot know how many clauses a policy has: graphql-armor's multiplied every level by `first`
 * (policies(first: 50) { clauses … } cost 14,978 for 17 policies) and counted `first: $n` as 1. Counting what is
 * returned lets an export page through everything (100 clauses with their quantities and departments are about 1,500
 * objects) and stops a query that would return 100,000 objects at the limit, having done no more work than that.
 */
import { GraphQLError, defaultFieldResolver } from 'graphql';
import type { GraphQLField, GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Objects a query may return before it is refused: above what a view or an export page returns (500 clauses with
 * their quantities and departments are about 6,000), and low enough that a refusal comes quickly — producing
 * objects costs roughly 0.1 ms each here, so a query refused at 20,000 has taken about two seconds.
 */
export const DEFAULT_MAX_NODES = 20_000;

interface Meter {
  nodes: number;
  limit: number;
  exceeded: boolean;
}

// Keyed by the request's context object: resolvers get it as their third argument, the plugin sets it up.
const meters = new WeakMap<object, Meter>();

function refusal(limit: number): GraphQLError {
  return new GraphQLError(
    `This query returns more than ${limit.toLocaleString('en')} objects; ask for less, or page through it ` +
      '(clauses, quantities, searchResults and graph take first/after).',
    { extensions: { code: 'COST_LIMIT_EXCEEDED' } },
  );
}

/**
 * Adds a list's length to the request's count. Past the limit the list is answered empty: the result is replaced by
 * the refusal anyway, and an empty list ends its branch at once — throwing instead made graphql-js build an error for
 * every pending sibling (47,690 of them, 8 s, for a query nesting departments and clauses six deep).
 */
function count(meter: Meter, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  meter.nodes += value.length;
  if (meter.nodes > meter.limit) meter.exceeded = true;
  return meter.exceeded ? [] : value;
}

function counted(field: GraphQLField<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const resolve = field.resolve ?? defaultFieldResolver;
  return (source, args, context, info) => {
    const meter = typeof context === 'object' && context !== null ? meters.get(context) : undefined;
    if (!meter) return resolve(source, args, context, info);
    // Past the limit nothing more is resolved: no store reads for a result that will not be sent.
    if (meter.exceeded) return [];
    const value = resolve(source, args, context, info);
    return value instanceof Promise ? value.then((settled) => count(meter, settled)) : count(meter, value);
  };
}

/**
 * True for a field typed `[T]` or `[T]!` where T is an object, interface or union. Read off the type's text and the
 * named type's shape rather than with graphql's isListType/isLeafType: the schema may have been built by another copy
 * of graphql (its CommonJS and ESM builds both load under vitest), and instanceof fails across copies.
 */
function returnsObjectList(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): boolean {
  const text = String(field.type).replace(/!$/, '');
  if (!text.startsWith('[')) return false;
  const named = schema.getType(text.replace(/[[\]!]/g, ''));
  return named !== undefined && !('serialize' in named);
}

/** Makes every field of `schema` that returns a list of objects count what it returns, in place. */
export function withNodeCounting(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    // Object types by shape (see returnsObjectList): fields with arguments and interfaces, unlike input objects.
    if (type.name.startsWith('__') || !('getInterfaces' in type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (returnsObjectList(schema, field)) field.resolve = counted(field);
    }
  }
  return schema;
}

/** Sets up each request's count and turns a query that went over the limit into a refusal without data. */
export function costPlugin(maxNodes: number = DEFAULT_MAX_NODES): Plugin {
  return {
    onExecute({ args }) {
      const context = args.contextValue as object;
      const meter: Meter = { nodes: 0, limit: maxNodes, exceeded: false };
      meters.set(context, meter);
      return {
        onExecuteDone({ result, setResult }) {
          if (meter.exceeded && !(Symbol.asyncIterator in result)) setResult({ errors: [refusal(maxNodes)] });
        },
      };
    },
  };
}
