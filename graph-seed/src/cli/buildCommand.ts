import { writeFileSync } from 'node:fs';
import type { Diagnostic } from '../model/document';
import type { PolicyGraph } from '../model/graph';
import { buildCorpusGraph } from '../graph/corpusGraph';
import { loadCorpus } from '../io/readPolicy';

interface BuildOptions {
  corpus: string | undefined;
  out: string | undefined;
}

/** Parse `--corpus <dir>` and `--out <file>`; an unknown or incomplete option is a usage error naming it. */
function parseArgs(args: string[]): BuildOptions | string {
  const options: BuildOptions = { corpus: undefined, out: undefined };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag !== '--corpus' && flag !== '--out') return `build: unknown option '${flag}'`;
    if (value === undefined || value.startsWith('--')) return `build: ${flag} needs a value`;
    if (flag === '--corpus') options.corpus = value;
    else options.out = value;
    i++;
  }
  return options;
}

function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

/** `label: n` / `type: n` lines, sorted, so a user sees what the graph holds. */
function countLines(graph: PolicyGraph): string[] {
  const counts = new Map<string, number>();
  for (const n of graph.nodes) counts.set(`node ${n.label}`, (counts.get(`node ${n.label}`) ?? 0) + 1);
  for (const e of graph.edges) counts.set(`edge ${e.type}`, (counts.get(`edge ${e.type}`) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}: ${v}`);
}

/**
 * `build [--corpus <dir>] [--out <file>]`: parse a corpus, build its PolicyGraph and print it as JSON
 * `{nodes:[{id,label,properties}], edges:[{type,from,to,properties}]}` on stdout or into `--out`. Parse errors go to
 * stderr as `file:line: message` with exit code 1; counts per label and type go to stderr.
 */
export async function buildCommand(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\nusage: build [--corpus <dir>] [--out <file>]\n`);
    return 1;
  }
  const { documents, diagnostics } = loadCorpus(options.corpus);
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  let graph: PolicyGraph;
  try {
    graph = buildCorpusGraph(documents);
  } catch (error) {
    process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const json = `${JSON.stringify(graph, null, 1)}\n`;
  try {
    if (options.out) writeFileSync(options.out, json);
    else process.stdout.write(json);
  } catch (error) {
    process.stderr.write(
      `build: cannot write ${options.out}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  for (const line of countLines(graph)) process.stderr.write(`${line}\n`);
  return 0;
}
