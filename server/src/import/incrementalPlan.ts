/**
 * The incremental part of an import (issue 11): the new document added to the corpus build the store holds
 * (graph-seed's addDocument aligns it against its family's core and keeps everything else), the delta that is the
 * only thing written, and the import's summary read from the alignment itself — coverage included — so nothing is
 * read back from the store. Pure and synchronous: it may run wherever the build is kept.
 */
import { addDocument } from '@policy-cascade/graph-seed';
import type { ChangeScope, CorpusBuild, CorpusChange, GraphDelta, PolicyDocument } from '@policy-cascade/graph-seed';

/** What an import did to the alignment, as the importPolicy result reports it. */
export interface AlignmentSummary {
  /** Policies it declares it implements. */
  superiorIds: string[];
  /** Its clauses with an IMPLEMENTS edge to a superior measure. */
  alignedCount: number;
  localAdditionIds: string[];
  /** Measures of its superiors it does not carry down, in the superiors' order. */
  gapIds: string[];
}

export interface ImportPlan {
  /** The build once the document is in: the importer's state after the delta is written. */
  build: CorpusBuild;
  delta: GraphDelta;
  scope: ChangeScope;
  /** A document with the same policy id was replaced. */
  replaced: boolean;
  summary: AlignmentSummary;
}

/** Clause ids `{policy}/c{n}` in document order. */
function sortedByOrdinal(ids: string[]): string[] {
  const ordinal = (id: string) => Number(id.slice(id.lastIndexOf('/c') + 2));
  return [...ids].sort((a, b) => ordinal(a) - ordinal(b));
}

/** The summary of `document` in `build`: its declared superiors, aligned clauses, local additions and gaps. */
export function alignmentSummary(build: CorpusBuild, document: PolicyDocument): AlignmentSummary {
  const id = document.policy.id;
  const superiorIds = (build.parts.get(id)?.edges ?? [])
    .filter((edge) => edge.type === 'IMPLEMENTS' && edge.from === id)
    .map((edge) => edge.to)
    .sort();
  const clauseIds = new Set(document.clauses.map((clause) => clause.id));
  const { linked } = build.alignment;
  const aligned = [...clauseIds].filter((clauseId) => linked.has(clauseId));
  const coverage = build.alignment.coverage.filter((entry) => entry.policyId === id);
  return {
    superiorIds,
    alignedCount: aligned.length,
    localAdditionIds: sortedByOrdinal(build.alignment.localAdditions.filter((clause) => clauseIds.has(clause))),
    gapIds: superiorIds.flatMap((superiorId) => coverage.find((entry) => entry.superiorId === superiorId)?.gaps ?? []),
  };
}

/**
 * Adds `document` to `build` (replacing the document with its policy id): the delta to write and the summary.
 * Throws, naming the id, when the document cannot be placed in the graph; `build` is never changed.
 */
export function planImport(build: CorpusBuild, document: PolicyDocument): ImportPlan {
  const change: CorpusChange = addDocument(build, document);
  return {
    build: change.build,
    delta: change.delta,
    scope: change.scope,
    replaced: change.replaced,
    summary: alignmentSummary(change.build, document),
  };
}
