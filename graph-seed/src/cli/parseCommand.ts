/**
 * `npm run -s cascade -- parse <file>`: prints the PolicyDocument of one text as JSON (2-space indent) on stdout.
 * Errors go to stderr as `file:line: message` (exit 1); warnings as `file:line: warning: message` (exit 0).
 */
import type { Diagnostic } from '../model/document';
import { basename, dirname } from 'node:path';
import { readManifest } from '../io/manifest';
import { corpusTextNames, readPolicyFile } from '../io/readPolicy';

function formatDiagnostic(d: Diagnostic): string {
  return d.severity === 'error' ? `${d.file}:${d.line}: ${d.message}` : `${d.file}:${d.line}: warning: ${d.message}`;
}

function textsBeside(file: string): string[] {
  try {
    return corpusTextNames(dirname(file));
  } catch {
    return []; // the file's own read error says what is wrong
  }
}

/** Runs the `parse` command; returns the exit code. */
export async function parseCommand(args: string[]): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || file === '--help' || file === '-h' || extra.length > 0) {
    process.stderr.write('usage: cascade parse <file>\n');
    return file === '--help' || file === '-h' ? 0 : 1;
  }
  // A manifest beside the file (a corpus folder's) applies as it does when the whole corpus is loaded.
  const manifest = readManifest(dirname(file), textsBeside(file));
  const result = readPolicyFile(file, manifest.hints.get(basename(file)));
  for (const diagnostic of [...manifest.diagnostics, ...result.diagnostics])
    process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  if (!result.document) return 1;
  process.stdout.write(`${JSON.stringify(result.document, null, 2)}\n`);
  return 0;
}
