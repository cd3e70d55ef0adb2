/**
 * Golden files: the parser's output for each corpus document, reviewed clause by clause and committed under
 * __golden__/. parse/golden.test.ts compares; `npx tsx graph-seed/src/parse/updateGolden.ts` rewrites (CI never).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../io/decode';
import { defaultCorpusDir } from '../io/readPolicy';
import type { ParseResult } from '../model/document';
import { parsePolicyText } from './parsePolicy';

export const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

/** Corpus file names (`330411-xiuzhou-2025.txt`, …), sorted. */
export function corpusNames(): string[] {
  return readdirSync(defaultCorpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

export function goldenPath(name: string): string {
  return join(goldenDir, name.replace(/\.txt$/, '.golden.json'));
}

/** The parse of one corpus file with diagnostics naming the bare file name, so goldens do not depend on paths. */
export function parseCorpusFile(name: string): ParseResult {
  const decoded = decodeBytes(readFileSync(join(defaultCorpusDir, name)), name);
  if (decoded.text === null) return { document: null, diagnostics: decoded.diagnostics };
  return parsePolicyText(decoded.text, name);
}

/** Stable JSON of a parse result as stored in a golden file. */
export function goldenJson(result: ParseResult): string {
  return `${JSON.stringify(result.document, null, 2)}\n`;
}
