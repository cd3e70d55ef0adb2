/**
 * What the stored graph was built from (issue 11, start time), kept in `CASCADE_DATA_DIR/graph-fingerprint.json`:
 * a hash of every corpus file, of every kept import and of the code that turns texts into the graph (graph-seed's
 * sources and the loader's). A start whose fingerprint matches, with a store that holds a graph, serves that graph
 * as it is, without parsing or aligning anything on the thread that answers reads. Beside it,
 * `inferred-ids.json` keeps which measure has which inferred id and the highest numbers ever given
 * (inferredIdsFile.ts), so that ids last through restarts, full rebuilds and a new store, and none is given again.
 *
 * The kept texts are the source of truth. The record names a graph only while the store holds exactly that graph:
 * it is cleared (`pending`) before every store write and written again once the write is committed (`settled`),
 * each time beside the final name and renamed into place. A kill at any moment in between leaves no fingerprint, or
 * one that the texts on disk no longer match, and the next start rebuilds from the texts.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInferredIds, writeInferredIds } from './inferredIdsFile';
import type { KeptInferredIds } from './inferredIdsFile';
import type { KeptText } from './keptTexts';

const FINGERPRINT = 'graph-fingerprint.json';
const here = dirname(fileURLToPath(import.meta.url));
/** The code the graph depends on: graph-seed's sources (corpus texts excluded, they are hashed as texts). */
const CODE_DIRS = [join(here, '../../../graph-seed/src'), join(here, '../load')];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

let codeHash: Promise<string> | undefined;

/** A hash of the code that builds the graph, computed once per process. */
function codeVersion(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha256');
    for (const dir of CODE_DIRS)
      for (const file of await filesUnder(dir)) hash.update(relative(dir, file)).update(await readFile(file));
    return hash.digest('hex');
  })();
  return codeHash;
}

/** A hash of the code and of the corpus directories' files, as they are now. */
async function corpusDigest(corpusDirs: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(await codeVersion());
  for (const [index, dir] of corpusDirs.entries()) {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
    for (const name of names) hash.update(`corpus${index}:${name}:${sha(await readFile(join(dir, name)))}\n`);
  }
  return hash.digest('hex');
}

/** The fingerprint of a corpus digest and the kept imports (in any order). */
function fingerprintOf(corpus: string, kept: readonly KeptText[]): string {
  const hash = createHash('sha256').update(corpus);
  const imports = [...kept].sort((a, b) => (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0));
  for (const text of imports) hash.update(`import:${text.policyId}:${text.sourceName}:${sha(text.text)}\n`);
  return hash.digest('hex');
}

/** The fingerprint of the graph the store holds, or null when none is recorded (or the record is being changed). */
async function readFingerprint(dataDir: string): Promise<string | null> {
  try {
    const stored = JSON.parse(await readFile(join(dataDir, FINGERPRINT), 'utf8')) as { fingerprint?: unknown };
    return typeof stored.fingerprint === 'string' ? stored.fingerprint : null;
  } catch {
    return null;
  }
}

/** Written beside, then renamed: never half a file. */
async function writeJson(dataDir: string, name: string, content: object): Promise<void> {
  const file = join(dataDir, name);
  await writeFile(`${file}.staged`, JSON.stringify({ ...content, writtenAt: new Date().toISOString() }), 'utf8');
  await rename(`${file}.staged`, file);
}

/** The graph record of a data directory, for the corpus the server was started with. */
export class GraphRecord {
  private constructor(
    private readonly dataDir: string,
    /** Code and corpus files as they were read at start: the graph is built from those, whatever changes later. */
    private readonly corpus: string,
    private recorded: string | null,
    private inferred: KeptInferredIds,
  ) {}

  static async open(dataDir: string, corpusDirs: readonly string[]): Promise<GraphRecord> {
    const [corpus, fingerprint, inferred] = await Promise.all([
      corpusDigest(corpusDirs),
      readFingerprint(dataDir),
      readInferredIds(dataDir),
    ]);
    return new GraphRecord(dataDir, corpus, fingerprint, inferred);
  }

  /**
   * Clears the fingerprint of a data directory whose store is written by other means (`cascade load`); returns the
   * inferred ids kept there, for the graph written there to keep them.
   */
  static async invalidate(dataDir: string): Promise<KeptInferredIds> {
    await writeJson(dataDir, FINGERPRINT, { fingerprint: null });
    return readInferredIds(dataDir);
  }

  /** Which measure has which inferred id, and the highest numbers ever given (inferredIdsFile.ts). */
  get inferredIds(): KeptInferredIds {
    return this.inferred;
  }

  /** True when the stored graph was built from this corpus, this code and exactly these kept texts. */
  matches(kept: readonly KeptText[]): boolean {
    return this.recorded !== null && this.recorded === fingerprintOf(this.corpus, kept);
  }

  /** Before the store changes: the record no longer names the graph it holds. */
  async pending(): Promise<void> {
    this.recorded = null;
    await writeJson(this.dataDir, FINGERPRINT, { fingerprint: null });
  }

  /** The store holds the graph of the corpus and `kept`, whose inferred clauses and sections have the ids `inferred`. */
  async settled(kept: readonly KeptText[], inferred: KeptInferredIds): Promise<void> {
    this.inferred = await writeInferredIds(this.dataDir, inferred, this.inferred.highest);
    const fingerprint = fingerprintOf(this.corpus, kept);
    await writeJson(this.dataDir, FINGERPRINT, { fingerprint });
    this.recorded = fingerprint;
  }
}
