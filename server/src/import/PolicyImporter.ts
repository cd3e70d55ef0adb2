/**
 * importPolicy (issue 6): parse a new text, align it with every document already loaded, and load it in one
 * transaction. The corpus graph is rebuilt with the new document (alignment is corpus-wide: peers, inferred measures
 * and local additions can all move) and written with replacePolicies semantics, so the new document, the inferred
 * skeletons and every alignment edge land together or not at all. Imports run one at a time.
 */
import { buildCorpusGraph, parsePolicyText } from '@policy-cascade/graph-seed';
import type { Diagnostic, PolicyDocument, PolicyGraph } from '@policy-cascade/graph-seed';
import { writePolicyGraph } from '../load';
import { PolicyRepository } from '../repository';
import type { CypherStore } from '../store/CypherStore';
import { Mutex } from '../store/mutex';
import { checkDocument, checkText, rejection } from './checkText';
import type { Rejection } from './checkText';
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
}

export class PolicyImporter {
  private readonly queue = new Mutex();
  private documents: PolicyDocument[];
  private imports = 0;

  /** `documents`: what the store holds now (corpus and earlier imports), as loaded at start. */
  constructor(
    private readonly store: CypherStore,
    documents: readonly PolicyDocument[],
    private readonly options: ImporterOptions = {},
  ) {
    this.documents = [...documents];
  }

  /** Changes with every successful import: what was read from the store before may be stale. */
  get version(): number {
    return this.imports;
  }

  /** Ids of the documents with text the store holds. */
  get policyIds(): string[] {
    return this.documents.map((document) => document.policy.id);
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
    const documents = [...this.documents.filter((d) => d.policy.id !== id), document];
    let graph: PolicyGraph;
    try {
      graph = buildCorpusGraph(documents);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return rejection('INVALID_INPUT', `The document cannot be placed in the graph: ${reason}`);
    }
    const [existing] = await new PolicyRepository(this.store).getPolicies([id]);
    try {
      await this.write(graph, id, { policyId: id, sourceName, text, importedAt: new Date().toISOString() });
    } catch (error) {
      this.options.onStoreError?.(error);
      return rejection('STORE_ERROR', 'The store refused the import; nothing was changed.');
    }
    const index = this.documents.findIndex((d) => d.policy.id === id);
    if (index >= 0) this.documents[index] = document;
    else this.documents.push(document);
    this.imports += 1;
    return this.summarize(graph, document, existing !== null && existing !== undefined);
  }

  private async write(graph: PolicyGraph, id: string, kept: Parameters<typeof stageText>[1]): Promise<void> {
    const dataDir = this.options.dataDir;
    const staged = dataDir === undefined ? undefined : await stageText(dataDir, kept);
    try {
      await this.store.transaction((tx) => writePolicyGraph(tx, graph, { replace: [id], replaceAlignment: true }));
    } catch (error) {
      await staged?.discard();
      throw error;
    }
    await staged?.commit();
  }

  private async summarize(graph: PolicyGraph, document: PolicyDocument, replaced: boolean): Promise<ImportSummary> {
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
      replaced,
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
