/**
 * Imported texts kept on disk in persistent mode (CASCADE_DATA_DIR), so an import survives a restart: one JSON file
 * per policy id under `<dataDir>/imports/`. A text is written beside its final name (`.staged`) and renamed into
 * place before the store takes the graph, and put back as it was when the store refuses it. The files are the
 * journal the graph is rebuilt from at start; a `.staged` file is what a kill left mid-write, removed at start.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface KeptText {
  policyId: string;
  sourceName: string;
  text: string;
  importedAt: string;
}

export function importsDir(dataDir: string): string {
  return join(dataDir, 'imports');
}

function fileOf(dataDir: string, policyId: string): string {
  return join(importsDir(dataDir), `${encodeURIComponent(policyId)}.json`);
}

const STAGED = '.staged';

/** Writes `content` to `path` through a staged file and a rename, so `path` holds the old content or the new. */
export async function replaceFile(path: string, content: string | Buffer): Promise<void> {
  await writeFile(`${path}${STAGED}`, content);
  await rename(`${path}${STAGED}`, path);
}

export async function readIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Puts the text in place; the function returned puts back what was there before (for a store that refused it). */
export async function keepText(dataDir: string, kept: KeptText): Promise<() => Promise<void>> {
  await mkdir(importsDir(dataDir), { recursive: true });
  const final = fileOf(dataDir, kept.policyId);
  const previous = await readIfPresent(final);
  await replaceFile(final, JSON.stringify(kept));
  return () => (previous === null ? rm(final, { force: true }) : replaceFile(final, previous));
}

/** Removes the `.staged` files a kill left behind; returns their names. */
export async function removeStagedTexts(dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(importsDir(dataDir))).filter((name) => name.endsWith(STAGED));
  } catch {
    return [];
  }
  await Promise.all(names.map((name) => rm(join(importsDir(dataDir), name), { force: true })));
  return names;
}

/** Every kept text, oldest import first; unreadable files are reported, not fatal. */
export async function readKeptTexts(dataDir: string): Promise<{ texts: KeptText[]; problems: string[] }> {
  let names: string[];
  try {
    names = (await readdir(importsDir(dataDir))).filter((name) => name.endsWith('.json'));
  } catch {
    return { texts: [], problems: [] };
  }
  const texts: KeptText[] = [];
  const problems: string[] = [];
  for (const name of names) {
    try {
      const kept = JSON.parse(await readFile(join(importsDir(dataDir), name), 'utf8')) as KeptText;
      if (typeof kept.text !== 'string' || typeof kept.sourceName !== 'string') throw new Error('not a kept text');
      texts.push(kept);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  texts.sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
  return { texts, problems };
}
