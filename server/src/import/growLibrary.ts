/**
 * A start that found only new corpus texts (issue 11, start time; openLibrary.ts): the server answers at once from
 * the graph the store holds, while the import worker builds the state of that graph and adds the new documents one
 * by one, as imports are added (PolicyImporter.addNewCorpusDocuments: one delta, one transaction each), in the
 * importer's queue so that no import or review comes between. A full rebuild gives the same graph. When the new
 * texts change documents the store holds, or one cannot be added, the whole graph is built and written instead, in
 * the background too, and the outcome says why.
 */
import { applyReviews } from '@policy-cascade/graph-seed';
import type { AlignmentReview, StaleReview } from '@policy-cascade/graph-seed';
import { writePolicyGraph } from '../load';
import type { LoadSummary } from '../load';
import type { CypherStore } from '../store/CypherStore';
import type { GraphRecord } from './fingerprint';
import type { KeptInferredIds } from './inferredIdsFile';
import type { Seeded } from './importState';
import type { KeptText } from './keptTexts';
import type { PolicyImporter } from './PolicyImporter';

/** What a start needs besides the texts. */
export interface Opening {
  store: CypherStore;
  record: GraphRecord | null;
  kept: readonly KeptText[];
  /** The reviews kept in the data directory, laid over a graph written whole. */
  options: { keptReviews?: readonly AlignmentReview[] | undefined };
}

/**
 * How a start's additions ended: the documents added; or realigned instead (why, what was written, the reviews
 * whose clauses are gone); or failed (the store refused: the graph record stays cleared, so the next start realigns).
 */
export type GrowthOutcome =
  | { kind: 'added'; documents: number; staleReviews: StaleReview[] }
  | { kind: 'realigned'; reason: string; load: LoadSummary; staleReviews: StaleReview[] }
  | { kind: 'failed'; error: unknown };

/** Adds the new corpus texts the importer was made with, in its queue; never rejects. */
export function growLibrary(importer: PolicyImporter, opening: Opening): Promise<GrowthOutcome> {
  const grown = importer.exclusive(async (): Promise<GrowthOutcome> => {
    const seeded = await importer.warmUp();
    let reason = seeded.blocked;
    if (reason === null) {
      const failed = await importer.addNewCorpusDocuments(seeded.additions);
      if (failed === null) return { kind: 'added', documents: seeded.additions, staleReviews: [] };
      reason = `a new corpus text could not be added (${failed})`;
    }
    // Blocked: the worker built the whole corpus already. Failed: it starts again from every text.
    const whole = seeded.blocked !== null ? seeded : await importer.rebuild();
    const { load, staleReviews } = await writeWhole(whole, opening, importer.texts.inferred);
    return { kind: 'realigned', reason, load, staleReviews };
  });
  return grown.catch((error: unknown) => ({ kind: 'failed', error }));
}

/**
 * The worker's whole graph, with the kept reviews laid over it, written so that the store holds exactly it; its
 * inferred ids (`inferred`, as the importer keeps them after the build) are recorded with it.
 */
export async function writeWhole(seeded: Seeded, { store, record, kept, options }: Opening, inferred: KeptInferredIds) {
  if (!seeded.graph) throw new Error('[import] the import worker did not return the graph');
  const { graph, stale } = applyReviews(seeded.graph, options.keptReviews ?? []);
  await record?.pending();
  const load = await store.transaction((tx) =>
    writePolicyGraph(tx, graph, { replace: 'exact', replaceAlignment: true }),
  );
  await record?.settled(kept, inferred);
  return { load, refused: seeded.refused, staleReviews: stale };
}
