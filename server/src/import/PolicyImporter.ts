/**
 * importPolicy (issues 6, 11): parse a new text, align it with the documents already loaded, and write what changed
 * in one transaction. The alignment is incremental (incrementalPlan.ts): the document is aligned against its
 * family's core and only the nodes and edges it changes are written, so the document, its measures, inferred
 * clauses and peer edges land together or not at all. Imports run one at a time.
 */
import { parsePolicyText } from '@policy-cascade/graph-seed';
import type { CorpusBuild, Diagnostic, PolicyDocument } from '@policy-cascade/graph-seed';
import { writeGraphDelta } from '../load';
import { PolicyRepository } from '../repository';
import type { CypherStore } from '../store/CypherStore';
import { Mutex } from '../store/mutex';
import { checkDocument, checkText, rejection } from './checkText';
import type { Rejection } from './checkText';
import { planImport, type ImportPlan } from './incrementalPlan';
import { stageText } from './keptTexts';

export interface ImportSummary {
  ok: true;
  policyId: string;
  /** True when the document filled a stub or replaced a document with the same id. */
  replaced: boolean;
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
  /** Called once an import is in the store (and its text kept): openLibrary records the new fingerprint. */
  onCommitted?: () => Promise<void>;
}

export class PolicyImporter {
  private readonly queue = new Mutex();
  private imports = 0;

  private build: CorpusBuild | undefined;
  private readonly pending: (() => Promise<CorpusBuild>) | undefined;

  /**
   * `state`: what the store holds now (corpus and earlier imports) as a build, or how to build it: a server that
   * kept its stored graph builds the state at the first import, not at start.
   */
  constructor(
    private readonly store: CypherStore,
    state: CorpusBuild | (() => Promise<CorpusBuild>),
    private readonly options: ImporterOptions = {},
  ) {
    if (typeof state === 'function') this.pending = state;
    else this.build = state;
  }

  /** Changes with every successful import: what was read from the store before may be stale. */
  get version(): number {
    return this.imports;
  }

  importPolicy(text: string, sourceName: string): Promise<ImportOutcome> {
    const refused = checkText(text, sourceName);
    if (refused) return Promise.resolve(refused);
    const name = sourceName.trim();
    const parsed = parsePolicyText(text, name);
    if (!parsed.document) {
      const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
      return Promise.resolve(rejection('PARSE_ERROR', errors[0]?.message ?? 'The text cannot be parsed.', errors));
    }
    const document = parsed.document;
    const invalid = checkDocument(document, name);
    if (invalid) return Promise.resolve(invalid);
    return this.queue.lock(() => this.load(document, text, name));
  }

  private async load(document: PolicyDocument, text: string, sourceName: string): Promise<ImportOutcome> {
    const id = document.policy.id;
    this.build ??= await this.pending!();
    let plan: ImportPlan;
    try {
      plan = planImport(this.build, document);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return rejection('INVALID_INPUT', `The document cannot be placed in the graph: ${reason}`);
    }
    const [existing] = await new PolicyRepository(this.store).getPolicies([id]);
    try {
      await this.write(plan, { policyId: id, sourceName, text, importedAt: new Date().toISOString() });
    } catch (error) {
      this.options.onStoreError?.(error);
      return rejection('STORE_ERROR', 'The store refused the import; nothing was changed.');
    }
    this.build = plan.build;
    this.imports += 1;
    await this.options.onCommitted?.();
    const replaced = existing !== null && existing !== undefined;
    return {
      ok: true,
      policyId: id,
      replaced,
      clauseCount: document.clauses.length,
      ...plan.summary,
      warnings: document.warnings,
    };
  }

  private async write(plan: ImportPlan, kept: Parameters<typeof stageText>[1]): Promise<void> {
    const dataDir = this.options.dataDir;
    const staged = dataDir === undefined ? undefined : await stageText(dataDir, kept);
    try {
      await this.store.transaction((tx) => writeGraphDelta(tx, plan.delta));
    } catch (error) {
      await staged?.discard();
      throw error;
    }
    await staged?.commit();
  }
}
