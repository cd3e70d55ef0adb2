/**
 * What the server loads at start: the corpus, plus in persistent mode the texts imported earlier (an import with
 * the id of a corpus document replaces it), built into one graph with the alignment and written in one transaction
 * after which the store holds exactly that graph (whatever an earlier run or a crash left). Returns the importer
 * that continues from there.
 */
import { buildCorpusGraph, loadCorpus, parsePolicyText } from '@policy-cascade/graph-seed';
import type { Diagnostic, PolicyDocument } from '@policy-cascade/graph-seed';
import { writePolicyGraph } from '../load';
import type { LoadSummary } from '../load';
import type { CypherStore } from '../store/CypherStore';
import { PolicyImporter } from './PolicyImporter';
import type { ImporterOptions } from './PolicyImporter';
import { importState } from './computeImport';
import type { ImportState } from './computeImport';
import { readKeptTexts } from './keptTexts';

export interface LibraryOptions extends ImporterOptions {
  /** Corpus directory or directories; graph-seed/corpus by default. */
  corpusDir?: string | readonly string[] | undefined;
}

export interface Library {
  importer: PolicyImporter;
  documents: PolicyDocument[];
  /** What the importer started from. */
  state: ImportState;
  load: LoadSummary;
  /** Kept imports that could not be read or parsed, and corpus warnings worth a log line. */
  problems: string[];
  /** Corpus texts that could not be read, parsed or placed (`file:line: message`); the rest is loaded. */
  refused: Diagnostic[];
}

async function keptDocuments(dataDir: string | undefined, problems: string[]): Promise<PolicyDocument[]> {
  if (dataDir === undefined) return [];
  const { texts, problems: unreadable } = await readKeptTexts(dataDir);
  problems.push(...unreadable);
  const documents: PolicyDocument[] = [];
  for (const kept of texts) {
    const { document, diagnostics } = parsePolicyText(kept.text, kept.sourceName);
    if (document) documents.push(document);
    else problems.push(`${kept.sourceName}: ${diagnostics[0]?.message ?? 'cannot be parsed'}`);
  }
  return documents;
}

export async function openLibrary(store: CypherStore, options: LibraryOptions = {}): Promise<Library> {
  // A corpus is never all-or-nothing: the server starts with the texts it can read and reports the others.
  const corpus = loadCorpus(options.corpusDir);
  const refused = corpus.diagnostics.filter((d) => d.severity === 'error');
  const problems: string[] = [];
  const imported = await keptDocuments(options.dataDir, problems);
  const importedIds = new Set(imported.map((d) => d.policy.id));
  const documents = [...corpus.documents.filter((d) => !importedIds.has(d.policy.id)), ...imported];
  const graph = buildCorpusGraph(documents);
  const load = await store.transaction((tx) =>
    writePolicyGraph(tx, graph, { replace: 'exact', replaceAlignment: true }),
  );
  const state = importState(documents, graph);
  return { importer: new PolicyImporter(store, state, options), documents, state, load, problems, refused };
}
