/**
 * Alignment benchmark (issue 5). Targets: peer correspondences precision ≥ 0.95 and recall ≥ 0.90 against the
 * hand-labelled set test/fixtures/alignment-labels.json (see ALIGNMENT-LABELS.md). Prints `name: value unit` lines
 * and the remaining errors as `#` comments; asserts nothing.
 */
import { join } from 'node:path';
import {
  alignCorpus,
  createPolicyIdIndex,
  goldPairs,
  loadCorpus,
  pairKey,
  readLabels,
  score,
} from '@policy-cascade/graph-seed';

const labelsFile = join(import.meta.dirname, '../test/fixtures/alignment-labels.json');
const fixed = (value: number): string => value.toFixed(3);

export async function run(): Promise<void> {
  const { documents } = loadCorpus();
  const labels = readLabels(labelsFile);
  const ids = createPolicyIdIndex(documents);
  const started = performance.now();
  const result = alignCorpus(documents, ids);
  const elapsed = performance.now() - started;

  const peers = new Set(labels.measures.flatMap((m) => Object.keys(m.clauses)));
  const inScope = (id: string) => peers.has(id.slice(0, id.lastIndexOf('/')));
  const found = new Set(
    result.edges
      .filter((e) => e.type === 'CORRESPONDS_TO' && inScope(e.from) && inScope(e.to))
      .map((e) => pairKey(e.from, e.to)),
  );
  const peer = score(found, goldPairs(labels));
  const succeeds = new Set(result.edges.filter((e) => e.type === 'SUCCEEDS').map((e) => `${e.from}|${e.to}`));
  const succession = score(succeeds, new Set(labels.successions.map(([n, o]) => `${n}|${o}`)));

  process.stdout.write(`alignment.precision: ${fixed(peer.precision)}\n`);
  process.stdout.write(`alignment.recall: ${fixed(peer.recall)}\n`);
  process.stdout.write(`alignment.f1: ${fixed(peer.f1)}\n`);
  process.stdout.write(`alignment.measures: ${result.measures.length}\n`);
  process.stdout.write(`alignment.measures.labelled: ${labels.measures.length}\n`);
  // Two inferred clauses with one title are one measure found twice: a false gap in every locality's row.
  const titles = result.nodes
    .filter((n) => n.label === 'Clause')
    .map((n) => `${n.properties.policyId}|${n.properties.title}`);
  process.stdout.write(`alignment.measures.sameTitle: ${titles.length - new Set(titles).size}\n`);
  for (const entry of result.coverage.filter((c) => c.superiorId === '330000-2025'))
    process.stdout.write(`alignment.coverage.${entry.policyId}: ${entry.covered}/${entry.total} measures\n`);
  process.stdout.write(`alignment.succession.precision: ${fixed(succession.precision)}\n`);
  process.stdout.write(`alignment.succession.recall: ${fixed(succession.recall)}\n`);
  process.stdout.write(`alignment.time: ${elapsed.toFixed(1)} ms\n`);
  const title = new Map(documents.flatMap((d) => d.clauses.map((c) => [c.id, c.title] as const)));
  const describe = (key: string) =>
    key
      .split('|')
      .map((id) => `${id} ${title.get(id) ?? ''}`)
      .join(' ~ ');
  for (const key of peer.falsePositives) process.stdout.write(`# false positive: ${describe(key)}\n`);
  for (const key of peer.falseNegatives) process.stdout.write(`# false negative: ${describe(key)}\n`);
  for (const key of succession.falsePositives) process.stdout.write(`# succession false positive: ${describe(key)}\n`);
  for (const key of succession.falseNegatives) process.stdout.write(`# succession false negative: ${describe(key)}\n`);
}
