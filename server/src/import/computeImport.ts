/**
 * What one import computes, without the store: the checks, the parse, the incremental alignment (incrementalPlan.ts:
 * the document added to the corpus build the store holds) and the delta the store must take. Pure and synchronous,
 * it runs in the import worker (workerThread.ts), which holds the build, so that it never holds the thread that
 * answers reads.
 */
import { applyReviewsToDelta, machineViewOfBuild, parsePolicyText } from '@policy-cascade/graph-seed';
import type {
  AlignmentReview,
  ChangeScope,
  CorpusBuild,
  GraphDelta,
  InferredIds,
  PolicyDocument,
} from '@policy-cascade/graph-seed';
import { checkDocument, checkText, rejection } from './checkText';
import type { Rejection } from './checkText';
import {
  MAX_CLAUSES,
  MAX_MEASURES_ADDED,
  checkClauseCount,
  checkMeasuresAdded,
  inferredMeasureCounts,
} from './importBounds';
import { planImport } from './incrementalPlan';
import type { AlignmentSummary, ImportPlan } from './incrementalPlan';
import { recoverEncoding } from './textEncoding';

export interface ImportRequest {
  text: string;
  sourceName: string;
  /** Replace a document with text of the same id; without it such an import is refused (ALREADY_EXISTS). */
  replace: boolean;
  /** The reviewers' decisions when the import runs (issue 16): laid over the delta, as over a full build. */
  reviews?: readonly AlignmentReview[] | undefined;
}

/** importBounds.ts: the bounds of one document (tests lower them to see them work on small texts). */
export interface ImportBounds {
  maxClauses: number;
  maxMeasuresAdded: number;
}

export const IMPORT_BOUNDS: ImportBounds = { maxClauses: MAX_CLAUSES, maxMeasuresAdded: MAX_MEASURES_ADDED };

/** What crosses back from the worker: the document, the delta to write, and the summary. Never the build. */
export interface ComputedImport {
  ok: true;
  document: PolicyDocument;
  /** Only what the import changes (removed edges and nodes, new and changed ones): written in one transaction. */
  delta: GraphDelta;
  /** Read from the alignment itself, coverage included: nothing is read back from the store. */
  summary: AlignmentSummary;
  /** How far the alignment reached: the document, its family, or the corpus (a new reference document). */
  scope: ChangeScope;
  /** The document with text it replaces (only with replace), else null. A stub it fills is not one. */
  replaced: { id: string; title: string; clauseCount: number } | null;
  /** The text as parsed when it differs from the one sent (decoded again from GBK or Big5): the one to keep. */
  recoveredText: string | null;
  /** The inferred ids once the import is in, highest numbers included (kept beside the graph: inferredIdsFile.ts). */
  inferredIds: InferredIds;
}

/** An import's outcome and, when it succeeded, the build the worker holds once the store took the delta. */
export interface ImportStep {
  outcome: ComputedImport | Rejection;
  next: CorpusBuild | null;
}

/** The text as it was sent, parsed and checked, or why it is refused (before any alignment). */
function parseRequest(build: CorpusBuild, request: ImportRequest, bounds: ImportBounds) {
  const refused = checkText(request.text, request.sourceName);
  if (refused) return refused;
  const name = request.sourceName.trim();
  const recovered = recoverEncoding(request.text, name);
  if ('ok' in recovered) return recovered;
  const parsed = parsePolicyText(recovered.text, name);
  if (!parsed.document) {
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    return rejection('PARSE_ERROR', errors[0]?.message ?? 'The text cannot be parsed.', errors);
  }
  const document = { ...parsed.document, warnings: [...recovered.diagnostics, ...parsed.document.warnings] };
  const invalid =
    checkDocument(document, name) ??
    checkClauseCount(document, name, bounds.maxClauses) ??
    checkExisting(build.documents, document, request);
  if (invalid) return invalid;
  return { document, recoveredText: recovered.text === request.text ? null : recovered.text };
}

export function computeImport(
  build: CorpusBuild,
  request: ImportRequest,
  bounds: ImportBounds = IMPORT_BOUNDS,
): ImportStep {
  const parsed = parseRequest(build, request, bounds);
  if ('ok' in parsed) return { outcome: parsed, next: null };
  const { document, recoveredText } = parsed;
  return alignedImport(build, document, { ...bounds, reviews: request.reviews ?? [], recoveredText });
}

/**
 * A corpus document the store does not hold yet, found at a start (importState.ts `additions`): aligned and turned
 * into a delta as an import is, with no bound on what it adds (a full build bounds no corpus text either).
 */
export function computeAddition(
  build: CorpusBuild,
  document: PolicyDocument,
  reviews: readonly AlignmentReview[],
): ImportStep {
  return alignedImport(build, document, { maxMeasuresAdded: Infinity, reviews, recoveredText: null });
}

/** `document` added to `build`: the delta and the summary, or why it cannot be (before anything is written). */
function alignedImport(
  build: CorpusBuild,
  document: PolicyDocument,
  options: { maxMeasuresAdded: number; reviews: readonly AlignmentReview[]; recoveredText: string | null },
): ImportStep {
  let plan: ImportPlan;
  try {
    plan = planImport(build, document);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { outcome: rejection('INVALID_INPUT', `The document cannot be placed in the graph: ${reason}`), next: null };
  }
  const before = inferredMeasureCounts(build.alignment.nodes);
  const after = inferredMeasureCounts(plan.build.alignment.nodes);
  const tooMany = checkMeasuresAdded(plan.summary.superiorIds, before, after, document, options.maxMeasuresAdded);
  if (tooMany) return { outcome: tooMany, next: null };
  const previous = build.documents.find((d) => d.policy.id === document.policy.id);
  const replaced = previous
    ? { id: previous.policy.id, title: previous.policy.title, clauseCount: previous.clauses.length }
    : null;
  const outcome: ComputedImport = {
    ok: true,
    document,
    delta: reviewedDelta(plan.delta, plan.build, options.reviews),
    summary: plan.summary,
    scope: plan.scope,
    replaced,
    recoveredText: options.recoveredText,
    inferredIds: plan.build.alignment.inferredIds,
  };
  return { outcome, next: plan.build };
}

/** The delta with the reviews laid over it (the build's alignment indexed only if a review needs an edge). */
function reviewedDelta(delta: GraphDelta, build: CorpusBuild, reviews: readonly AlignmentReview[]): GraphDelta {
  if (reviews.length === 0) return delta;
  return { ...delta, ...applyReviewsToDelta(delta, reviews, machineViewOfBuild(build)).graph };
}

/** ALREADY_EXISTS for a document whose id has text already, unless the request says to replace it. */
function checkExisting(
  documents: readonly PolicyDocument[],
  document: PolicyDocument,
  request: ImportRequest,
): Rejection | null {
  const existing = documents.find((d) => d.policy.id === document.policy.id);
  if (!existing || request.replace) return null;
  const { id, title } = existing.policy;
  const message =
    `${id} already exists: ${title}, ${existing.clauses.length} clauses. Importing this text would replace it; ` +
    'send it again with replace: true to do so.';
  const diagnostic = {
    file: request.sourceName.trim(),
    line: 0,
    severity: 'error' as const,
    code: 'ALREADY_EXISTS',
    message,
  };
  return { ...rejection('ALREADY_EXISTS', message, [diagnostic]), existingId: id };
}
