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
/** Apart from the fingerprint, so that removing it (a full rebuild) never forgets a number. */
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

/** Every file of the corpus directories as it is now: `{directory index}:{name}` → its hash. */
async function corpusFiles(corpusDirs: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [index, dir] of corpusDirs.entries()) {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
    for (const name of names) files.set(`${index}:${name}`, sha(await readFile(join(dir, name))));
  }
  return files;
}

/** Each kept import's policy id → the hash of its name and text. */
function keptHashes(kept: readonly KeptText[]): Map<string, string> {
  return new Map(kept.map((text) => [text.policyId, sha(`${text.sourceName}\n${text.text}`)]));
}

/** The fingerprint of the code, the corpus files and the kept imports (in any order). */
function fingerprintOf(code: string, corpus: ReadonlyMap<string, string>, kept: readonly KeptText[]): string {
  const hash = createHash('sha256').update(code);
  for (const [key, digest] of corpus) hash.update(`corpus${key}:${digest}\n`);
  const imports = [...keptHashes(kept)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [policyId, digest] of imports) hash.update(`import:${policyId}:${digest}\n`);
  return hash.digest('hex');
}

/** What the record file holds: the fingerprint and what it was computed from, file by file. */
interface Recorded {
  fingerprint: string;
  code: string | null;
  corpus: Map<string, string> | null;
  imports: Map<string, string> | null;
}

const asHashes = (value: unknown): Map<string, string> | null =>
  value !== null && typeof value === 'object'
    ? new Map(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : null;

/** The record of the graph the store holds, or null when none is (or the record is being changed). */
async function readRecord(dataDir: string): Promise<Recorded | null> {
  try {
    const stored = JSON.parse(await readFile(join(dataDir, FINGERPRINT), 'utf8')) as Record<string, unknown>;
    if (typeof stored.fingerprint !== 'string') return null;
    const code = typeof stored.code === 'string' ? stored.code : null;
    return {
      fingerprint: stored.fingerprint,
      code,
      corpus: asHashes(stored.corpus),
      imports: asHashes(stored.imports),
    };
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

/**
 * What a start must do to bring the store to the texts on disk: nothing, add the corpus texts it does not hold
 * (`added`: their paths), or realign everything (`reason` says why, for the log).
 */
export type StartPlan = { kind: 'kept' } | { kind: 'added'; paths: string[] } | { kind: 'realign'; reason: string };

/** Why the record and the files differ beyond new corpus texts, or null when only texts were added. */
function beyondAdditions(
  recorded: Recorded,
  code: string,
  corpus: ReadonlyMap<string, string>,
  kept: readonly KeptText[],
) {
  if (!recorded.code || !recorded.corpus || !recorded.imports) return 'the graph record predates per-text hashes';
  if (recorded.code !== code) return 'the code that builds the graph changed';
  const imports = keptHashes(kept);
  const sameImports =
    imports.size === recorded.imports.size && [...imports].every(([id, hash]) => recorded.imports?.get(id) === hash);
  if (!sameImports) return 'the imported texts changed';
  const name = (key: string) => key.slice(key.indexOf(':') + 1);
  const removed = [...recorded.corpus.keys()].filter((key) => !corpus.has(key)).map(name);
  if (removed.length > 0) return `corpus files removed: ${removed.join(', ')}`;
  const changed = [...recorded.corpus].filter(([key, hash]) => corpus.get(key) !== hash).map(([key]) => name(key));
  if (changed.length > 0) return `corpus files changed: ${changed.join(', ')}`;
  const other = [...corpus.keys()].filter((key) => !recorded.corpus?.has(key) && !key.endsWith('.txt')).map(name);
  if (other.length > 0) return `corpus files added that are not texts: ${other.join(', ')}`;
  return null;
}

/** The graph record of a data directory, for the corpus the server was started with. */
export class GraphRecord {
  private constructor(
    private readonly dataDir: string,
    private readonly corpusDirs: readonly string[],
    private readonly code: string,
    /** Corpus files as they were read at start: the graph is built from those, whatever changes later. */
    private readonly corpus: ReadonlyMap<string, string>,
    private recorded: Recorded | null,
    private inferred: KeptInferredIds,
  ) {}

  static async open(dataDir: string, corpusDirs: readonly string[]): Promise<GraphRecord> {
    const [code, corpus, recorded, inferred] = await Promise.all([
      codeVersion(),
      corpusFiles(corpusDirs),
      readRecord(dataDir),
      readInferredIds(dataDir),
    ]);
    return new GraphRecord(dataDir, corpusDirs, code, corpus, recorded, inferred);
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
    return this.recorded !== null && this.recorded.fingerprint === fingerprintOf(this.code, this.corpus, kept);
  }

  /**
   * What a start must do, given the kept texts: keep the stored graph when the record matches; add the new corpus
   * texts when the code, the kept imports and every recorded corpus file are as they were; else realign, saying why.
   */
  plan(kept: readonly KeptText[]): StartPlan {
    if (this.matches(kept)) return { kind: 'kept' };
    if (this.recorded === null) return { kind: 'realign', reason: 'no graph record (first start, or a full rebuild)' };
    const reason = beyondAdditions(this.recorded, this.code, this.corpus, kept);
    if (reason !== null) return { kind: 'realign', reason };
    const added = [...this.corpus.keys()].filter((key) => !this.recorded?.corpus?.has(key));
    const path = (key: string) =>
      join(this.corpusDirs[Number(key.slice(0, key.indexOf(':')))]!, key.slice(key.indexOf(':') + 1));
    return { kind: 'added', paths: added.map(path) };
  }

  /** Before the store changes: the record no longer names the graph it holds. */
  async pending(): Promise<void> {
    this.recorded = null;
    await writeJson(this.dataDir, FINGERPRINT, { fingerprint: null });
  }

  /** The store holds the graph of the corpus and `kept`, whose inferred clauses and sections have the ids `inferred`. */
  async settled(kept: readonly KeptText[], inferred: KeptInferredIds): Promise<void> {
    this.inferred = await writeInferredIds(this.dataDir, inferred, this.inferred.highest);
    const recorded: Recorded = {
      fingerprint: fingerprintOf(this.code, this.corpus, kept),
      code: this.code,
      corpus: new Map(this.corpus),
      imports: keptHashes(kept),
    };
    const { fingerprint, code } = recorded;
    const [corpus, imports] = [Object.fromEntries(this.corpus), Object.fromEntries(recorded.imports ?? [])];
    await writeJson(this.dataDir, FINGERPRINT, { fingerprint, code, corpus, imports });
    this.recorded = recorded;
  }
}
