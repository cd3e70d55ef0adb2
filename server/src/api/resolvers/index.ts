/**
 * Every resolver of the schema: entity types first, then one module per area of the Query type. makeExecutableSchema
 * merges the list. Each module is typed by the Resolvers generated from schema/ (codegen.ts), so a resolver whose
 * arguments, parent or result disagree with the SDL fails the typecheck.
 */
import type { Resolvers } from '../generated/resolvers';
import { JSONObject } from '../scalars';
import { cascadeResolvers } from './cascade';
import { clauseResolvers } from './clause';
import { clausePageResolvers } from './clausePages';
import { compareResolvers } from './compare';
import { coverageResolvers } from './coverage';
import { departmentResolvers } from './department';
import { directoryResolvers } from './directory';
import { graphResolvers } from './graph';
import { importResolvers } from './importPolicy';
import { policyResolvers } from './policy';
import { readResolvers } from './reads';
import { reviewResolvers } from './review';
import { searchResolvers } from './search';
import { statsResolvers } from './stats';

export const resolvers: Resolvers[] = [
  { JSONObject },
  policyResolvers,
  clauseResolvers,
  departmentResolvers,
  readResolvers,
  cascadeResolvers,
  coverageResolvers,
  compareResolvers,
  directoryResolvers,
  searchResolvers,
  clausePageResolvers,
  statsResolvers,
  graphResolvers,
  importResolvers,
  reviewResolvers,
];
