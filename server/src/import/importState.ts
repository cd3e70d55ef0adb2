/**
 * The state the import worker holds (issue 11): the corpus build of what the store holds — every document's part of
 * the graph and the alignment's memo — built inside the worker from the texts (the corpus directories and the kept
 * imports) and the inferred ids the graph was built with. It holds WeakMaps and closures, so it never crosses postMessage:
 * only the texts go in, and, at a start that realigns, the graph comes out once for the store to take.
 */
import {
  buildCorpus,
  corpusGraphOf,
  loadCorpus,
  loadCorpusGrowth,
  parsePolicyText,
  primeForImports,
} from '@policy-cascade/graph-seed';
import type {
  CorpusBuild,
  Diagnostic,
  InferredIds,
  LoadedCorpus,
  PolicyDocument,
  PolicyGraph,
} from '@policy-cascade/graph-seed';
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
  /**
   * Corpus texts the store does not hold yet (a start that found only new texts): the state is built without them,
   * and their documents are kept aside to be added one by one (`Seeded.additions`).
   */
  newCorpusTexts?: readonly string[];
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
  /** Documents of the new corpus texts, waiting to be added (one `add` request each). */
  additions: number;
  /**
   * Why the new corpus texts cannot be added one by one (they change documents already held), or null. When set, the
   * state holds the whole corpus and `graph` is its graph, for the start to write whole.
   */
  blocked: string | null;
}

/** Held documents and the documents the new texts add, or why the new texts change more than that. */
type Growth = { held: LoadedCorpus; additions: PolicyDocument[]; blocked: string | null };

/**
 * The corpus without the new texts, and the documents they add. The new texts may change documents already held (a
 * second copy of one merges into it, or two texts claim one id and are ranked): then only a full rebuild is right.
 */
function corpusGrowth(corpusDirs: readonly string[], newTexts: readonly string[]): Growth {
  const { before, after } = loadCorpusGrowth(corpusDirs, newTexts);
  const now = new Map(after.documents.map((d) => [d.policy.id, d]));
  const changed = before.documents.find((d) => JSON.stringify(now.get(d.policy.id)) !== JSON.stringify(d));
  // Then the state is built from the whole corpus at once, and its graph handed back for the start to write.
  if (changed) return { held: after, additions: [], blocked: `the new texts change the document ${changed.policy.id}` };
  const held = { ...after, documents: before.documents };
  const heldIds = new Set(before.documents.map((d) => d.policy.id));
  return { held, additions: after.documents.filter((d) => !heldIds.has(d.policy.id)), blocked: null };
}

/** The corpus documents and the kept imports, parsed; an import replaces the corpus document of its id. */
function readDocuments(source: SeedSource) {
  // A corpus is never all-or-nothing: the texts that can be read are built, the others reported.
  const newTexts = source.newCorpusTexts ?? [];
  const growth: Growth =
    newTexts.length === 0
      ? { held: loadCorpus(source.corpusDirs), additions: [], blocked: null }
      : corpusGrowth(source.corpusDirs, newTexts);
  const corpus = growth.held;
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
  // An import replaces a corpus document of its id, new or not, as in a full build.
  const additions = growth.additions.filter((d) => !importedIds.has(d.policy.id));
  return { documents, refused, problems, additions, blocked: growth.blocked };
}

/**
 * Builds the state from `source`, primed so that the first import costs what the others do. Throws, naming the id,
 * when the documents do not make a valid graph.
 */
export function seedBuild(source: SeedSource): { build: CorpusBuild; seeded: Seeded; additions: PolicyDocument[] } {
  const started = performance.now();
  const { documents, refused, problems, additions, blocked } = readDocuments(source);
  const build = primeForImports(buildCorpus(documents, { inferredIds: source.inferredIds }));
  const seeded: Seeded = {
    documents: build.documents.length,
    refused,
    problems,
    graph: source.graph || blocked !== null ? corpusGraphOf(build) : null,
    inferredIds: build.alignment.inferredIds,
    ms: Math.round(performance.now() - started),
    additions: additions.length,
    blocked,
  };
  return { build, seeded, additions };
}
