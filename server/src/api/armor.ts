/**
 * Query limits (graphql-armor) wired as a yoga plugin: yoga ignores a bare `validationRules` option, so the rules
 * only apply through EnvelopArmorPlugin in `plugins`. A rejected query gets one error with its own code instead of
 * armor's default "Syntax Error: …" (which would read like a typo).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { ValidationContext } from 'graphql';
import type { ErrorCode } from './errors';

export interface QueryLimits {
  /** Deepest selection allowed (fields nested in fields). */
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

/**
 * Enough for every view of the client (the deepest, coverage cells → clauses → departments → department → region,
 * is 7 levels) with room to spare; a recursive query (clause → implements → clause → implements …) hits the depth
 * limit long before it can fan out.
 */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 5_000,
  maxDirectives: 30,
};

function reject(code: ErrorCode) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    // Without a validation context (token counting happens while parsing) armor's own throw stands.
    context?.reportError(new GraphQLError(message, { extensions: { code } }));
  };
}

export function armorPlugin(limits: QueryLimits = DEFAULT_LIMITS) {
  return EnvelopArmorPlugin({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [reject('DEPTH_LIMIT_EXCEEDED')],
      propagateOnRejection: false,
    },
    // The cost of a query is what it returns, counted while it runs (cost.ts); armor's estimate multiplied every
    // level by `first` and would refuse an export page that returns a few hundred objects.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, onReject: [reject('GRAPHQL_VALIDATION_FAILED')], propagateOnRejection: false },
    maxDirectives: {
      n: limits.maxDirectives,
      onReject: [reject('GRAPHQL_VALIDATION_FAILED')],
      propagateOnRejection: false,
    },
    maxTokens: { n: limits.maxTokens },
    // "Did you mean …?" would let a client map the schema with introspection off; masked.
    blockFieldSuggestion: { enabled: true },
  });
}
