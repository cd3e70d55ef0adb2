/** Mutation.importPolicy: a typed result, ImportedPolicy or ImportRejected, never an error for bad input. */
import type { ImportOutcome, ImportSummary } from '../../import';
import type { ApiContext } from '../context';
import { createLoaders } from '../loaders';
import { clausesById, loadPresent } from './shared';

type ResultView = ImportOutcome & { __typename: 'ImportedPolicy' | 'ImportRejected' };

export const importResolvers = {
  Mutation: {
    importPolicy: async (
      _: unknown,
      { text, sourceName }: { text: string; sourceName: string },
      context: ApiContext,
    ): Promise<ResultView> => {
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
    __resolveType: (result: ResultView) => result.__typename,
  },
  ImportedPolicy: {
    policy: (summary: ImportSummary, _: unknown, context: ApiContext) => context.loaders.policy.get(summary.policyId),
    alignment: (summary: ImportSummary) => summary,
  },
  AlignmentSummary: {
    superiors: (summary: ImportSummary, _: unknown, context: ApiContext) =>
      loadPresent(context.loaders.policy, summary.superiorIds),
    localAdditions: (summary: ImportSummary, _: unknown, context: ApiContext) =>
      clausesById(context, summary.localAdditionIds),
    gaps: (summary: ImportSummary, _: unknown, context: ApiContext) => clausesById(context, summary.gapIds),
  },
};
