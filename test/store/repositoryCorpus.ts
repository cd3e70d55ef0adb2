/**
 * The real corpus for the repository contract: the five documents of graph-seed/corpus parsed with loadCorpus and
 * built with buildCorpusGraph (alignment included), plus independent answers computed from the
 * parsed documents in plain TypeScript, so the store's Cypher answers are checked against a second route.
 */
import { buildCorpusGraph, loadCorpus, toSimplified } from '@policy-cascade/graph-seed';
import type { PolicyDocument, PolicyGraph } from '@policy-cascade/graph-seed';

export interface Corpus {
  documents: PolicyDocument[];
  graph: PolicyGraph;
}

let cached: Corpus | undefined;

/** Parsed and built once per test file; callers must not mutate it. */
export function realCorpus(): Corpus {
  if (cached) return cached;
  const { documents, diagnostics } = loadCorpus();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(`corpus does not parse: ${errors.map((d) => `${d.file}:${d.line}: ${d.message}`).join('; ')}`);
  cached = { documents, graph: buildCorpusGraph(documents) };
  return cached;
}

/** Ids of the clauses whose Simplified title or text contains every term: the search's reference answer. */
export function clausesContaining(documents: PolicyDocument[], terms: string[]): string[] {
  return documents
    .flatMap((doc) => doc.clauses)
    .filter((c) => terms.every((t) => c.textSimplified.includes(t) || toSimplified(c.title).includes(t)))
    .map((c) => c.id)
    .sort();
}

/** Lead and support counts per department id of a region, counted from the parsed documents. */
/**
 * Clauses each department leads and supports in one parsed document, by id: by the clause's own list, or as the lead
 * of its area when the clause names no department.
 */
export function departmentCounts(document: PolicyDocument): Map<string, [number, number]> {
  const regionCode = document.policy.region.code;
  const counts = new Map<string, [number, number]>();
  const count = (canonicalName: string, role: string) => {
    const id = `${regionCode}/${canonicalName}`;
    const [lead, support] = counts.get(id) ?? [0, 0];
    counts.set(id, role === 'LEAD' ? [lead + 1, support] : [lead, support + 1]);
  };
  for (const clause of document.clauses) {
    const area = document.sections.find((section) => section.ordinal === clause.sectionOrdinal);
    const named = clause.departments.length > 0 ? clause.departments : (area?.leadDepartments ?? []);
    const seen = new Set<string>();
    for (const dept of named) {
      const role = clause.departments.length > 0 ? dept.role : 'LEAD';
      if (!seen.has(dept.canonicalName + role)) count(dept.canonicalName, role);
      seen.add(dept.canonicalName + role);
    }
  }
  return counts;
}
