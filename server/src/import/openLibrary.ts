/**
 * What the server loads at start: the corpus, plus in persistent mode the texts imported earlier (an import with
 * the id of a corpus document replaces it), built into one graph with the alignment and written in one transaction
 * that replaces every policy and alignment edge it covers. Inferred clauses keep the ids the store gave them.
 *
 * With a data directory, the graph's fingerprint (fingerprint.ts) is kept beside the imports: when the corpus, the
 * kept texts and the code are those the stored graph was built from, nothing is parsed, aligned or written, and the
 * importer builds its state from the texts at the first import. Returns the importer that continues from there.
 */
import { readdir } from 'node:fs/promises';
import { buildCorpus, corpusGraphOf, defaultCorpusDir, loadCorpus, parsePolicyText } from '@policy-cascade/graph-seed';
import type { CorpusBuild, Diagnostic, PolicyDocument } from '@policy-cascade/graph-seed';
import { storedInferredIds, storedPolicyCount, writePolicyGraph } from '../load';
import type { LoadSummary } from '../load';
import type { CypherStore } from '../store/CypherStore';
import { fingerprintOf, readFingerprint, writeFingerprint } from './fingerprint';
import { PolicyImporter } from './PolicyImporter';
import type { ImporterOptions } from './PolicyImporter';
import { readKeptTexts } from './keptTexts';
import type { KeptText } from './keptTexts';

export interface LibraryOptions extends ImporterOptions {
  /** Corpus directory or directories; graph-seed/corpus by default. */
  corpusDir?: string | readonly string[] | undefined;
}

export interface Library {
  importer: PolicyImporter;
  /** The build the importer continues from (parsed and aligned at the first call when the graph was kept). */
  state: () => Promise<CorpusBuild>;
  /** What was written, or null when the stored graph was kept as it was (its fingerprint matched). */
  load: LoadSummary | null;
  /** Texts the graph is built from: corpus files and kept imports. */
  texts: number;
  /** Kept imports that could not be read or parsed, and corpus warnings worth a log line. */
  problems: string[];
  /** Corpus texts that could not be read, parsed or placed (`file:line: message`); the rest is loaded. */
  refused: Diagnostic[];
}

/** The corpus documents and the kept imports, parsed; an import replaces the corpus document of its id. */
function readDocuments(corpusDirs: readonly string[], kept: readonly KeptText[], problems: string[]) {
  // A corpus is never all-or-nothing: the server starts with the texts it can read and reports the others.
  const corpus = loadCorpus(corpusDirs);
  const refused = corpus.diagnostics.filter((d) => d.severity === 'error');
  const imported: PolicyDocument[] = [];
  for (const text of kept) {
    const { document, diagnostics } = parsePolicyText(text.text, text.sourceName);
    if (document) imported.push(document);
    else problems.push(`${text.sourceName}: ${diagnostics[0]?.message ?? 'cannot be parsed'}`);
  }
  const importedIds = new Set(imported.map((d) => d.policy.id));
  return { documents: [...corpus.documents.filter((d) => !importedIds.has(d.policy.id)), ...imported], refused };
}

async function countTexts(corpusDirs: readonly string[]): Promise<number> {
  let count = 0;
  for (const dir of corpusDirs) count += (await readdir(dir)).filter((name) => name.endsWith('.txt')).length;
  return count;
}

export async function openLibrary(store: CypherStore, options: LibraryOptions = {}): Promise<Library> {
  const corpusDirs =
    typeof options.corpusDir === 'string' ? [options.corpusDir] : (options.corpusDir ?? [defaultCorpusDir]);
  const { dataDir } = options;
  const problems: string[] = [];
  const kept = dataDir === undefined ? { texts: [], problems: [] } : await readKeptTexts(dataDir);
  problems.push(...kept.problems);
  const texts = (await countTexts(corpusDirs)) + kept.texts.length;
  const fingerprint = dataDir === undefined ? null : await fingerprintOf(corpusDirs, kept.texts);
  const record = async () => {
    if (dataDir !== undefined)
      await writeFingerprint(dataDir, await fingerprintOf(corpusDirs, (await readKeptTexts(dataDir)).texts));
  };
  const importerOptions = { ...options, onCommitted: record };
  const unchanged =
    dataDir !== undefined && fingerprint === (await readFingerprint(dataDir)) && (await storedPolicyCount(store)) > 0;
  if (unchanged) {
    let pending: Promise<CorpusBuild> | undefined;
    const state = () =>
      (pending ??= storedInferredIds(store).then((inferredIds) =>
        buildCorpus(readDocuments(corpusDirs, kept.texts, []).documents, { inferredIds }),
      ));
    const importer = new PolicyImporter(store, state, importerOptions);
    return { importer, state, load: null, texts, problems, refused: [] };
  }
  const { documents, refused } = readDocuments(corpusDirs, kept.texts, problems);
  const build = buildCorpus(documents, { inferredIds: await storedInferredIds(store) });
  const graph = corpusGraphOf(build);
  const load = await store.transaction((tx) => writePolicyGraph(tx, graph, { replace: 'all', replaceAlignment: true }));
  if (dataDir !== undefined && fingerprint !== null) await writeFingerprint(dataDir, fingerprint);
  const state = () => Promise.resolve(build);
  return { importer: new PolicyImporter(store, build, importerOptions), state, load, texts, problems, refused };
}
