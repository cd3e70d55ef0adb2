/**
 * A clause's head (repository ClauseHead: no texts, inferred sources or offers) as the parent of the Clause type, for
 * a cascade whose query selects only the fields a head answers (resolvers/cascade.ts, HEAD_FIELDS). Reading a long
 * field throws: were a field that reads one ever answered from a head, the request fails instead of answering an
 * empty text. Never primed into the clause loader, which holds whole clauses only.
 */
import type { ClauseHead, ClauseInfo } from '../../repository';

/** The fields a head lacks: those ClauseInfo has and ClauseHead not. */
const LONG_FIELDS: readonly Exclude<keyof ClauseInfo, keyof ClauseHead>[] = [
  'text',
  'textSimplified',
  'inferredFrom',
  'offers',
];

function notRead(field: string): never {
  throw new Error(`a cascade read its clauses' heads, yet the query asks their ${field}`);
}

/** The head's fields, and a long field that throws when read (a whole clause, the memo's, is a head too). */
export function headOnlyClause(head: ClauseHead): ClauseInfo {
  const clause = { ...head };
  // Not enumerable, whether the head was a whole clause or not: copying or printing the clause reads none of them.
  for (const field of LONG_FIELDS)
    Object.defineProperty(clause, field, { get: () => notRead(field), enumerable: false, configurable: true });
  return clause as ClauseInfo;
}
