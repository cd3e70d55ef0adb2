/**
 * graph-seed's public surface: raw policy text → typed PolicyDocument → PolicyGraph, and the alignment that links
 * local clauses to what they carry down. No I/O in parsers; no knowledge of stores or GraphQL.
 * Helpers append their public exports below (one line each).
 */
export type * from './model/document';
export type * from './model/graph';
export { toSimplified, detectScript } from './text/script';
export { extractQuantities } from './extract/quantities';
export { comparableRoleGroup } from './extract/quantityRole';
export { isYuanAmount } from './extract/units';
export { extractPrograms } from './extract/programs';
export { extractReferences, canonicalDocNumber, titleKey, unwrapTitle } from './extract/references';
export { extractResponsibility, extractAreaLead, parseDepartmentList } from './extract/departments';
export {
  canonicalizeDepartment,
  departmentNames,
  nestedDepartmentNames,
  departmentFunctions,
} from './extract/departmentCanon';
export { findRegionInText, regionByCode, allRegions, regionChain } from './extract/regions';
export { issuerOfDocNumber, yearOfDocNumber } from './extract/docNumbers';
export { createPolicyIdIndex, type PolicyIdIndex, type StubPolicy } from './graph/policyIds';
export { buildPolicyGraph } from './graph/buildGraph';
export { buildCorpusGraph } from './graph/corpusGraph';
export { validateGraph } from './graph/GraphAccumulator';
export { parsePolicyText } from './parse/parsePolicy';
export { readPolicyFile, loadCorpus, loadCorpusGrowth, defaultCorpusDir } from './io/readPolicy';
export type { LoadedCorpus } from './io/readPolicy';
export { decodeBytes } from './io/decode';
export { normalizeText, foldWidth, matchKey } from './text/normalize';
export type { SourceLine } from './text/normalize';
export { syntheticCorpus, syntheticDocuments, syntheticNewcomers, type SyntheticText } from './io/syntheticCorpus';
export { seededRandom } from './io/seededRandom';
export { alignCorpus, type AlignmentResult, type CoverageEntry, type Measure } from './align/alignCorpus';
export {
  coverageCandidates,
  implementsSteps,
  isNearerCandidate,
  pathScore,
  type CoverageCandidate,
} from './align/coverageCandidates';
export type { QuantityChange } from './align/quantityChanges';
export { distinctPolicyIds, withPolicyId } from './parse/distinctIds';
export { NODE_LABELS, EDGE_TYPES } from './model/graph';
export { buildCorpus, corpusGraphOf, type CorpusBuild, type BuildOptions } from './graph/corpusGraph';
export {
  addDocument,
  primeForImports,
  type CorpusChange,
  type GraphDelta,
  type ChangeScope,
} from './graph/corpusDelta';
export { type InferredIds } from './align/inferredIds';
export { chineseNumeral } from './parse/numerals';
export { corpusNames } from './parse/golden';
export { goldPairs, pairKey, readLabels, score, type AlignmentLabels } from './align/goldLabels';
export { measureScores, type MeasureScores } from './align/goldMeasures';
export { successions } from './align/succession';
export { SUCCESSION_FACTS, successionCandidates, type SuccessionCandidate } from './align/successionSignals';
export { SUCCESSION_METHOD } from './align/coverageSuccessionEdge';
export type { Offer } from './align/offers';
export { provinceCorpusDir, provinceExpectations, type ProvinceExpectation } from './io/provinceCorpus';
export { EXIT } from './cli/corpusReport';
export { checkHeldOut, checkRoleLabels, scoreHeldOut, scoreRoles, share } from './extract/roleLabels';
export { applyReviews, reviewProperties, reviewsByKey, reviewedEdge, staleReviews } from './review/applyReviews';
export {
  applyReviewsToDelta,
  machineViewOf,
  machineViewOfBuild,
  type EdgeDelta,
  type MachineView,
} from './review/reviewDelta';
export {
  REVIEWED_EDGE_TYPES,
  REVIEW_DECISIONS,
  canonicalEnds,
  isReviewedEdgeType,
  reviewKey,
  type AlignmentReview,
  type EdgeOrigin,
  type ReviewDecision,
  type ReviewedEdgeType,
  type ReviewOverlay,
  type StaleReview,
} from './review/types';
