/** The repository's public surface for the API layer (issue 6). */
export { PolicyRepository } from './PolicyRepository';
export type { CascadeOptions } from './cascade';
export { MAX_CASCADE_DEPTH } from './cascade';
export { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_LENGTH } from './graphElements';
export { MAX_SEARCH_RESULTS } from './search';
export type { SearchOptions } from './search';
export { parseSearchText } from './searchQuery';
export { OUTLIER_FACTOR, MIN_GROUP_SIZE } from './compareOutliers';
export { RepositoryError } from './errors';
export type { RepositoryErrorCode } from './errors';
export { decodeCursor, encodeCursor } from './policies';
export type * from './model';
export type { ClauseFilter } from './clauseFilter';
export { assignmentKey, departmentKey } from './departments';
export type { DepartmentScope, FunctionLoad } from './departmentScope';
export type { DepartmentFunction } from './departmentFunctions';
