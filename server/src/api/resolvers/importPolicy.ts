/** Mutation.importPolicy: a typed result, ImportedPolicy or ImportRejected, never an error for bad input. */
import type { ImportOutcome } from '../../import';
import { echo } from '../echo';
import type { Resolvers } from '../generated/resolvers';
import { createLoaders } from '../loaders';
import { authorizeWrite } from '../writeAccess';
import { clausesById, loadPresent, required } from './shared';

type ResultView = ImportOutcome & { __typename: 'ImportedPolicy' | 'ImportRejected' };

export const importResolvers: Resolvers = {
  Mutation: {
    importPolicy: async (_, { text, sourceName, replace }, context): Promise<ResultView> => {
      authorizeWrite(context.writeAccess, context.authorization);
      if (!context.importer) {
        const message = 'This server does not accept imports.';
        return { __typename: 'ImportRejected', ok: false, code: 'STORE_ERROR', message, diagnostics: [] };
      }
      const outcome = await context.importer.importPolicy(text, sourceName, { replace: replace === true });
      const name = echo(sourceName);
      if (!outcome.ok) {
        context.logger.info('import rejected', { sourceName: name, code: outcome.code, reason: outcome.message });
        return { ...outcome, __typename: 'ImportRejected' };
      }
      const { policyId, clauseCount, replaced, filledStub } = outcome;
      context.logger.info('imported', { sourceName: name, policyId, clauses: clauseCount, replaced, filledStub });
      // What this request read before the import is stale now.
      context.loaders = createLoaders(context.repository);
      return { ...outcome, __typename: 'ImportedPolicy' };
    },
  },
  ImportPolicyResult: {
    __resolveType: (result) => (result.ok ? 'ImportedPolicy' : 'ImportRejected'),
  },
  ImportRejected: {
    existing: (rejected, _, context) =>
      rejected.existingId === undefined ? null : context.loaders.policy.get(rejected.existingId),
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
