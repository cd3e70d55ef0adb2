/**
 * What the server loads at start: the corpus, plus in persistent mode the texts imported earlier (an import with
 * the id of a corpus document replaces it). The import worker builds them into one graph with the alignment
 * (importState.ts), keeping the inferred ids kept in the data directory (or, without one, those the store holds), and holds that
 * build for the imports to come; the graph is written in one transaction after which the store holds exactly it,
 * whatever an earlier run or a crash left.
 *
 * With a data directory, the graph record (fingerprint.ts) says whether the store already holds the graph of these
 * very texts and code: then nothing is parsed, aligned or written here, and the worker builds its state in the
 * background (main.ts warms it up once the server answers), never on the thread that answers reads.
 */
import { readdir } from 'node:fs/promises';
import { applyReviews, defaultCorpusDir } from '@policy-cascade/graph-seed';
import type { AlignmentReview, Diagnostic, StaleReview } from '@policy-cascade/graph-seed';
import { storedPolicyCount, writePolicyGraph } from '../load';
import type { LoadSummary } from '../load';
import type { CypherStore } from '../store/CypherStore';
import { GraphRecord } from './fingerprint';
import { PolicyImporter } from './PolicyImporter';
import type { ImporterOptions } from './PolicyImporter';
import { readKeptTexts } from './keptTexts';

export interface LibraryOptions extends ImporterOptions {
  /** Corpus directory or directories; graph-seed/corpus by default. */
  corpusDir?: string | readonly string[] | undefined;
  /** The reviews kept in the data directory (review/readKeptReviews), laid over the graph a start writes. */
  keptReviews?: readonly AlignmentReview[];
}

export interface Library {
  importer: PolicyImporter;
  /** What was written, or null when the stored graph was kept as it was (its fingerprint matched). */
  load: LoadSummary | null;
  /** Texts the graph is built from: corpus files and kept imports. */
  texts: number;
  /** Kept imports that could not be read or parsed, and corpus warnings worth a log line. */
  problems: string[];
  /**
   * Corpus texts that could not be read, parsed or placed (`file:line: message`); the rest is loaded. Known once the
   * worker has read them: at once when the graph was written, from `importer.warmUp()` when it was kept.
   */
  refused: Diagnostic[];
  /**
   * Reviews whose clauses the written graph lacks: kept, reported, applied again should the clauses come back.
   * Empty when the stored graph was kept (the review desk then checks them against the store).
   */
  staleReviews: StaleReview[];
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
  const kept = dataDir === undefined ? { texts: [], problems: [] } : await readKeptTexts(dataDir);
  const texts = (await countTexts(corpusDirs)) + kept.texts.length;
  const record = dataDir === undefined ? null : await GraphRecord.open(dataDir, corpusDirs);
  const inferred = record?.inferredIds ?? { assignment: null, highest: new Map<string, number>() };
  const source = { corpusDirs, kept: kept.texts, inferred };
  const importer = new PolicyImporter(store, source, options, record);
  if (record?.matches(kept.texts) && (await storedPolicyCount(store)) > 0)
    return { importer, load: null, texts, problems: kept.problems, refused: [], staleReviews: [] };
  try {
    const seeded = await importer.warmUp({ graph: true });
    if (!seeded.graph) throw new Error('[import] the import worker did not return the graph');
    const { graph, stale } = applyReviews(seeded.graph, options.keptReviews ?? []);
    await record?.pending();
    const load = await store.transaction((tx) =>
      writePolicyGraph(tx, graph, { replace: 'exact', replaceAlignment: true }),
    );
    await record?.settled(kept.texts, importer.texts.inferred);
    const problems = [...kept.problems, ...seeded.problems];
    return { importer, load, texts, problems, refused: seeded.refused, staleReviews: stale };
  } catch (error) {
    await importer.close();
    throw error;
  }
}
