/**
 * The corpus manifest (graph-seed/corpus/manifest.json, optional): facts about a document that its text does not
 * state, keyed by file name. The parser finds issuer, year, 文号, date and region in the text wherever the text has
 * them, so the manifest is for the rare partial text — and it is checked strictly, naming the file and field.
 *
 *   { "330402-nanhu-2025.txt": { "regionCode": "330402", "year": 2025, "docNumber": "南政发〔2025〕1号" } }
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionByCode } from '../extract/regions';
import type { Diagnostic } from '../model/document';
import type { MetadataHints } from '../parse/metadata';

export const MANIFEST_FILE = 'manifest.json';

const FIELDS: Record<keyof MetadataHints, (value: unknown) => string | null> = {
  regionCode: (v) =>
    typeof v === 'string' && regionByCode(v) ? null : 'must be the GB/T 2260 code of a Zhejiang region (330402)',
  year: (v) => (Number.isInteger(v) && (v as number) >= 1949 && (v as number) <= 2100 ? null : 'must be a year (2025)'),
  docNumber: (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'must be a 文号 (南政发〔2025〕1号)'),
  issuer: (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'must be the issuing body'),
  publishedOn: (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'must be a date (2025-06-01)'),
  status: (v) => (v === 'ISSUED' || v === 'DRAFT' ? null : 'must be ISSUED or DRAFT'),
  title: (v) =>
    typeof v === 'string' && v.trim() !== '' ? null : 'must be the title (南湖区推动经济高质量发展若干政策)',
};

export interface Manifest {
  hints: Map<string, MetadataHints>;
  diagnostics: Diagnostic[];
}

/**
 * Reads and checks `dir/manifest.json`. No file is no manifest. Every problem is an error diagnostic naming the
 * entry and field; a manifest with errors gives no hints at all, so a half-right manifest never half-applies.
 * @param files the corpus file names, so an entry for a file that is not there is reported.
 */
export function readManifest(dir: string, files: readonly string[]): Manifest {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { hints: new Map(), diagnostics: [] };
    return { hints: new Map(), diagnostics: [problem(path, `cannot read the manifest (${String(error)})`)] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { hints: new Map(), diagnostics: [problem(path, `not valid JSON: ${(error as Error).message}`)] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { hints: new Map(), diagnostics: [problem(path, 'must be an object keyed by corpus file name')] };
  }
  const hints = new Map<string, MetadataHints>();
  const diagnostics: Diagnostic[] = [];
  for (const [file, entry] of Object.entries(data)) {
    if (!files.includes(file)) diagnostics.push(problem(path, `"${file}": no such file in the corpus`));
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      diagnostics.push(problem(path, `"${file}": must be an object of facts (regionCode, year, docNumber, …)`));
      continue;
    }
    for (const [field, value] of Object.entries(entry)) {
      const check = FIELDS[field as keyof MetadataHints] as ((value: unknown) => string | null) | undefined;
      const error = check ? check(value) : `unknown field; known: ${Object.keys(FIELDS).join(', ')}`;
      if (error) diagnostics.push(problem(path, `"${file}".${field}: ${error}`));
    }
    hints.set(file, entry as MetadataHints);
  }
  return diagnostics.length > 0 ? { hints: new Map(), diagnostics } : { hints, diagnostics };
}

function problem(file: string, message: string): Diagnostic {
  return { file, line: 0, severity: 'error', code: 'BAD_MANIFEST', message };
}
