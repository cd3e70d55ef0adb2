/**
 * The hand-labelled alignment set (test/fixtures/alignment-labels.json) and the pair sets it defines, shared by the
 * tests and bench/alignment.ts. Reading it fails with an error naming the file and the field at fault.
 */
import { readFileSync } from 'node:fs';

export interface LabelledMeasure {
  key: string;
  title: string;
  clauses: Record<string, string[]>;
  note?: string;
}

export interface AlignmentLabels {
  measures: LabelledMeasure[];
  localAdditions: string[];
  successions: Array<[string, string]>;
}

function fail(file: string, field: string, problem: string): never {
  throw new Error(`${file}: ${field}: ${problem}`);
}

/** Reads and checks the labelled set. */
export function readLabels(file: string): AlignmentLabels {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<AlignmentLabels>;
  if (!Array.isArray(data.measures)) fail(file, 'measures', 'expected an array');
  data.measures.forEach((m, i) => {
    if (typeof m.key !== 'string' || typeof m.clauses !== 'object' || m.clauses === null)
      fail(file, `measures[${i}]`, 'expected { key, title, clauses }');
  });
  if (!Array.isArray(data.localAdditions)) fail(file, 'localAdditions', 'expected an array of clause ids');
  if (!Array.isArray(data.successions)) fail(file, 'successions', 'expected an array of [newId, oldId] pairs');
  return data as AlignmentLabels;
}

/** Unordered pair key. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Gold peer pairs: every pair of clauses of different documents within a labelled measure. */
export function goldPairs(labels: AlignmentLabels): Set<string> {
  const pairs = new Set<string>();
  for (const measure of labels.measures) {
    const entries = Object.entries(measure.clauses).flatMap(([policy, ids]) => ids.map((id) => [policy, id] as const));
    for (const [p, a] of entries) for (const [q, b] of entries) if (p !== q) pairs.add(pairKey(a, b));
  }
  return pairs;
}

/** Precision, recall and F1 of found pairs against gold pairs. */
export function score(found: Set<string>, gold: Set<string>) {
  const truePositives = [...found].filter((k) => gold.has(k)).length;
  const precision = found.size === 0 ? 0 : truePositives / found.size;
  const recall = gold.size === 0 ? 0 : truePositives / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const falsePositives = [...found].filter((k) => !gold.has(k));
  const falseNegatives = [...gold].filter((k) => !found.has(k));
  return { precision, recall, f1, falsePositives, falseNegatives };
}
