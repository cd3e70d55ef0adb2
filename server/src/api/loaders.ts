/**
 * The DataLoaders of one request (a new set per request, so nothing is cached across requests or users). Every
 * object field that reads the store goes through one of these, so a query over N policies costs one store call per
 * field kind instead of N (no N+1). Batch functions are the repository's batch reads. Resolvers call `get`, which
 * answers at once what the loader already holds (see KnownLoader).
 */
import { KnownLoader } from './KnownLoader';
import type * as T from '../repository';
import type { PolicyRepository } from '../repository';

export interface Loaders {
  policy: KnownLoader<T.PolicyInfo | null>;
  section: KnownLoader<T.SectionInfo | null>;
  clause: KnownLoader<T.ClauseInfo | null>;
  department: KnownLoader<T.DepartmentInfo | null>;
  sectionsOfPolicy: KnownLoader<T.SectionInfo[]>;
  clausesOfPolicy: KnownLoader<T.ClauseInfo[]>;
  clausesOfSection: KnownLoader<T.ClauseInfo[]>;
  departmentsOfClause: KnownLoader<T.ClauseDepartment[]>;
  quantitiesOf: KnownLoader<T.QuantityInfo[]>;
  programsOfClause: KnownLoader<T.ClauseProgram[]>;
  alignmentsOfClause: KnownLoader<T.ClauseEdge[]>;
  referencesOfPolicy: KnownLoader<T.PolicyReference[]>;
  implementersOfPolicy: KnownLoader<string[]>;
  policiesOfRegion: KnownLoader<T.PolicyInfo[]>;
  requestsOfPolicy: KnownLoader<T.RequestInfo[]>;
  leadsOfSection: KnownLoader<T.OwnerDepartment[]>;
  departmentsOfRequest: KnownLoader<T.OwnerDepartment[]>;
  /** A region by code, from the region table, unless a clause card already brought it (see primeCards). */
  region: KnownLoader<T.RegionInfo | null>;
  /** The whole (small) region table, read once per request. */
  regions: () => Promise<Map<string, T.RegionInfo>>;
  /** Every program with its usage, read once per request. */
  programs: () => Promise<Map<string, T.ProgramUsage>>;
}

/** `batch` answers one entry per key, in key order: the repository's batch reads honour that contract. */
function loader<V>(batch: (keys: readonly string[]) => Promise<V[]>): KnownLoader<V> {
  return new KnownLoader<V>(batch, { maxBatchSize: 1000 });
}

function once<V>(read: () => Promise<V>): () => Promise<V> {
  let pending: Promise<V> | undefined;
  return () => (pending ??= read());
}

export function createLoaders(repository: PolicyRepository): Loaders {
  const regions = once(async () => new Map((await repository.listRegions()).map((region) => [region.code, region])));
  return {
    policy: loader((ids) => repository.getPolicies(ids)),
    section: loader((ids) => repository.getSections(ids)),
    clause: loader((ids) => repository.getClauses(ids)),
    department: loader((ids) => repository.getDepartments(ids)),
    sectionsOfPolicy: loader((ids) => repository.sectionsOfPolicies(ids)),
    clausesOfPolicy: loader((ids) => repository.clausesOfPolicies(ids)),
    clausesOfSection: loader((ids) => repository.clausesOfSections(ids)),
    departmentsOfClause: loader((ids) => repository.departmentsOfClauses(ids)),
    quantitiesOf: loader((ids) => repository.quantitiesOfClauses(ids)),
    programsOfClause: loader((ids) => repository.programsOfClauses(ids)),
    alignmentsOfClause: loader((ids) => repository.alignmentsOfClauses(ids)),
    referencesOfPolicy: loader((ids) => repository.referencesOfPolicies(ids)),
    implementersOfPolicy: loader((ids) => repository.implementersOfPolicies(ids)),
    policiesOfRegion: loader((codes) => repository.policiesOfRegions(codes)),
    requestsOfPolicy: loader((ids) => repository.requestsOfPolicies(ids)),
    leadsOfSection: loader((ids) => repository.leadsOfSections(ids)),
    departmentsOfRequest: loader((ids) => repository.departmentsOfRequests(ids)),
    region: loader(async (codes) => {
      const table = await regions();
      return codes.map((code) => table.get(code) ?? null);
    }),
    regions,
    programs: once(async () => new Map((await repository.programs()).map((program) => [program.id, program]))),
  };
}

/**
 * Seeds this request's loaders with what a cascade or a search already read: each clause, its policy and its region.
 * The cards hold the same values the loaders' batch reads give, so the answer does not change, only the reads it
 * takes (a cascade showing its nodes' policies and regions needs none beyond its own two).
 */
export function primeCards(loaders: Loaders, cards: readonly T.ClauseCard[]): void {
  for (const { clause } of cards) loaders.clause.prime(clause.id, clause);
  primePolicies(loaders, cards);
}

/** As `primeCards`, the policies and regions only: cards with the clauses' heads (the loader holds whole clauses). */
export function primePolicies(loaders: Loaders, cards: readonly T.HeadCard[]): void {
  for (const { policy, region } of cards) {
    loaders.policy.prime(policy.id, policy);
    if (region) loaders.region.prime(region.code, region);
  }
}

/**
 * Seeds the region loader with the whole region table (kept per store version), so that every region a list of
 * nodes shows — a region's parent too — is at hand when graphql-js walks the list, not a promise per node.
 */
export async function primeRegions(loaders: Loaders): Promise<void> {
  for (const region of (await loaders.regions()).values()) loaders.region.prime(region.code, region);
}
