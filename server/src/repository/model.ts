/** Every type the repository's reads return: entities (types.ts), analyses (analysisTypes.ts) and search. */
export type * from './types';
export type * from './analysisTypes';
export type * from './searchTypes';
