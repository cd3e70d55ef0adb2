/**
 * Every clause of a set of documents by its id, without a map of every clause made for each alignment: an import
 * realigns the corpus, and a province's map (tens of thousands of clauses) lived through the whole alignment, to be
 * collected in the old generation. A clause id is `{policy id}/c{n}` (parse/assemble.ts), so the documents are found
 * by policy id and each document's clauses are indexed once (a document is never changed once parsed).
 */
import type { Clause, PolicyDocument } from '../model/document';

/** What reading clauses by id asks of the lookup (a Map of them answers it too). */
export interface ClauseLookup {
  get(clauseId: string): Clause | undefined;
}

// Each document's clauses by id, or null when one of its clause ids does not start with its policy id.
const clausesOfDocument = new WeakMap<PolicyDocument, Map<string, Clause> | null>();

function clausesOf(doc: PolicyDocument): Map<string, Clause> | null {
  let clauses = clausesOfDocument.get(doc);
  if (clauses !== undefined) return clauses;
  const prefix = `${doc.policy.id}/`;
  clauses = new Map();
  for (const clause of doc.clauses) {
    if (!clause.id.startsWith(prefix) || clause.id.indexOf('/', prefix.length) >= 0) {
      clauses = null;
      break;
    }
    clauses.set(clause.id, clause);
  }
  clausesOfDocument.set(doc, clauses);
  return clauses;
}

/**
 * The clauses of `docs` by id, as `new Map(docs.flatMap((d) => d.clauses.map((c) => [c.id, c])))` answers (a later
 * document's clause wins an id two share); documents whose clause ids do not follow their policy id are answered
 * from such a map.
 */
export function clauseLookup(docs: readonly PolicyDocument[]): ClauseLookup {
  const byPolicy = new Map<string, Map<string, Clause>>();
  let odd: PolicyDocument[] | null = null;
  for (const doc of docs) {
    const clauses = clausesOf(doc);
    if (clauses && !byPolicy.has(doc.policy.id)) byPolicy.set(doc.policy.id, clauses);
    else (odd ??= []).push(doc);
  }
  // Two documents of one policy id, or clause ids of another form: rare, so the plain map, built whole.
  if (odd) return new Map(docs.flatMap((d) => d.clauses.map((c) => [c.id, c] as const)));
  return { get: (clauseId) => byPolicy.get(clauseId.slice(0, clauseId.lastIndexOf('/')))?.get(clauseId) };
}
