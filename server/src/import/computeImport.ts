/**
 * What one import computes, without the store: the checks, the parse, and the graph the store must hold once the
 * document is in. Pure and synchronous, it runs in the import worker (workerThread.ts) so that it never holds the
 * thread that answers reads. The alignment is one call, `alignWithCorpus`: today the corpus graph rebuilt with the
 * new document; an incremental alignment (issue 11) replaces that call and keeps the rest.
 */
import { buildCorpusGraph, parsePolicyText } from '@policy-cascade/graph-seed';
import type { PolicyDocument, PolicyGraph } from '@policy-cascade/graph-seed';
import { checkDocument, checkText, rejection } from './checkText';
import type { Rejection } from './checkText';
import {
  MAX_CLAUSES,
  MAX_MEASURES_ADDED,
  checkClauseCount,
  checkMeasuresAdded,
  inferredMeasureCounts,
} from './importBounds';
import { recoverEncoding } from './textEncoding';

export interface ImportRequest {
  text: string;
  sourceName: string;
  /** Replace a document with text of the same id; without it such an import is refused (ALREADY_EXISTS). */
  replace: boolean;
}

/** importBounds.ts: the bounds of one document (tests lower them to see them work on small texts). */
export interface ImportBounds {
  maxClauses: number;
  maxMeasuresAdded: number;
}

export const IMPORT_BOUNDS: ImportBounds = { maxClauses: MAX_CLAUSES, maxMeasuresAdded: MAX_MEASURES_ADDED };

/** What an import starts from: the graph the store holds, as far as the computation needs it. */
export interface ImportState {
  /** The documents with text, in the order a restart reads them. */
  documents: readonly PolicyDocument[];
  /** Inferred measures per stub superior (importBounds.ts: an import may add only so many). */
  measures: ReadonlyMap<string, number>;
}

/** The state of a graph built from `documents`. */
export function importState(documents: readonly PolicyDocument[], graph: PolicyGraph): ImportState {
  return { documents, measures: inferredMeasureCounts(graph) };
}

/**
 * The state once `computed` is written. Built on each side of the worker from what it already holds, so that only
 * the new document crosses between them, never the whole list.
 */
export function stateAfter(state: ImportState, computed: Pick<ComputedImport, 'document' | 'measures'>): ImportState {
  return { documents: withDocument(state.documents, computed.document), measures: computed.measures };
}

export interface ComputedImport {
  ok: true;
  document: PolicyDocument;
  /** The whole graph once the document is in: what the store must hold, exactly. */
  graph: PolicyGraph;
  /** The document with text it replaces (only with replace), else null. A stub it fills is not one. */
  replaced: { id: string; title: string; clauseCount: number } | null;
  /** The text as parsed when it differs from the one sent (decoded again from GBK or Big5): the one to keep. */
  recoveredText: string | null;
  /** Inferred measures per stub superior once the import is written (with the document, the next state). */
  measures: ReadonlyMap<string, number>;
}

/**
 * The documents with text once `document` is in, in the order a restart reads them (openLibrary: the corpus
 * without the imported ids, then the imports, oldest first): a re-import moves to the end.
 */
export function withDocument(documents: readonly PolicyDocument[], document: PolicyDocument): PolicyDocument[] {
  return [...documents.filter((d) => d.policy.id !== document.policy.id), document];
}

/** The graph of `documents`, alignment included: the one call an incremental alignment replaces. */
export function alignWithCorpus(documents: readonly PolicyDocument[]): PolicyGraph {
  return buildCorpusGraph([...documents]);
}

export function computeImport(
  { documents, measures }: ImportState,
  request: ImportRequest,
  bounds: ImportBounds = IMPORT_BOUNDS,
): ComputedImport | Rejection {
  const refused = checkText(request.text, request.sourceName);
  if (refused) return refused;
  const name = request.sourceName.trim();
  const recovered = recoverEncoding(request.text, name);
  if ('ok' in recovered) return recovered;
  const parsed = parsePolicyText(recovered.text, name);
  if (!parsed.document) {
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    return rejection('PARSE_ERROR', errors[0]?.message ?? 'The text cannot be parsed.', errors);
  }
  const document = { ...parsed.document, warnings: [...recovered.diagnostics, ...parsed.document.warnings] };
  const invalid =
    checkDocument(document, name) ??
    checkClauseCount(document, name, bounds.maxClauses) ??
    checkExisting(documents, document, request);
  if (invalid) return invalid;
  const next = withDocument(documents, document);
  let graph: PolicyGraph;
  try {
    graph = alignWithCorpus(next);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return rejection('INVALID_INPUT', `The document cannot be placed in the graph: ${reason}`);
  }
  const previous = documents.find((d) => d.policy.id === document.policy.id);
  const replaced = previous
    ? { id: previous.policy.id, title: previous.policy.title, clauseCount: previous.clauses.length }
    : null;
  const recoveredText = recovered.text === request.text ? null : recovered.text;
  const after = inferredMeasureCounts(graph);
  return (
    checkMeasuresAdded(graph, document, measures, bounds.maxMeasuresAdded) ?? {
      ok: true,
      document,
      graph,
      replaced,
      recoveredText,
      measures: after,
    }
  );
}

/** ALREADY_EXISTS for a document whose id has text already, unless the request says to replace it. */
function checkExisting(
  documents: readonly PolicyDocument[],
  document: PolicyDocument,
  request: ImportRequest,
): Rejection | null {
  const existing = documents.find((d) => d.policy.id === document.policy.id);
  if (!existing || request.replace) return null;
  const { id, title } = existing.policy;
  const message =
    `${id} already exists: ${title}, ${existing.clauses.length} clauses. Importing this text would replace it; ` +
    'send it again with replace: true to do so.';
  const diagnostic = {
    file: request.sourceName.trim(),
    line: 0,
    severity: 'error' as const,
    code: 'ALREADY_EXISTS',
    message,
  };
  return { ...rejection('ALREADY_EXISTS', message, [diagnostic]), existingId: id };
}
