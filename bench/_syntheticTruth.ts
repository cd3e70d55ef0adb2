/**
 * How right the alignment is on a synthetic corpus, where the truth is known: every synthetic clause copies a clause
 * of a corpus text (SyntheticText.origins), and the hand labels (test/fixtures/alignment-labels.json) say which
 * corpus clauses carry the same measure. Two synthetic clauses carry the same measure when their corpus clauses do,
 * or are the same clause (a local addition copied into many texts is a measure of those copies).
 *
 * Pairs are sampled (seeded): for recall, pairs of clauses of different documents that truly share a measure; for
 * precision, pairs of clauses that reach the same provincial measure. Helper of alignScale.ts and alignProvince.ts.
 */
import { join } from 'node:path';
import { loadCorpus, readLabels } from '@policy-cascade/graph-seed';
import type { PolicyDocument, PolicyGraph, SyntheticText } from '@policy-cascade/graph-seed';

const SAMPLES_PER_GROUP = 40;
const labelsFile = join(import.meta.dirname, '../test/fixtures/alignment-labels.json');

export interface SyntheticQuality {
  precision: number;
  recall: number;
  /** Inferred measures of the province's skeleton. */
  measures: number;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Truth key(s) of every synthetic clause id: the labelled measures of the corpus clause it copies, or that clause. */
export function truthOf(texts: SyntheticText[], docs: PolicyDocument[]): Map<string, string[]> {
  const labels = readLabels(labelsFile);
  const measuresOf = new Map<string, string[]>();
  for (const m of labels.measures)
    for (const id of Object.values(m.clauses).flat()) measuresOf.set(id, [...(measuresOf.get(id) ?? []), m.key]);
  const fileOf = (path: string) => path.split('/').pop()!;
  const baseClause = new Map<string, string>();
  for (const base of loadCorpus().documents)
    for (const clause of base.clauses)
      baseClause.set(`${fileOf(base.policy.sourceFile)}:${clause.sourceLine}`, clause.id);
  const byName = new Map(texts.map((t) => [t.name, t]));
  const truth = new Map<string, string[]>();
  for (const doc of docs) {
    const text = byName.get(fileOf(doc.policy.sourceFile));
    if (!text) continue;
    for (const clause of doc.clauses) {
      const origin = baseClause.get(`${text.base}:${text.baseLines[clause.sourceLine - 1]}`);
      if (origin) truth.set(clause.id, measuresOf.get(origin) ?? [`own:${origin}`]);
    }
  }
  return truth;
}

/** The provincial measures each clause reaches by IMPLEMENTS*1..2. */
export function reachedMeasures(graph: PolicyGraph, rootId: string): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  for (const e of graph.edges)
    if (e.type === 'IMPLEMENTS' && e.from.includes('/')) targets.set(e.from, [...(targets.get(e.from) ?? []), e.to]);
  const reached = new Map<string, string[]>();
  for (const [from, first] of targets) {
    if (from.startsWith(`${rootId}/`)) continue;
    const all = first.flatMap((t) => [t, ...(targets.get(t) ?? [])]).filter((t) => t.startsWith(`${rootId}/`));
    if (all.length > 0) reached.set(from, [...new Set(all)]);
  }
  return reached;
}

function groupsOf(labelsOf: Map<string, string[]>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [id, keys] of labelsOf) for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), id]);
  return groups;
}

/** Share of sampled pairs of each group (clauses of different documents) on which `agree` holds. */
function sampledShare(groups: Map<string, string[]>, agree: (a: string, b: string) => boolean): number {
  const next = random(7);
  const policyOf = (id: string) => id.slice(0, id.lastIndexOf('/'));
  let [hits, total] = [0, 0];
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key)!;
    for (let s = 0, tries = 0; s < SAMPLES_PER_GROUP && tries < 4 * SAMPLES_PER_GROUP; tries++) {
      const a = members[Math.floor(next() * members.length)]!;
      const b = members[Math.floor(next() * members.length)]!;
      if (policyOf(a) === policyOf(b)) continue;
      s++;
      total++;
      if (agree(a, b)) hits++;
    }
  }
  return total === 0 ? 0 : hits / total;
}

export function syntheticQuality(texts: SyntheticText[], docs: PolicyDocument[], graph: PolicyGraph): SyntheticQuality {
  const rootId = '330000-2025';
  const truth = truthOf(texts, docs);
  // Only clauses whose origin is known count (a text whose clause lines the parser read differently is left out).
  const reached = new Map([...reachedMeasures(graph, rootId)].filter(([id]) => truth.has(id)));
  const inFamily = new Map([...truth].filter(([id]) => reached.has(id) || isImplementer(graph, id, rootId)));
  const overlap = (x: string[] | undefined, y: string[] | undefined) => (x ?? []).some((k) => (y ?? []).includes(k));
  return {
    recall: sampledShare(groupsOf(inFamily), (a, b) => overlap(reached.get(a), reached.get(b))),
    precision: sampledShare(groupsOf(reached), (a, b) => overlap(truth.get(a), truth.get(b))),
    measures: graph.nodes.filter((n) => n.label === 'Clause' && n.id.startsWith(`${rootId}/`)).length,
  };
}

const implementersCache = new WeakMap<PolicyGraph, Set<string>>();

/** Whether the clause's policy declares it implements the root, directly or through its city. */
function isImplementer(graph: PolicyGraph, clauseId: string, rootId: string): boolean {
  let policies = implementersCache.get(graph);
  if (!policies) {
    const up = new Map<string, string[]>();
    for (const e of graph.edges)
      if (e.type === 'IMPLEMENTS' && !e.from.includes('/')) up.set(e.from, [...(up.get(e.from) ?? []), e.to]);
    policies = new Set(
      [...up].filter(([, to]) => to.some((t) => t === rootId || (up.get(t) ?? []).includes(rootId))).map(([p]) => p),
    );
    implementersCache.set(graph, policies);
  }
  return policies.has(clauseId.slice(0, clauseId.lastIndexOf('/')));
}
