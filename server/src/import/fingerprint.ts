/**
 * What the stored graph was built from (issue 11, start time), kept in `CASCADE_DATA_DIR/graph-fingerprint.json`:
 * a hash of every corpus file, of every kept import and of the code that turns texts into the graph (graph-seed's
 * sources and the loader's). A start whose fingerprint matches, with a store that holds a graph, serves that graph
 * as it is, without parsing or aligning anything on the thread that answers reads. Beside it,
 * `inferred-ids.json` keeps the highest inferred numbers ever given, so that an id is never given again, across
 * restarts and full rebuilds too (graph-seed's InferredIds.highest).
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
import type { KeptText } from './keptTexts';

const FINGERPRINT = 'graph-fingerprint.json';
/** Apart from the fingerprint, so that removing it (a full rebuild) never forgets a number. */
const HIGHEST = 'inferred-ids.json';
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

async function readHighest(dataDir: string): Promise<Map<string, number>> {
  try {
    const stored = JSON.parse(await readFile(join(dataDir, HIGHEST), 'utf8')) as { highest?: Record<string, unknown> };
    const entries = Object.entries(stored.highest ?? {}).filter((e): e is [string, number] => Number.isInteger(e[1]));
    return new Map(entries);
  } catch {
    return new Map();
  }
}

/** Written beside, then renamed: never half a file. */
async function writeJson(dataDir: string, name: string, content: object): Promise<void> {
  const file = join(dataDir, name);
  await writeFile(`${file}.staged`, JSON.stringify({ ...content, writtenAt: new Date().toISOString() }), 'utf8');
  await rename(`${file}.staged`, file);
}

/** The larger number per prefix of two sets of highest inferred numbers. */
export function maxima(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [prefix, n] of b) out.set(prefix, Math.max(n, out.get(prefix) ?? 0));
  return out;
}

/** The graph record of a data directory, for the corpus the server was started with. */
export class GraphRecord {
  private constructor(
    private readonly dataDir: string,
    /** Code and corpus files as they were read at start: the graph is built from those, whatever changes later. */
    private readonly corpus: string,
    private recorded: string | null,
    private highestGiven: ReadonlyMap<string, number>,
  ) {}

  static async open(dataDir: string, corpusDirs: readonly string[]): Promise<GraphRecord> {
    const [corpus, fingerprint, highest] = await Promise.all([
      corpusDigest(corpusDirs),
      readFingerprint(dataDir),
      readHighest(dataDir),
    ]);
    return new GraphRecord(dataDir, corpus, fingerprint, highest);
  }

  /**
   * Clears the fingerprint of a data directory whose store is written by other means (`cascade load`); returns the
   * highest numbers given, for the graph written there to number above them.
   */
  static async invalidate(dataDir: string): Promise<ReadonlyMap<string, number>> {
    await writeJson(dataDir, FINGERPRINT, { fingerprint: null });
    return readHighest(dataDir);
  }

  /** The highest inferred numbers ever given under each prefix. */
  get highest(): ReadonlyMap<string, number> {
    return this.highestGiven;
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

  /** The store holds the graph of the corpus and `kept`; `highest`: the numbers given up to it. */
  async settled(kept: readonly KeptText[], highest: ReadonlyMap<string, number>): Promise<void> {
    this.highestGiven = maxima(this.highestGiven, highest);
    await writeJson(this.dataDir, HIGHEST, { highest: Object.fromEntries(this.highestGiven) });
    const fingerprint = fingerprintOf(this.corpus, kept);
    await writeJson(this.dataDir, FINGERPRINT, { fingerprint });
    this.recorded = fingerprint;
  }
}
