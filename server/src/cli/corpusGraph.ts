/** The corpus graph for the commands that start from texts (load, export), with the corpus diagnostics on stderr. */
import { buildCorpusGraph, loadCorpus } from '@policy-cascade/graph-seed';
import type { Diagnostic, PolicyGraph } from '@policy-cascade/graph-seed';

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

/** The graph of the corpus in `corpus` (graph-seed/corpus by default); undefined when a text does not parse. */
export function corpusGraph(corpus: string | undefined): PolicyGraph | undefined {
  const { documents, diagnostics } = loadCorpus(corpus);
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (diagnostics.some((d) => d.severity === 'error')) return undefined;
  return buildCorpusGraph(documents);
}
