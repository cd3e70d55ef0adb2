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
const LONG: ReadonlySet<string> = new Set(LONG_FIELDS);

function notRead(field: string): never {
  throw new Error(`a cascade read its clauses' heads, yet the query asks their ${field}`);
}

/**
 * The prototype of every head-only clause: the long fields as getters that throw. Shared, because defining four
 * getters on each of a cascade's 200 clauses per request cost 1.3 ms of its ~14 ms (at 1,000 documents) and left
 * each clause an object of its own shape; the head's fields, copied in one order, give every clause one shape.
 */
const HEAD_ONLY: object = Object.create(
  Object.prototype,
  Object.fromEntries(LONG_FIELDS.map((field) => [field, { get: () => notRead(field), enumerable: false }])),
);

/** The head's fields, and a long field that throws when read (a whole clause, the memo's, is a head too). */
export function headOnlyClause(head: ClauseHead): ClauseInfo {
  const clause = Object.create(HEAD_ONLY) as Record<string, unknown>;
  // A whole clause's long fields are left out, so that they throw as a head's do.
  for (const [field, value] of Object.entries(head)) if (!LONG.has(field)) clause[field] = value;
  return clause as unknown as ClauseInfo;
}
