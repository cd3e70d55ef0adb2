/**
 * What the server loads at start: the corpus, plus in persistent mode the texts imported earlier (an import with
 * the id of a corpus document replaces it). The import worker builds them into one graph with the alignment
 * (importState.ts), keeping the inferred ids kept in the data directory (or, without one, those the store holds),
 * and holds that build for the imports to come; the graph is written in one transaction after which the store holds exactly it,
 * whatever an earlier run or a crash left.
 *
 * With a data directory, the graph record (fingerprint.ts) says whether the store already holds the graph of these
 * very texts and code: then nothing is parsed, aligned or written here, and the worker builds its state in the
 * background (main.ts warms it up once the server answers), never on the thread that answers reads. When the only
 * change is new corpus texts, the worker builds the state of what the store holds and adds their documents one by
 * one, as imports are added (one delta, one transaction each): the graph a full rebuild gives, without realigning.
 * Anything else (a text changed or removed, the kept imports or the code changed) realigns, and `start` says why.
 */
import { readdir } from 'node:fs/promises';
import { defaultCorpusDir } from '@policy-cascade/graph-seed';
import type { AlignmentReview, Diagnostic, StaleReview } from '@policy-cascade/graph-seed';
import { storedPolicyCount } from '../load';
import type { LoadSummary } from '../load';
import type { CypherStore } from '../store/CypherStore';
import { GraphRecord } from './fingerprint';
import type { StartPlan } from './fingerprint';
import { PolicyImporter } from './PolicyImporter';
import type { ImporterOptions } from './PolicyImporter';
import { growLibrary, writeWhole } from './growLibrary';
import type { GrowthOutcome, Opening } from './growLibrary';
import { readKeptTexts } from './keptTexts';
import type { KeptText } from './keptTexts';

export interface LibraryOptions extends ImporterOptions {
  /** Corpus directory or directories; graph-seed/corpus by default. */
  corpusDir?: string | readonly string[] | undefined;
  /** The reviews kept in the data directory (review/readKeptReviews), laid over the graph a start writes. */
  keptReviews?: readonly AlignmentReview[];
}

/**
 * What the start did: kept the stored graph; is adding the documents of new corpus texts (`settled` once they are in
 * — the server answers meanwhile from the stored graph); or realigned, and why.
 */
export type StartMode =
  | { kind: 'kept' }
  | { kind: 'adding'; texts: number; settled: Promise<GrowthOutcome> }
  | { kind: 'realigned'; reason: string };

export interface Library {
  importer: PolicyImporter;
  start: StartMode;
  /** What was written whole, or null when the stored graph was kept (its fingerprint matched, or texts were added). */
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

/** What the start must do; without a data directory (in memory), or with an empty store, realign. */
async function startPlan(
  store: CypherStore,
  record: GraphRecord | null,
  kept: readonly KeptText[],
): Promise<StartPlan> {
  if (record === null) return { kind: 'realign', reason: 'no data directory' };
  const plan = record.plan(kept);
  if (plan.kind === 'realign' || (await storedPolicyCount(store)) > 0) return plan;
  return { kind: 'realign', reason: 'the store holds no graph' };
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
  const plan = await startPlan(store, record, kept.texts);
  const opening: Opening = { store, record, kept: kept.texts, options };
  const unwritten = { load: null, texts, problems: kept.problems, refused: [], staleReviews: [] };
  if (plan.kind === 'kept')
    return { importer: new PolicyImporter(store, source, options, record), start: plan, ...unwritten };
  if (plan.kind === 'added') {
    const importer = new PolicyImporter(store, { ...source, newCorpusTexts: plan.paths }, options, record);
    const start: StartMode = { kind: 'adding', texts: plan.paths.length, settled: growLibrary(importer, opening) };
    return { importer, start, ...unwritten };
  }
  const importer = new PolicyImporter(store, source, options, record);
  try {
    const seeded = await importer.warmUp({ graph: true });
    const written = await writeWhole(seeded, opening, importer.texts.inferred);
    const problems = [...kept.problems, ...seeded.problems];
    return { importer, start: { kind: 'realigned', reason: plan.reason }, texts, ...written, problems };
  } catch (error) {
    await importer.close();
    throw error;
  }
}
