/**
 * The state the import worker holds (issue 11): the corpus build of what the store holds — every document's part of
 * the graph and the alignment's memo — built inside the worker from the texts (the corpus directories and the kept
 * imports) and the inferred ids the graph was built with. It holds WeakMaps and closures, so it never crosses postMessage:
 * only the texts go in, and, at a start that realigns, the graph comes out once for the store to take.
 */
import { buildCorpus, corpusGraphOf, loadCorpus, parsePolicyText, primeForImports } from '@policy-cascade/graph-seed';
import type { CorpusBuild, Diagnostic, InferredIds, PolicyDocument, PolicyGraph } from '@policy-cascade/graph-seed';
import type { KeptText } from './keptTexts';

/** What the state is built from: sent to every new worker. */
export interface SeedSource {
  corpusDirs: readonly string[];
  /** Imported texts (in persistent mode those kept on disk), oldest first: an import replaces the corpus text. */
  kept: readonly KeptText[];
  /** The inferred ids the graph was built with, to be kept (inferredIdsFile.ts), and the highest numbers ever given. */
  inferredIds: InferredIds;
  /** Also return the whole graph (a start that writes it to the store). */
  graph: boolean;
}

/** What the worker reports once its state is built. */
export interface Seeded {
  /** Documents with text in the build. */
  documents: number;
  /** Corpus texts that could not be read, parsed or placed (`file:line: message`); the rest is in. */
  refused: Diagnostic[];
  /** Kept imports that could not be parsed. */
  problems: string[];
  /** The whole graph, when asked for. */
  graph: PolicyGraph | null;
  /** The inferred ids the build gave (kept in the data directory: the next build keeps them). */
  inferredIds: InferredIds;
  /** How long parsing and aligning took, in the worker. */
  ms: number;
}

/** The corpus documents and the kept imports, parsed; an import replaces the corpus document of its id. */
function readDocuments(source: SeedSource) {
  // A corpus is never all-or-nothing: the texts that can be read are built, the others reported.
  const corpus = loadCorpus(source.corpusDirs);
  const refused = corpus.diagnostics.filter((d) => d.severity === 'error');
  const problems: string[] = [];
  const imported: PolicyDocument[] = [];
  for (const text of source.kept) {
    const { document, diagnostics } = parsePolicyText(text.text, text.sourceName);
    if (document) imported.push(document);
    else problems.push(`${text.sourceName}: ${diagnostics[0]?.message ?? 'cannot be parsed'}`);
  }
  const importedIds = new Set(imported.map((d) => d.policy.id));
  const documents = [...corpus.documents.filter((d) => !importedIds.has(d.policy.id)), ...imported];
  return { documents, refused, problems };
}

/**
 * Builds the state from `source`, primed so that the first import costs what the others do. Throws, naming the id,
 * when the documents do not make a valid graph.
 */
export function seedBuild(source: SeedSource): { build: CorpusBuild; seeded: Seeded } {
  const started = performance.now();
  const { documents, refused, problems } = readDocuments(source);
  const build = primeForImports(buildCorpus(documents, { inferredIds: source.inferredIds }));
  const seeded: Seeded = {
    documents: build.documents.length,
    refused,
    problems,
    graph: source.graph ? corpusGraphOf(build) : null,
    inferredIds: build.alignment.inferredIds,
    ms: Math.round(performance.now() - started),
  };
  return { build, seeded };
}
