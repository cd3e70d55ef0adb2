/**
 * The policy repository (issue 4): every read the GraphQL API needs, as Cypher that runs unchanged on the embedded
 * Grafeo store and on Neo4j. Methods taking id lists are DataLoader batch functions: results come back in the order
 * of the ids asked (null, or an empty list, where nothing matched). Single reads return null for unknown ids; bad
 * arguments throw a RepositoryError with code BAD_INPUT naming the operation and field.
 */
import type { EdgeType } from '@policy-cascade/graph-seed';
import type { CypherRunner } from '../store/CypherStore';
import { cascade, cascadeHeads } from './cascade';
import { checkId, checkInt } from './errors';
import { clausePage, quantityPage } from './clausePages';
import type { QuantityFilter } from './clausePages';
import type { ClauseFilter } from './clauseFilter';
import type { CascadeOptions } from './cascade';
import { departmentsOfClauses, programsOfClauses, referencesOfPolicies } from './clauseDetails';
import { clauseSummaries } from './clauseSummaries';
import { compare } from './compare';
import { coverage } from './coverage';
import { coverageRecords } from './coverageRecords';
import type { CoverageRecords } from './coverageRecords';
import { gaps } from './gaps';
import { departmentFunctions, functionOf } from './departmentFunctions';
import type { DepartmentFunction } from './departmentFunctions';
import { getDepartments } from './departments';
import { departmentsOf, functionAcrossLocalities } from './departmentScope';
import type { DepartmentScope, FunctionLoad } from './departmentScope';
import { neighborhood } from './graphElements';
import { graphPage } from './graphExport';
import type { GraphSelection } from './graphExport';
import { path } from './paths';
import { localityStats } from './localityStats';
import { measureStats } from './measureStats';
import {
  alignmentsOfClauses,
  departmentsOfRequests,
  implementersOfPolicies,
  leadsOfSections,
  policiesOfRegions,
  requestsOfPolicies,
} from './links';
import { getPolicies, listPolicies, listRegions } from './policies';
import { programs } from './programs';
import { reviewQueue } from './reviewQueue';
import type { ReviewQueueItem } from './reviewQueue';
import { search, searchIndex, searchPage } from './search';
import { implementsAdjacency } from './cascadeAdjacency';
import { warmShownMemo } from './cascadeWarm';
import { memoQuantities } from './cascadeMemo';
import type { SearchOptions } from './search';
import { clausesOfPolicies, clausesOfSections, getClauses, getSections, sectionsOfPolicies } from './sections';
import type * as T from './model';
import { VersionCache } from './versionCache';

export class PolicyRepository {
  /** What many reads share, computed once per graph version (only when the runner is a store with a version). */
  private readonly cache: VersionCache;

  /** `runner` is a CypherStore, or a transaction's runner to read inside a unit of work. */
  constructor(private readonly runner: CypherRunner) {
    this.cache = VersionCache.of(runner);
  }

  /**
   * Read from the store each time (a request's loader keeps it for the request): kept per version, the table was
   * answered while the store was down, where every other read says STORE_UNAVAILABLE (neo4jOutage.int.test.ts).
   */
  listRegions(): Promise<T.RegionInfo[]> {
    return listRegions(this.runner);
  }
  getPolicies(ids: readonly string[]): Promise<(T.PolicyInfo | null)[]> {
    return getPolicies(this.runner, ids);
  }
  listPolicies(filter: T.PolicyFilter): Promise<T.Page<T.PolicyInfo>> {
    return listPolicies(this.runner, filter);
  }
  getSections(ids: readonly string[]): Promise<(T.SectionInfo | null)[]> {
    return getSections(this.runner, ids);
  }
  sectionsOfPolicies(policyIds: readonly string[]): Promise<T.SectionInfo[][]> {
    return sectionsOfPolicies(this.runner, policyIds);
  }
  getClauses(ids: readonly string[]): Promise<(T.ClauseInfo | null)[]> {
    return getClauses(this.runner, ids);
  }
  clausesOfPolicies(policyIds: readonly string[]): Promise<T.ClauseInfo[][]> {
    return clausesOfPolicies(this.runner, policyIds);
  }
  clausesOfSections(sectionIds: readonly string[]): Promise<T.ClauseInfo[][]> {
    return clausesOfSections(this.runner, sectionIds);
  }
  /** Clauses matching the filter in document order, a page at a time, as cards (clause, policy, region). */
  clauses(filter: ClauseFilter | null, first: number, after?: string | null): Promise<T.Connection<T.ClauseCard>> {
    return clausePage(this.runner, filter, first, after);
  }
  /** Quantities of the clauses matching the filter, in document and text order, a page at a time. */
  quantities(
    filter: QuantityFilter | null,
    first: number,
    after?: string | null,
  ): Promise<T.Connection<T.QuantityInfo>> {
    return quantityPage(this.runner, filter, first, after);
  }
  /** Clause + policy + region of each clause, ordered by id; unknown ids left out. */
  clauseSummaries(ids: readonly string[]): Promise<T.ClauseSummary[]> {
    return clauseSummaries(this.runner, ids);
  }
  departmentsOfClauses(ids: readonly string[]): Promise<T.ClauseDepartment[][]> {
    return departmentsOfClauses(this.runner, ids);
  }
  /** Amounts and targets of clauses (or sections), in text order. */
  quantitiesOfClauses(ids: readonly string[]): Promise<T.QuantityInfo[][]> {
    return memoQuantities(this.runner, this.cache, ids);
  }
  programsOfClauses(ids: readonly string[]): Promise<T.ClauseProgram[][]> {
    return programsOfClauses(this.runner, ids);
  }
  referencesOfPolicies(ids: readonly string[]): Promise<T.PolicyReference[][]> {
    return referencesOfPolicies(this.runner, ids);
  }
  /** IMPLEMENTS, CORRESPONDS_TO and SUCCEEDS edges touching each clause, either direction. */
  alignmentsOfClauses(ids: readonly string[]): Promise<T.ClauseEdge[][]> {
    return alignmentsOfClauses(this.runner, ids);
  }
  implementersOfPolicies(ids: readonly string[]): Promise<string[][]> {
    return implementersOfPolicies(this.runner, ids);
  }
  policiesOfRegions(codes: readonly string[]): Promise<T.PolicyInfo[][]> {
    return policiesOfRegions(this.runner, codes);
  }
  requestsOfPolicies(ids: readonly string[]): Promise<T.RequestInfo[][]> {
    return requestsOfPolicies(this.runner, ids);
  }
  leadsOfSections(ids: readonly string[]): Promise<T.OwnerDepartment[][]> {
    return leadsOfSections(this.runner, ids);
  }
  departmentsOfRequests(ids: readonly string[]): Promise<T.OwnerDepartment[][]> {
    return departmentsOfRequests(this.runner, ids);
  }
  /** Departments by `{departmentId}@{policyId}` key (departmentKey), each counted in that document. */
  getDepartments(keys: readonly string[]): Promise<(T.DepartmentInfo | null)[]> {
    return getDepartments(this.runner, keys);
  }
  /**
   * Computes now what the first search and the first cascade of this graph version would otherwise compute while a
   * user waits: the search index (3-7 s at 1,000 documents), the cascade's IMPLEMENTS adjacency, and the clauses,
   * edges, quantities and peers a cascade shows (cascadeWarm.ts: 3-5 s at 1,000 documents). For a store just
   * written whole (a start, a realignment), whose caches nothing can bring forward; nothing for a runner that keeps
   * nothing.
   */
  async warm(): Promise<void> {
    if (!this.cache.keeps) return;
    await Promise.all([
      searchIndex(this.runner, this.cache),
      implementsAdjacency(this.runner, this.cache),
      warmShownMemo(this.runner, this.cache),
    ]);
  }
  cascade(clauseId: string, options: CascadeOptions): Promise<T.Cascade | null> {
    return cascade(this.runner, clauseId, options, this.cache);
  }
  /** As `cascade`, with the clauses' heads only (no texts, inferred sources or offers). */
  cascadeHeads(clauseId: string, options: CascadeOptions): Promise<T.Cascade<T.HeadCard> | null> {
    return cascadeHeads(this.runner, clauseId, options, this.cache);
  }
  coverage(superiorPolicyId: string): Promise<T.Coverage | null> {
    return coverage(this.runner, this.cache, superiorPolicyId);
  }
  /** The policies and clauses the coverage of `superiorPolicyId` names, kept with it (coverageRecords.ts). */
  coverageRecords(superiorPolicyId: string): Promise<CoverageRecords | null> {
    return coverageRecords(this.runner, this.cache, superiorPolicyId);
  }
  /** Edges waiting for a reviewer among the localities of `policyId` (reviewQueue.ts). */
  reviewQueue(policyId: string, first: number, declined: ReadonlySet<string>): Promise<ReviewQueueItem[] | null> {
    return reviewQueue(
      this.runner,
      this.cache,
      checkId('reviewQueue', 'policyId', policyId),
      checkInt('reviewQueue', 'first', first, 1, 500),
      declined,
    );
  }
  gaps(policyId: string, regionCode: string): Promise<T.Gaps | null> {
    return gaps(this.runner, this.cache, policyId, regionCode);
  }
  compare(clauseId: string): Promise<T.Comparison | null> {
    return compare(this.runner, clauseId);
  }
  /** Departments of one document, or of a region's documents of a year (its latest by default), heaviest first. */
  departments(scope: DepartmentScope): Promise<T.DepartmentInfo[]> {
    return departmentsOf(this.runner, scope);
  }
  departmentFunctions(): DepartmentFunction[] {
    return departmentFunctions();
  }
  /** One function (a key or a department name) across every locality's documents of a year, by region code. */
  async departmentFunction(
    functionKey: string,
    year: number | null,
  ): Promise<{ function: DepartmentFunction; localities: FunctionLoad[] }> {
    const fn = functionOf(functionKey);
    return { function: fn, localities: await functionAcrossLocalities(this.runner, fn.key, year) };
  }
  programs(): Promise<T.ProgramUsage[]> {
    return programs(this.runner);
  }
  search(text: string, first: number): Promise<T.SearchHit[]> {
    return search(this.runner, this.cache, text, first);
  }
  /** A page of clause and annex-row hits in the documented order, with the total and the facets of all hits. */
  searchPage(text: string, options: SearchOptions): Promise<T.SearchPage> {
    return searchPage(this.runner, this.cache, text, options);
  }
  neighborhood(id: string, depth: number, types?: readonly EdgeType[] | null): Promise<T.GraphElements> {
    return neighborhood(this.runner, id, depth, types);
  }
  /** A shortest path in steps, optionally through some types; null when either node is not in the graph. */
  path(
    fromId: string,
    toId: string,
    options: { types?: readonly EdgeType[] | null; maxLength?: number } = {},
  ): Promise<T.GraphPath | null> {
    return path(this.runner, fromId, toId, options);
  }
  /** Per implementing locality of a superior document: coverage counts, local additions, reproduction, money. */
  localityStats(policyId: string): Promise<T.LocalityStats[] | null> {
    return localityStats(this.runner, this.cache, policyId);
  }
  /** Per measure of a superior document: localities carrying it, ranges of comparable amounts, lead functions. */
  measureStats(policyId: string, measureIds: readonly string[] | null = null): Promise<T.MeasureStats[] | null> {
    return measureStats(this.runner, this.cache, policyId, measureIds);
  }
  /** A page of the whole graph or of the subgraph of some labels and types, every property included. */
  graph(selection: GraphSelection, first: number, after?: string | null): Promise<T.GraphPage> {
    return graphPage(this.runner, this.cache, selection, first, after);
  }
}
