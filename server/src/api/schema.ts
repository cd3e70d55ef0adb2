/** The executable schema: the SDL of schema/ (the public contract) with this server's resolvers. */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from '@policy-cascade/schema';
import type { ApiContext } from './context';
import { withNodeCounting } from './cost';
import { resolvers } from './resolvers';

/** Every list field counts what it returns, for the cost limit (cost.ts). */
export function createSchema(): GraphQLSchema {
  const schema = makeExecutableSchema<ApiContext>({
    typeDefs,
    resolvers,
    // Every type and field of the SDL must be backed; a resolver for a field that does not exist is a typo.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
  return withNodeCounting(schema);
}
