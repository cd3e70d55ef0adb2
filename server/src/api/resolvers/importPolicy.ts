/** Mutation.importPolicy: a typed result, ImportedPolicy or ImportRejected, never an error for bad input. */
import type { ImportOutcome, ImportSummary, Rejection } from '../../import';
import type { ApiContext } from '../context';
import { echo } from '../echo';
import { authorizeWrite } from '../writeAccess';
import { createLoaders } from '../loaders';
import { clausesById, loadPresent } from './shared';

type ResultView = ImportOutcome & { __typename: 'ImportedPolicy' | 'ImportRejected' };

export const importResolvers = {
  Mutation: {
    importPolicy: async (
      _: unknown,
      { text, sourceName, replace }: { text: string; sourceName: string; replace?: boolean | null },
      context: ApiContext,
    ): Promise<ResultView> => {
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
    __resolveType: (result: ResultView) => result.__typename,
  },
  ImportRejected: {
    existing: (rejected: Rejection, _: unknown, context: ApiContext) =>
      rejected.existingId === undefined ? null : context.loaders.policy.get(rejected.existingId),
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
