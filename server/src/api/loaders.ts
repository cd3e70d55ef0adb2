/**
 * The DataLoaders of one request (a new set per request, so nothing is cached across requests or users). Every
 * object field that reads the store goes through one of these, so a query over N policies costs one store call per
 * field kind instead of N (no N+1). Batch functions are the repository's batch reads.
 */
import DataLoader from 'dataloader';
import type * as T from '../repository';
import type { PolicyRepository } from '../repository';

export interface Loaders {
  policy: DataLoader<string, T.PolicyInfo | null>;
  section: DataLoader<string, T.SectionInfo | null>;
  clause: DataLoader<string, T.ClauseInfo | null>;
  department: DataLoader<string, T.DepartmentInfo | null>;
  sectionsOfPolicy: DataLoader<string, T.SectionInfo[]>;
  clausesOfPolicy: DataLoader<string, T.ClauseInfo[]>;
  clausesOfSection: DataLoader<string, T.ClauseInfo[]>;
  departmentsOfClause: DataLoader<string, T.ClauseDepartment[]>;
  quantitiesOf: DataLoader<string, T.QuantityInfo[]>;
  programsOfClause: DataLoader<string, T.ClauseProgram[]>;
  alignmentsOfClause: DataLoader<string, T.ClauseEdge[]>;
  referencesOfPolicy: DataLoader<string, T.PolicyReference[]>;
  implementersOfPolicy: DataLoader<string, string[]>;
  policiesOfRegion: DataLoader<string, T.PolicyInfo[]>;
  requestsOfPolicy: DataLoader<string, T.RequestInfo[]>;
  leadsOfSection: DataLoader<string, T.OwnerDepartment[]>;
  departmentsOfRequest: DataLoader<string, T.OwnerDepartment[]>;
  /** The whole (small) region table, read once per request. */
  regions: () => Promise<Map<string, T.RegionInfo>>;
  /** Every program with its usage, read once per request. */
  programs: () => Promise<Map<string, T.ProgramUsage>>;
}

/** `batch` answers one entry per key, in key order: the repository's batch reads honour that contract. */
function loader<V>(batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  return new DataLoader<string, V>((keys) => batch(keys), { maxBatchSize: 1000 });
}

function once<V>(read: () => Promise<V>): () => Promise<V> {
  let pending: Promise<V> | undefined;
  return () => (pending ??= read());
}

export function createLoaders(repository: PolicyRepository): Loaders {
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
    regions: once(async () => new Map((await repository.listRegions()).map((region) => [region.code, region]))),
    programs: once(async () => new Map((await repository.programs()).map((program) => [program.id, program]))),
  };
}
