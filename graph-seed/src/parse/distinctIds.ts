import { assignIds } from '../graph/assignIds';
import { IdentityRegistry } from '../graph/identities';
import type { Diagnostic, PolicyDocument } from '../model/document';
import { matchKey } from '../text/normalize';

/** The document under another policy id, with its sections, clauses and requests renamed to match. */
export function withPolicyId(doc: PolicyDocument, id: string): PolicyDocument {
  const rename = (childId: string) => `${id}${childId.slice(doc.policy.id.length)}`;
  return {
    ...doc,
    policy: { ...doc.policy, id },
    sections: doc.sections.map((s) => ({ ...s, id: rename(s.id) })),
    clauses: doc.clauses.map((c) => ({ ...c, id: rename(c.id) })),
    requests: doc.requests.map((r) => ({ ...r, id: rename(r.id) })),
  };
}

/**
 * Final ids for a set of texts, whatever order they come in (DESIGN.md §3): `{region}-{year}[-draft]` for a
 * locality's document of a followed family — ranked by title when two claim it, and never taken from the document a
 * citation names (330000-2025 stays 浙政发〔2025〕3号's stub) — and `{base}-{suffix}` from each one's own identity
 * for the rest. `taken` holds ids already in use elsewhere (the store).
 */
export function distinctPolicyIds(docs: PolicyDocument[], taken: Iterable<string> = []): PolicyDocument[] {
  const registry = new IdentityRegistry(docs);
  const ids = assignIds(registry.identities, new Map(), taken);
  return docs.map((doc) => {
    const id = ids.get(registry.identityOf(doc)) ?? doc.policy.id;
    return id === doc.policy.id ? doc : withPolicyId(doc, id);
  });
}

/** Title as two copies of one document are compared: Simplified, without brackets, spaces and 的. */
function comparableTitle(doc: PolicyDocument): string {
  return matchKey(doc.policy.title).replace(/[\s()（）《》的]/g, '');
}

/** Two texts of one document: same locality, year and status, and the same 文号 — or, one lacking it, the same title. */
function sameDocument(a: PolicyDocument, b: PolicyDocument): boolean {
  const [p, q] = [a.policy, b.policy];
  if (p.region.code !== q.region.code || p.year !== q.year || p.status !== q.status) return false;
  if (p.docNumber && q.docNumber) return p.docNumber === q.docNumber;
  return comparableTitle(a) !== '' && comparableTitle(a) === comparableTitle(b);
}

const clauses = (doc: PolicyDocument) => `${doc.clauses.length} clause${doc.clauses.length === 1 ? '' : 's'}`;

/** The copy to keep: the fuller text (more clauses, then areas), then the one with a 文号, then by file name. */
function fuller(a: PolicyDocument, b: PolicyDocument): number {
  return (
    b.clauses.length - a.clauses.length ||
    b.sections.length - a.sections.length ||
    Number(b.policy.docNumber !== null) - Number(a.policy.docNumber !== null) ||
    (a.policy.sourceFile < b.policy.sourceFile ? -1 : 1)
  );
}

/**
 * Texts that are copies of one document (a page and its mirror) keep one: the fuller, completed with the 文号, issuer
 * and date only the other states. The others are refused, each with a DUPLICATE error naming the copy kept.
 */
export function mergeCopies(docs: PolicyDocument[]): { documents: PolicyDocument[]; diagnostics: Diagnostic[] } {
  const groups: PolicyDocument[][] = [];
  for (const doc of docs) {
    const group = groups.find((g) => g.some((other) => sameDocument(doc, other)));
    if (group) group.push(doc);
    else groups.push([doc]);
  }
  const diagnostics: Diagnostic[] = [];
  const documents = groups.map((group) => {
    const [kept, ...copies] = [...group].sort(fuller) as [PolicyDocument, ...PolicyDocument[]];
    for (const copy of copies) {
      const what = copy.policy.docNumber ?? kept.policy.docNumber ?? copy.policy.title;
      const message =
        `the same document as ${kept.policy.sourceFile} (${what}), which is kept: ` +
        `${clauses(kept)} against ${clauses(copy)}`;
      diagnostics.push({ file: copy.policy.sourceFile, line: 0, severity: 'error', code: 'DUPLICATE', message });
    }
    const fill = (key: 'docNumber' | 'issuer' | 'publishedOn') =>
      kept.policy[key] ?? copies.find((c) => c.policy[key])?.policy[key] ?? null;
    const policy = {
      ...kept.policy,
      docNumber: fill('docNumber'),
      issuer: fill('issuer'),
      publishedOn: fill('publishedOn'),
    };
    return copies.length === 0 ? kept : { ...kept, policy };
  });
  return { documents, diagnostics };
}
