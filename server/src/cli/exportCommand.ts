/**
 * `export [--corpus <dir>]… [--csv <dir>] [--json <file>]`: the corpus graph as a CSV pair for pandas, R and Gephi
 * (nodes.csv, edges.csv) and/or as `cascade build`'s JSON. nodes.csv has Id, Label (the caption), kind (Clause,
 * Department …) and one column per property; edges.csv has Id, Source, Target, Type (Directed, for Gephi),
 * relationship (IMPLEMENTS …), Weight (the score, 1 where there is none) and one column per property. A property
 * named like a fixed column in any case is `{name}_property` (a clause's label). Lists are JSON (["科技局","经商局"]);
 * absent values are empty. UTF-8 without a byte-order mark, which Gephi would read into the first column's name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusGraph } from '@policy-cascade/graph-seed';
import type { GraphEdge, GraphNode, PolicyGraph } from '@policy-cascade/graph-seed';
import { EXIT, parseCorpusArgs, readCorpus } from '@policy-cascade/graph-seed/cli/corpusReport';
import { stringify } from 'csv-stringify/sync';
import { captionOf } from '../repository';

const USAGE = 'usage: export [--corpus <dir>]… [--csv <dir>] [--json <file>]';

interface ExportOptions {
  corpus: string[];
  csv?: string | undefined;
  json?: string | undefined;
}

function parseArgs(args: string[]): ExportOptions | string {
  const parsed = parseCorpusArgs(args, 'export', ['csv', 'json'] as const);
  if (typeof parsed === 'string') return parsed;
  if (!parsed.values.csv && !parsed.values.json) return 'export: give --csv <dir>, --json <file> or both';
  return { corpus: parsed.corpus, csv: parsed.values.csv, json: parsed.values.json };
}

type Properties = Record<string, unknown>;

function cell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

const NODE_COLUMNS = ['Id', 'Label', 'kind'];
const EDGE_COLUMNS = ['Id', 'Source', 'Target', 'Type', 'relationship', 'Weight'];

/** Property names of all the rows, sorted; `id` is the Id column already. */
function propertyColumns(rows: { properties: Properties }[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.properties)) if (name !== 'id') names.add(name);
  return [...names].sort();
}

/**
 * The header of a property column: its name, or `{name}_property` when a fixed column has that name in any case
 * (a clause's `label` (一) beside Label; Gephi reads column names without regard to case).
 */
function header(name: string, fixed: readonly string[]): string {
  return fixed.some((column) => column.toLowerCase() === name.toLowerCase()) ? `${name}_property` : name;
}

/** nodes.csv: Id, Label, kind, then every property. */
export function nodesCsv(nodes: readonly GraphNode[]): string {
  const columns = propertyColumns([...nodes]);
  const rows = nodes.map((node) => [
    node.id,
    captionOf({ id: node.id, label: node.label, properties: node.properties }),
    node.label,
    ...columns.map((name) => cell(node.properties[name])),
  ]);
  return stringify([[...NODE_COLUMNS, ...columns.map((name) => header(name, NODE_COLUMNS))], ...rows]);
}

/** edges.csv: Id, Source, Target, Type, relationship, Weight, then every property. */
export function edgesCsv(edges: readonly GraphEdge[]): string {
  const columns = propertyColumns([...edges]);
  const rows = edges.map((edge) => {
    const score = edge.properties.score;
    return [
      `${edge.type}:${edge.from}->${edge.to}`,
      edge.from,
      edge.to,
      'Directed',
      edge.type,
      typeof score === 'number' ? score : 1,
      ...columns.map((name) => cell(edge.properties[name])),
    ];
  });
  return stringify([[...EDGE_COLUMNS, ...columns.map((name) => header(name, EDGE_COLUMNS))], ...rows]);
}

function write(graph: PolicyGraph, options: ExportOptions): string[] {
  const written: string[] = [];
  if (options.csv) {
    mkdirSync(options.csv, { recursive: true });
    for (const [name, text] of [
      ['nodes.csv', nodesCsv(graph.nodes)],
      ['edges.csv', edgesCsv(graph.edges)],
    ] as const) {
      writeFileSync(join(options.csv, name), text);
      written.push(join(options.csv, name));
    }
  }
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(graph, null, 1)}\n`);
    written.push(options.json);
  }
  return written;
}

/** Exit status as `build` and `load`: 0 all texts, 2 without the texts reported as refused, 1 nothing written. */
export async function exportCommand(args: string[]): Promise<number> {
  const stderr = (line: string) => process.stderr.write(`${line}\n`);
  const options = parseArgs(args);
  if (typeof options === 'string') {
    stderr(`${options}\n${USAGE}`);
    return EXIT.FAILED;
  }
  try {
    const corpus = readCorpus(options.corpus, 'export', stderr);
    if (!corpus) return EXIT.FAILED;
    const graph = buildCorpusGraph(corpus.documents);
    const written = write(graph, options);
    stderr(`export: ${graph.nodes.length} nodes, ${graph.edges.length} edges → ${written.join(', ')}`);
    return corpus.refused.length > 0 ? EXIT.PARTIAL : EXIT.OK;
  } catch (error) {
    stderr(`export: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.FAILED;
  }
}
