/** Mutation.importPolicy: a typed result, ImportedPolicy or ImportRejected, never an error for bad input. */
import type { ImportOutcome } from '../../import';
import type { Resolvers } from '../generated/resolvers';
import { createLoaders } from '../loaders';
import { clausesById, loadPresent, required } from './shared';

type ResultView = ImportOutcome & { __typename: 'ImportedPolicy' | 'ImportRejected' };

export const importResolvers: Resolvers = {
  Mutation: {
    importPolicy: async (_, { text, sourceName }, context): Promise<ResultView> => {
      if (!context.importer) {
        const message = 'This server does not accept imports.';
        return { __typename: 'ImportRejected', ok: false, code: 'STORE_ERROR', message, diagnostics: [] };
      }
      const outcome = await context.importer.importPolicy(text, sourceName);
      if (!outcome.ok) {
        context.logger.info('import rejected', { sourceName, code: outcome.code, reason: outcome.message });
        return { ...outcome, __typename: 'ImportRejected' };
      }
      context.logger.info('imported', { sourceName, policyId: outcome.policyId, clauses: outcome.clauseCount });
      // What this request read before the import is stale now.
      context.loaders = createLoaders(context.repository);
      return { ...outcome, __typename: 'ImportedPolicy' };
    },
  },
  ImportPolicyResult: {
    __resolveType: (result) => ('policyId' in result ? 'ImportedPolicy' : 'ImportRejected'),
  },
  ImportedPolicy: {
    policy: (summary, _, context) => required(context.loaders.policy.get(summary.policyId), summary.policyId),
    alignment: (summary) => summary,
  },
  AlignmentSummary: {
    superiors: (summary, _, context) => loadPresent(context.loaders.policy, summary.superiorIds),
    localAdditions: (summary, _, context) => clausesById(context, summary.localAdditionIds),
    gaps: (summary, _, context) => clausesById(context, summary.gapIds),
  },
};
