/** Every type the repository's reads return: entities (types.ts), analyses (analysisTypes.ts), search and stats. */
export type * from './types';
export type * from './analysisTypes';
export type * from './searchTypes';
export type * from './statsTypes';
