/**
 * importPolicy (issue 6, 17): the text is parsed and aligned in the import worker (ImportWorker.ts), off the thread
 * that answers reads, bounded in time and memory; the graph it computes is written here in one transaction that
 * makes the store hold exactly that graph, as a restart would rebuild it, so the live graph and the restarted one
 * are the same. An id that already has text is replaced only when the request says so. Imports run one at a time.
 */
import type { Diagnostic, PolicyGraph } from '@policy-cascade/graph-seed';
import { writePolicyGraph } from '../load';
import { PolicyRepository } from '../repository';
import type { CypherStore } from '../store/CypherStore';
import { Mutex } from '../store/mutex';
import { checkText } from './checkText';
import type { Rejection } from './checkText';
import { IMPORT_BOUNDS, stateAfter } from './computeImport';
import type { ComputedImport, ImportBounds, ImportRequest, ImportState } from './computeImport';
import { ImportWorker } from './ImportWorker';
import type { ImportBudget } from '../config';
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
}

export class PolicyImporter {
  private readonly queue = new Mutex();
  private readonly worker: ImportWorker;
  private imports = 0;

  /** `state`: what the store holds now (the corpus and earlier imports, as loaded at start; importState). */
  constructor(
    private readonly store: CypherStore,
    private state: ImportState,
    private readonly options: ImporterOptions = {},
  ) {
    const bounds = { ...IMPORT_BOUNDS, ...options.bounds };
    this.worker = new ImportWorker(() => this.state, options.budget, bounds);
  }

  /** Changes with every successful import: what was read from the store before may be stale. */
  get version(): number {
    return this.imports;
  }

  /** Starts the import worker now, so that the first import does not wait for it. */
  warmUp(): Promise<void> {
    return this.worker.warmUp();
  }

  close(): Promise<void> {
    return this.worker.close();
  }

  importPolicy(text: string, sourceName: string, options: { replace?: boolean } = {}): Promise<ImportOutcome> {
    // Refused at once, without waiting for the imports ahead of it.
    const refused = checkText(text, sourceName);
    if (refused) return Promise.resolve(refused);
    return this.queue.lock(() => this.load({ text, sourceName, replace: options.replace === true }));
  }

  private async load(request: ImportRequest): Promise<ImportOutcome> {
    const computed = await this.worker.compute(request);
    if (!computed.ok) return computed;
    const { document, graph } = computed;
    const id = document.policy.id;
    const [before] = await new PolicyRepository(this.store).getPolicies([id]);
    const text = computed.recoveredText ?? request.text;
    const kept = { policyId: id, sourceName: request.sourceName.trim(), text, importedAt: new Date().toISOString() };
    try {
      await this.write(graph, kept);
    } catch (error) {
      this.worker.settle(false);
      this.options.onStoreError?.(error);
      return {
        ok: false,
        code: 'STORE_ERROR',
        message: 'The store refused the import; nothing was changed.',
        diagnostics: [],
      };
    }
    this.worker.settle(true);
    this.state = stateAfter(this.state, computed);
    this.imports += 1;
    return this.summarize(computed, before?.stub === true);
  }

  /**
   * The text is kept first and the store follows: on disk there is never less than the store holds, so a restart
   * after a crash at any point rebuilds the old graph or the new one (openLibrary writes exactly the rebuilt graph).
   */
  private async write(graph: PolicyGraph, kept: KeptText): Promise<void> {
    const dataDir = this.options.dataDir;
    const undo = dataDir === undefined ? undefined : await keepText(dataDir, kept);
    try {
      await this.store.transaction((tx) => writePolicyGraph(tx, graph, { replace: 'exact', replaceAlignment: true }));
    } catch (error) {
      await undo?.();
      throw error;
    }
  }

  private async summarize({ graph, document, replaced }: ComputedImport, filledStub: boolean): Promise<ImportSummary> {
    const id = document.policy.id;
    const clauseIds = new Set(document.clauses.map((clause) => clause.id));
    const superiorIds = graph.edges
      .filter((edge) => edge.type === 'IMPLEMENTS' && edge.from === id)
      .map((edge) => edge.to)
      .sort();
    const aligned = new Set(
      graph.edges.filter((edge) => edge.type === 'IMPLEMENTS' && clauseIds.has(edge.from)).map((edge) => edge.from),
    );
    const localAdditionIds = graph.nodes
      .filter((node) => clauseIds.has(node.id) && node.properties.localAddition === true)
      .map((node) => node.id);
    const repository = new PolicyRepository(this.store);
    const gapIds: string[] = [];
    for (const superiorId of superiorIds) {
      const matrix = await repository.coverage(superiorId);
      const missing = matrix?.cells.filter((cell) => cell.policyId === id && cell.status === 'NOT_CARRIED') ?? [];
      gapIds.push(...missing.map((cell) => cell.measureId));
    }
    return {
      ok: true,
      policyId: id,
      replaced: replaced !== null,
      filledStub,
      superiorIds,
      clauseCount: document.clauses.length,
      alignedCount: aligned.size,
      localAdditionIds: sortedByOrdinal(localAdditionIds),
      gapIds,
      warnings: document.warnings,
    };
  }
}

/** Clause ids `{policy}/c{n}` in document order. */
function sortedByOrdinal(ids: string[]): string[] {
  const ordinal = (id: string) => Number(id.slice(id.lastIndexOf('/c') + 2));
  return [...ids].sort((a, b) => ordinal(a) - ordinal(b));
}
