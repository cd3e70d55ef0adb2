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

/** One corpus text as read: its path, its document (null when refused) and its diagnostics. */
interface ReadText {
  path: string;
  document: PolicyDocument | null;
  diagnostics: Diagnostic[];
}

/** Parses the `*.txt` of one corpus directory with its manifest; `diagnostics`: the directory's own (manifest, read). */
function readDirectory(dir: string): { texts: ReadText[]; diagnostics: Diagnostic[] } {
  let names: string[];
  try {
    names = corpusTextNames(dir);
  } catch (error) {
    return { texts: [], diagnostics: [readError(dir, error)] };
  }
  const manifest = readManifest(dir, names);
  const texts = names.map((name) => {
    const path = join(dir, name);
    return { path, ...readPolicyFile(path, manifest.hints.get(name)) };
  });
  return { texts, diagnostics: manifest.diagnostics };
}

/** A corpus: its documents with their final ids, and every diagnostic. */
export interface LoadedCorpus {
  documents: PolicyDocument[];
  diagnostics: Diagnostic[];
}

/** The corpus the texts make, copies merged and ids made distinct, in directory and file-name order. */
function assemble(directories: { texts: ReadText[]; diagnostics: Diagnostic[] }[]): LoadedCorpus {
  const texts = directories.flatMap((d) => d.texts);
  const paths = new Map(texts.map((t) => [basename(t.path), t.path]));
  const copies = mergeCopies(texts.flatMap((t) => (t.document ? [t.document] : [])));
  const duplicates = copies.diagnostics.map((d) => ({ ...d, file: paths.get(d.file) ?? d.file }));
  const diagnostics = directories.flatMap((d) => [...d.diagnostics, ...d.texts.flatMap((t) => t.diagnostics)]);
  return { documents: distinctPolicyIds(copies.documents), diagnostics: [...diagnostics, ...duplicates] };
}

const dirList = (dirs: string | readonly string[]) => (typeof dirs === 'string' ? [dirs] : dirs);

/**
 * Parses every `*.txt` of one or more corpus directories (default graph-seed/corpus), in directory and file-name
 * order, with the facts of each directory's manifest.json where a text does not state them. A corpus is never
 * all-or-nothing: a text that cannot be read, parsed or placed is left out with an error diagnostic naming its file
 * and line, and so is a second copy of one document (DUPLICATE, the fuller copy kept); the rest get their final ids
 * (distinctPolicyIds). Everyone's warnings come back too.
 */
export function loadCorpus(dirs: string | readonly string[] = defaultCorpusDir): LoadedCorpus {
  return assemble(dirList(dirs).map(readDirectory));
}

/**
 * The corpus as it is (`after`) and as it was without the texts at `added` (`before`), each text parsed once: a
 * server start that finds only new texts compares the two to add the new documents one by one (issue 11).
 */
export function loadCorpusGrowth(
  dirs: readonly string[],
  added: readonly string[],
): { before: LoadedCorpus; after: LoadedCorpus } {
  const directories = dirs.map(readDirectory);
  const isNew = new Set(added.map((path) => resolve(path)));
  const before = directories.map((d) => ({ ...d, texts: d.texts.filter((t) => !isNew.has(resolve(t.path))) }));
  return { before: assemble(before), after: assemble(directories) };
}
