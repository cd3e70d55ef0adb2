/**
 * Imported texts kept on disk in persistent mode (CASCADE_DATA_DIR), so an import survives a restart: one JSON file
 * per policy id under `<dataDir>/imports/`, written next to its final name first and renamed only once the store has
 * committed, so the directory never holds a text the store refused.
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

/** Writes the text beside its final place; `commit` moves it there, `discard` removes it. */
export async function stageText(dataDir: string, kept: KeptText) {
  await mkdir(importsDir(dataDir), { recursive: true });
  const final = fileOf(dataDir, kept.policyId);
  const staged = `${final}.staged`;
  await writeFile(staged, JSON.stringify(kept), 'utf8');
  return {
    commit: () => rename(staged, final),
    discard: () => rm(staged, { force: true }),
  };
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
