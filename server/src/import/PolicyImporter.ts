/**
 * importPolicy (issues 6, 11, 17): the text is parsed and aligned in the import worker (ImportWorker.ts), off the
 * thread that answers reads, bounded in time and memory. The worker holds the corpus build of what the store holds
 * and aligns the document incrementally (computeImport.ts): only the delta crosses back and is written here, in one
 * transaction, so the document, its measures, inferred clauses and peer edges land together or not at all, and the
 * store holds what a restart rebuilds from the same texts. An id that already has text is replaced only when the
 * request says so. Imports run one at a time.
 */
import type { AlignmentReview, Diagnostic, GraphDelta, GraphEdge, InferredIds } from '@policy-cascade/graph-seed';
import { commitGraphDelta, storedInferredIds } from '../load';
import { PolicyRepository } from '../repository';
import type { CypherStore } from '../store/CypherStore';
import { Mutex } from '../store/mutex';
import type { ImportBudget } from '../config';
import { checkText } from './checkText';
import type { Rejection } from './checkText';
import { IMPORT_BOUNDS } from './computeImport';
import type { ComputedImport, ImportBounds, ImportRequest } from './computeImport';
import type { GraphRecord } from './fingerprint';
import { maxima } from './inferredIdsFile';
import type { KeptInferredIds } from './inferredIdsFile';
import type { SeedSource, Seeded } from './importState';
import { ImportWorker } from './ImportWorker';
import { keepText } from './keptTexts';
import type { KeptText } from './keptTexts';

export interface ImportSummary {
  ok: true;
  policyId: string;
  /** True when it replaced a document with text of the same id (asked for with replace). */
  replaced: boolean;
  /** True when it filled a stub: a document known until now only from references to it. */
  filledStub: boolean;
  /** Policies it declares it implements. */
  superiorIds: string[];
  clauseCount: number;
  /** Its clauses with an IMPLEMENTS edge to a superior measure. */
  alignedCount: number;
  localAdditionIds: string[];
  /** Measures of its superiors it does not carry down, in the superiors' order. */
  gapIds: string[];
  warnings: Diagnostic[];
}

export type ImportOutcome = ImportSummary | Rejection;

export interface ImporterOptions {
  /** Persistent mode: accepted texts are kept here so they are loaded again at the next start. */
  dataDir?: string | undefined;
  /** Told about store failures (the client only sees STORE_ERROR). */
  onStoreError?: (error: unknown) => void;
  /** Time budget and heap cap of one import's parse and alignment. */
  budget?: ImportBudget | undefined;
  /** Bounds of one document (importBounds.ts); tests lower them. */
  bounds?: Partial<ImportBounds> | undefined;
  /** The reviewers' decisions now, laid over every delta an import writes (issue 16). */
  reviews?: () => readonly AlignmentReview[];
}

/** What the store holds, as the texts it is built from (the worker builds its state from them). */
export interface ImportSource {
  corpusDirs: readonly string[];
  /** Imported texts, oldest first. */
  kept: readonly KeptText[];
  /**
   * The inferred ids of the graph the store holds — which measure has which id, and the highest numbers ever given:
   * the data directory's (inferredIdsFile.ts), then the last build's. `assignment` null: not known yet (no data
   * directory, or one kept before the assignment was), read from the store when a worker starts.
   */
  inferred: KeptInferredIds;
  /** Corpus texts the store does not hold yet (a start that found only new texts; `addNewCorpusDocuments`). */
  newCorpusTexts?: readonly string[];
}

/** `kept` with `text` in the place of the text of its policy id, at the end (the newest import). */
function withKept(kept: readonly KeptText[], text: KeptText): KeptText[] {
  return [...kept.filter((k) => k.policyId !== text.policyId), text];
}

/** A build's inferred ids as the importer keeps them; a retired id's number stays taken (`given`). */
function inferredOf(ids: InferredIds, given: ReadonlyMap<string, number>): KeptInferredIds {
  const highest = maxima(given, ids.highest ?? new Map());
  return { assignment: { ...ids, highest }, highest };
}

export class PolicyImporter {
  private readonly queue = new Mutex();
  private readonly worker: ImportWorker;
  private imports = 0;
  private source: ImportSource;

  /**
   * `source`: the texts the store's graph is built from; `record`: the data directory's graph record, kept in step
   * with every write (persistent mode).
   */
  constructor(
    private readonly store: CypherStore,
    source: ImportSource,
    private readonly options: ImporterOptions = {},
    private readonly record: GraphRecord | null = null,
  ) {
    this.source = source;
    const bounds = { ...IMPORT_BOUNDS, ...options.bounds };
    this.worker = new ImportWorker((graph) => this.seedSource(graph), options.budget, bounds);
  }

  /** Changes with every successful import: what was read from the store before may be stale. */
  get version(): number {
    return this.imports;
  }

  /** The texts the importer continues from. */
  get texts(): ImportSource {
    return this.source;
  }

  /**
   * Starts the import worker now, so that the first import does not wait for it to build its state; resolves once
   * it is built. `graph`: also return the whole graph (openLibrary writes it at a start that realigns).
   */
  async warmUp(options: { graph?: boolean } = {}): Promise<Seeded> {
    const seeded = await this.worker.warmUp(options);
    this.source = { ...this.source, inferred: inferredOf(seeded.inferredIds, this.source.inferred.highest) };
    // New texts that could not be added one by one were built with the rest: the worker holds the whole corpus.
    if (seeded.blocked !== null) this.source = { ...this.source, newCorpusTexts: [] };
    return seeded;
  }

  close(): Promise<void> {
    return this.worker.close();
  }

  /** The machine's edges of review keys, as the alignment of what the store holds makes them (reviews aside). */
  machineEdges(keys: readonly string[]): Promise<Array<GraphEdge | null>> {
    return this.worker.machineEdges(keys);
  }

  /** Runs `work` after the imports ahead of it and before any later one: reviews write through here. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.lock(work);
  }

  importPolicy(text: string, sourceName: string, options: { replace?: boolean } = {}): Promise<ImportOutcome> {
    // Refused at once, without waiting for the imports ahead of it.
    const refused = checkText(text, sourceName);
    if (refused) return Promise.resolve(refused);
    return this.queue.lock(() => this.load({ text, sourceName, replace: options.replace === true }));
  }

  /**
   * Adds the `count` documents of new corpus texts the worker was seeded with (a start that found only new texts,
   * openLibrary): each aligned against what the store holds and written as an import's delta, in its own
   * transaction; the graph record names the graph again once all are in. Resolves with null when all went in, or
   * with why one could not (nothing more is written; the caller realigns fully). Throws when the store refuses.
   * Runs inside `exclusive` (growLibrary.ts), so no import comes between.
   */
  async addNewCorpusDocuments(count: number): Promise<string | null> {
    await this.record?.pending();
    for (let added = 0; added < count; added++) {
      const computed = await this.worker.addNext(this.options.reviews?.() ?? []);
      if (!computed.ok) return `${computed.code}: ${computed.message}`;
      try {
        await commitGraphDelta(this.store, computed.delta);
      } catch (error) {
        this.worker.settle(false);
        throw error;
      }
      this.worker.settle(true);
      this.source = { ...this.source, inferred: inferredOf(computed.inferredIds, this.source.inferred.highest) };
      this.imports += 1;
    }
    this.source = { ...this.source, newCorpusTexts: [] };
    await this.record?.settled(this.source.kept, this.source.inferred);
    return null;
  }

  /**
   * A new worker built from every text, the new corpus texts included, that hands back the whole graph (a start
   * whose additions failed writes it instead). Runs inside `exclusive`.
   */
  async rebuild(): Promise<Seeded> {
    await this.worker.close();
    this.source = { ...this.source, newCorpusTexts: [] };
    return this.warmUp({ graph: true });
  }

  /** The texts and the inferred ids of the store as it is now: a new worker is built from them. */
  private async seedSource(graph: boolean): Promise<SeedSource> {
    const { corpusDirs, kept, inferred, newCorpusTexts } = this.source;
    const assignment = inferred.assignment ?? (await storedInferredIds(this.store));
    return { corpusDirs, kept, inferredIds: { ...assignment, highest: inferred.highest }, graph, newCorpusTexts };
  }

  private async load(request: ImportRequest): Promise<ImportOutcome> {
    // Read inside the queue that reviews also write through, so none is missed or doubled.
    const reviews = this.options.reviews?.() ?? [];
    const computed = await this.worker.compute({ ...request, reviews });
    if (!computed.ok) return computed;
    const id = computed.document.policy.id;
    const [before] = await new PolicyRepository(this.store).getPolicies([id]);
    const text = computed.recoveredText ?? request.text;
    const kept = { policyId: id, sourceName: request.sourceName.trim(), text, importedAt: new Date().toISOString() };
    const next: ImportSource = {
      ...this.source,
      kept: withKept(this.source.kept, kept),
      inferred: inferredOf(computed.inferredIds, this.source.inferred.highest),
    };
    try {
      await this.write(computed.delta, kept);
    } catch (error) {
      this.worker.settle(false);
      this.options.onStoreError?.(error);
      const message = 'The store refused the import; nothing was changed.';
      return { ok: false, code: 'STORE_ERROR', message, diagnostics: [] };
    }
    this.worker.settle(true);
    this.source = next;
    this.imports += 1;
    // The import is in the store whatever happens here; an unwritten record only makes the next start realign.
    await this.record?.settled(next.kept, next.inferred).catch((error: unknown) => this.options.onStoreError?.(error));
    const summary = this.summarize(computed, before?.stub === true);
    return reviews.length === 0 ? summary : { ...summary, gapIds: await this.reviewedGaps(summary) };
  }

  /** The gaps as the reviews leave them: the alignment's own coverage knows nothing of reviews, the store does. */
  private async reviewedGaps({ policyId, superiorIds }: ImportSummary): Promise<string[]> {
    const repository = new PolicyRepository(this.store);
    const gaps: string[] = [];
    for (const superiorId of superiorIds) {
      const matrix = await repository.coverage(superiorId);
      const cells = matrix?.cells.filter((c) => c.policyId === policyId && c.status === 'NOT_CARRIED') ?? [];
      gaps.push(...cells.map((c) => c.measureId));
    }
    return gaps;
  }

  /**
   * The text is kept first and the store follows: on disk there is never less than the store holds, so a restart
   * after a crash at any point rebuilds the old graph or the new one. The graph record is cleared before the store
   * write and names the new graph only once it is committed (fingerprint.ts); a refused write puts both back.
   */
  private async write(delta: GraphDelta, kept: KeptText): Promise<void> {
    const dataDir = this.options.dataDir;
    const undo = dataDir === undefined ? undefined : await keepText(dataDir, kept);
    try {
      await this.record?.pending();
      await commitGraphDelta(this.store, delta);
    } catch (error) {
      await undo?.();
      // Left pending if this fails too: the next start then rebuilds from the texts, which is always right.
      await this.record?.settled(this.source.kept, this.source.inferred).catch(() => undefined);
      throw error;
    }
  }

  private summarize({ document, summary, replaced }: ComputedImport, filledStub: boolean): ImportSummary {
    return {
      ok: true,
      policyId: document.policy.id,
      replaced: replaced !== null,
      filledStub,
      clauseCount: document.clauses.length,
      ...summary,
      warnings: document.warnings,
    };
  }
}
