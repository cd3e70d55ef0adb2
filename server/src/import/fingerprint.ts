/**
 * What the stored graph was built from (issue 11, start time): a hash of every corpus file, of every kept import
 * and of the code that turns texts into the graph (graph-seed's sources and the loader's). Kept in the data
 * directory next to the imports; a start whose fingerprint matches the stored one, with a store that holds a graph,
 * serves that graph as it is, without parsing or aligning anything.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KeptText } from './keptTexts';

const FILE = 'graph-fingerprint.json';
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

/** The fingerprint of the corpus directories' files and the kept imports. */
export async function fingerprintOf(corpusDirs: readonly string[], kept: readonly KeptText[]): Promise<string> {
  const hash = createHash('sha256').update(await codeVersion());
  for (const [index, dir] of corpusDirs.entries()) {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
    for (const name of names) hash.update(`corpus${index}:${name}:${sha(await readFile(join(dir, name)))}\n`);
  }
  const imports = [...kept].sort((a, b) => (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0));
  for (const text of imports) hash.update(`import:${text.policyId}:${text.sourceName}:${sha(text.text)}\n`);
  return hash.digest('hex');
}

export async function readFingerprint(dataDir: string): Promise<string | null> {
  try {
    const stored = JSON.parse(await readFile(join(dataDir, FILE), 'utf8')) as { fingerprint?: unknown };
    return typeof stored.fingerprint === 'string' ? stored.fingerprint : null;
  } catch {
    return null;
  }
}

/** Records the fingerprint of the graph the store now holds (written beside, then renamed: never half a file). */
export async function writeFingerprint(dataDir: string, fingerprint: string): Promise<void> {
  const file = join(dataDir, FILE);
  await writeFile(`${file}.staged`, JSON.stringify({ fingerprint, writtenAt: new Date().toISOString() }), 'utf8');
  await rename(`${file}.staged`, file);
}
