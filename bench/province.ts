/**
 * Province benchmark (issue 10): the province-wide test corpus (graph-seed/corpus-province, real web copies of other
 * localities' versions and a few written variants) built with the five documents.
 * - Parse figures: texts read and refused (by code), warnings by code, parse time of the province texts.
 * - First clauses: the share of first clauses that reach the provincial measure expectations.json names for them
 *   (through IMPLEMENTS, via a city where there is one), the share that reach any provincial measure, and the list of
 *   those that do not — the figure the alignment work improves. No target; it only goes up.
 * Prints `name: value unit` lines; asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildCorpusGraph,
  decodeBytes,
  defaultCorpusDir,
  loadCorpus,
  parsePolicyText,
  provinceCorpusDir,
  provinceExpectations,
} from '@policy-cascade/graph-seed';
import type { PolicyGraph } from '@policy-cascade/graph-seed';

const print = (name: string, value: string, unit = '') =>
  process.stdout.write(`${name}: ${value}${unit ? ` ${unit}` : ''}\n`);

function counted(codes: string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return (
    [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, n]) => `${code}=${n}`)
      .join(' ') || 'none'
  );
}

function parseFigures(): void {
  const names = readdirSync(provinceCorpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const texts = names.map((name) => ({ name, bytes: readFileSync(join(provinceCorpusDir, name)) }));
  // The first parse loads the opencc dictionaries and compiles the regexes: not counted.
  const warm = texts[0];
  if (warm) parsePolicyText(decodeBytes(warm.bytes, warm.name).text ?? '', warm.name);
  let max = 0;
  const started = performance.now();
  for (const { name, bytes } of texts) {
    const one = performance.now();
    const decoded = decodeBytes(bytes, name);
    if (decoded.text !== null) parsePolicyText(decoded.text, name);
    max = Math.max(max, performance.now() - one);
  }
  print('province.parse.texts', String(texts.length), 'files');
  print('province.parse.total', (performance.now() - started).toFixed(1), 'ms');
  print('province.parse.document.max', max.toFixed(1), 'ms');
}

/** The provincial clauses a clause reaches by following IMPLEMENTS upwards. */
function provincialReach(graph: PolicyGraph): (clauseId: string) => Set<string> {
  const up = new Map<string, string[]>();
  for (const e of graph.edges)
    if (e.type === 'IMPLEMENTS' && e.from.includes('/')) up.set(e.from, [...(up.get(e.from) ?? []), e.to]);
  return (clauseId) => {
    const reached = new Set<string>();
    const queue = [clauseId];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const target of up.get(id) ?? []) {
        if (reached.has(target)) continue;
        reached.add(target);
        queue.push(target);
      }
    }
    return new Set([...reached].filter((id) => id.startsWith('330000-')));
  };
}

export async function run(): Promise<void> {
  parseFigures();
  const { documents, diagnostics } = loadCorpus([defaultCorpusDir, provinceCorpusDir]);
  const province = diagnostics.filter((d) => d.file.startsWith(provinceCorpusDir));
  print('province.refused', counted(province.filter((d) => d.severity === 'error').map((d) => d.code)));
  print('province.warnings', counted(province.filter((d) => d.severity === 'warning').map((d) => d.code)));
  const started = performance.now();
  const graph = buildCorpusGraph(documents);
  print('province.build.aligned', (performance.now() - started).toFixed(1), 'ms');

  const reach = provincialReach(graph);
  const titleOf = new Map(documents.flatMap((d) => d.clauses.map((c) => [c.id, c.title] as const)));
  const checked = [...provinceExpectations()].filter(([, e]) => !e.refused && e.firstClause);
  let same = 0;
  let any = 0;
  const misses: string[] = [];
  for (const [, expected] of checked) {
    const clause = `${expected.id}/c1`;
    const reached = reach(clause);
    const wanted = reach(expected.firstClause ?? '');
    const hit = [...reached].some((id) => wanted.has(id));
    if (hit) same++;
    if (reached.size > 0) any++;
    if (!hit) {
      const got = reached.size > 0 ? [...reached].join(',') : 'no provincial measure';
      misses.push(
        `${clause} ${titleOf.get(clause) ?? ''} → ${got}; expected ${[...wanted].join(',')} (as ${expected.firstClause})`,
      );
    }
  }
  print(
    'province.firstClause.sameMeasure',
    (same / Math.max(1, checked.length)).toFixed(2),
    `share (${same}/${checked.length})`,
  );
  print(
    'province.firstClause.anyProvincial',
    (any / Math.max(1, checked.length)).toFixed(2),
    `share (${any}/${checked.length})`,
  );
  for (const miss of misses) print('province.firstClause.miss', miss);
}
