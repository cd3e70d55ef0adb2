/**
 * What `build` and `load` (server/src/cli/loadCommand.ts) share: reading one or more corpus directories, reporting
 * every problem as `file:line: message`, and the exit status. A corpus is never all-or-nothing: the documents that
 * can be read are built, the others are reported, and the status tells a script which happened.
 */
import type { Diagnostic, PolicyDocument } from '../model/document';
import { MANIFEST_FILE } from '../io/manifest';
import { loadCorpus } from '../io/readPolicy';

/** Exit statuses of `build` and `load` (README, Command line). */
export const EXIT = {
  /** Every document was built (and loaded). */
  OK: 0,
  /** Nothing was built: a usage error, an unreadable corpus directory, no readable document, or a failed write. */
  FAILED: 1,
  /** The graph was built (and loaded) from the documents that could be read; the others were refused. */
  PARTIAL: 2,
} as const;

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

export interface CorpusRead {
  documents: PolicyDocument[];
  /** Texts left out (unreadable, unplaceable, copies), one path each. */
  refused: string[];
}

/**
 * Reads the corpus directories (graph-seed/corpus when none is given), writes every diagnostic to `write` and a
 * summary line when texts were refused. Null when there is nothing to build.
 */
export function readCorpus(dirs: readonly string[], command: string, write: (line: string) => void): CorpusRead | null {
  const { documents, diagnostics } = dirs.length > 0 ? loadCorpus(dirs) : loadCorpus();
  for (const d of diagnostics) write(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const refused = [...new Set(errors.filter((d) => !d.file.endsWith(MANIFEST_FILE)).map((d) => d.file))];
  if (documents.length === 0) {
    write(`${command}: no document could be read${errors.length === 0 ? ' (no *.txt in the corpus)' : ''}`);
    return null;
  }
  if (refused.length > 0)
    write(
      `${command}: ${refused.length} of ${refused.length + documents.length} texts refused; building the other ${documents.length}`,
    );
  return { documents, refused };
}

/** Parses `--corpus <dir>` (repeatable) and the single-valued `flags`; a string is a usage error naming the option. */
export function parseCorpusArgs<F extends string>(
  args: readonly string[],
  command: string,
  flags: readonly F[],
): { corpus: string[]; values: Partial<Record<F, string>> } | string {
  const corpus: string[] = [];
  const values: Partial<Record<F, string>> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const value = args[i + 1];
    if (flag !== '--corpus' && !flags.includes(flag.slice(2) as F)) return `${command}: unknown option '${flag}'`;
    if (value === undefined || value.startsWith('--')) return `${command}: ${flag} needs a value`;
    if (flag === '--corpus') corpus.push(value);
    else values[flag.slice(2) as F] = value;
  }
  return { corpus, values };
}
