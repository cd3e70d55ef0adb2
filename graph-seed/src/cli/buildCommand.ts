import { writeFileSync } from 'node:fs';
import type { PolicyGraph } from '../model/graph';
import { buildCorpusGraph } from '../graph/corpusGraph';
import { EXIT, parseCorpusArgs, readCorpus } from './corpusReport';

const USAGE = 'usage: build [--corpus <dir>]… [--out <file>]';

/** `label: n` / `type: n` lines, sorted, so a user sees what the graph holds. */
function countLines(graph: PolicyGraph): string[] {
  const counts = new Map<string, number>();
  for (const n of graph.nodes) counts.set(`node ${n.label}`, (counts.get(`node ${n.label}`) ?? 0) + 1);
  for (const e of graph.edges) counts.set(`edge ${e.type}`, (counts.get(`edge ${e.type}`) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}: ${v}`);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * `build [--corpus <dir>]… [--out <file>]`: parse one or more corpus directories, build their PolicyGraph and print
 * it as JSON `{nodes:[{id,label,properties}], edges:[{type,from,to,properties}]}` on stdout or into `--out`.
 * Problems go to stderr as `file:line: message`, then the counts per label and type. Exit status (EXIT): 0 all built,
 * 2 built without the texts that were refused, 1 nothing built.
 */
export async function buildCommand(args: string[]): Promise<number> {
  const stderr = (line: string) => process.stderr.write(`${line}\n`);
  const options = parseCorpusArgs(args, 'build', ['out'] as const);
  if (typeof options === 'string') {
    stderr(`${options}\n${USAGE}`);
    return EXIT.FAILED;
  }
  const corpus = readCorpus(options.corpus, 'build', stderr);
  if (!corpus) return EXIT.FAILED;
  let graph: PolicyGraph;
  try {
    graph = buildCorpusGraph(corpus.documents);
  } catch (error) {
    stderr(`build: ${message(error)}`);
    return EXIT.FAILED;
  }
  const json = `${JSON.stringify(graph, null, 1)}\n`;
  const out = options.values.out;
  try {
    if (out) writeFileSync(out, json);
    else process.stdout.write(json);
  } catch (error) {
    stderr(`build: cannot write ${out}: ${message(error)}`);
    return EXIT.FAILED;
  }
  for (const line of countLines(graph)) stderr(line);
  return corpus.refused.length > 0 ? EXIT.PARTIAL : EXIT.OK;
}
