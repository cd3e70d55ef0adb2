/**
 * File-system entry points: one policy file, or a whole corpus directory. The only I/O of the parsing side; all
 * failures (missing file, unreadable bytes, no structure) come back as diagnostics, never as exceptions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, ParseResult, PolicyDocument } from '../model/document';
import { parsePolicyText } from '../parse/parsePolicy';
import { decodeBytes } from './decode';
import { distinctPolicyIds, mergeCopies } from '../parse/distinctIds';
import type { MetadataHints } from '../parse/metadata';
import { readManifest } from './manifest';

/** graph-seed/corpus, found from this module's location so it works from any working directory. */
export const defaultCorpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus');

function readError(path: string, error: unknown): Diagnostic {
  const reason =
    error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
  const message =
    reason === 'ENOENT'
      ? 'no such file'
      : reason === 'EISDIR'
        ? 'is a directory, not a file'
        : `cannot read the file (${reason})`;
  return { file: path, line: 0, severity: 'error', code: 'READ_FAILED', message };
}

/**
 * Reads, decodes and parses one policy text file. Diagnostics name the file as given in `path`.
 * @returns the parse result; `document` is null when the file cannot be read or has no structure.
 */
export function readPolicyFile(path: string, hints?: MetadataHints): ParseResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { document: null, diagnostics: [readError(path, error)] };
  }
  const decoded = decodeBytes(bytes, path);
  if (decoded.text === null) return { document: null, diagnostics: decoded.diagnostics };
  const result = parsePolicyText(decoded.text, basename(path), hints);
  // A text refused after a legacy decoding may be garbage from the wrong encoding: the error says which was used.
  const convertedFrom = decoded.diagnostics.find((d) => d.code === 'ENCODING')?.message.replace(/^.*decoded as /, '');
  const withEncoding = (d: Diagnostic): Diagnostic =>
    d.severity === 'error' && convertedFrom
      ? { ...d, message: `${d.message} (the file was read as ${convertedFrom})` }
      : d;
  // The parser names the file by its base name (what the metadata records); diagnostics use the path as given.
  const diagnostics = [...decoded.diagnostics, ...result.diagnostics.map(withEncoding)].map((d) => ({
    ...d,
    file: path,
  }));
  if (result.document) {
    result.document.warnings = diagnostics.filter((d) => d.severity === 'warning');
  }
  return { document: result.document, diagnostics };
}

/** The policy texts of a corpus directory: its `*.txt` files, in name order. Throws when the directory can't be read. */
export function corpusTextNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && statSync(join(dir, name)).isFile())
    .sort();
}

/** Parses the `*.txt` of one corpus directory with its manifest; documents that fail are left out. */
function loadDirectory(dir: string): {
  documents: PolicyDocument[];
  diagnostics: Diagnostic[];
  paths: Map<string, string>;
} {
  let names: string[];
  try {
    names = corpusTextNames(dir);
  } catch (error) {
    return { documents: [], diagnostics: [readError(dir, error)], paths: new Map() };
  }
  const manifest = readManifest(dir, names);
  const documents: PolicyDocument[] = [];
  const diagnostics: Diagnostic[] = [...manifest.diagnostics];
  for (const name of names) {
    const result = readPolicyFile(join(dir, name), manifest.hints.get(name));
    if (result.document) documents.push(result.document);
    diagnostics.push(...result.diagnostics);
  }
  return { documents, diagnostics, paths: new Map(names.map((name) => [name, join(dir, name)])) };
}

/**
 * Parses every `*.txt` of one or more corpus directories (default graph-seed/corpus), in directory and file-name
 * order, with the facts of each directory's manifest.json where a text does not state them. A corpus is never
 * all-or-nothing: a text that cannot be read, parsed or placed is left out with an error diagnostic naming its file
 * and line, and so is a second copy of one document (DUPLICATE, the fuller copy kept); the rest get their final ids
 * (distinctPolicyIds). Everyone's warnings come back too.
 */
export function loadCorpus(dirs: string | readonly string[] = defaultCorpusDir): {
  documents: PolicyDocument[];
  diagnostics: Diagnostic[];
} {
  const loaded = (typeof dirs === 'string' ? [dirs] : dirs).map(loadDirectory);
  const paths = new Map(loaded.flatMap((l) => [...l.paths]));
  const copies = mergeCopies(loaded.flatMap((l) => l.documents));
  const duplicates = copies.diagnostics.map((d) => ({ ...d, file: paths.get(d.file) ?? d.file }));
  return {
    documents: distinctPolicyIds(copies.documents),
    diagnostics: [...loaded.flatMap((l) => l.diagnostics), ...duplicates],
  };
}
