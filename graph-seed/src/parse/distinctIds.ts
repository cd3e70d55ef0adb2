import type { PolicyDocument } from '../model/document';

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
 * Two documents of one locality and year (a 若干政策 and its 承接落实方案, say) would share the id
 * `{region}-{year}[-draft]`; DESIGN.md §3 gives the later ones a `-n` suffix (`-2`, `-3`, … in the order given, so a
 * sorted corpus keeps its ids from one build to the next). `taken` holds ids already in use elsewhere (the store).
 */
export function distinctPolicyIds(docs: PolicyDocument[], taken: Iterable<string> = []): PolicyDocument[] {
  const used = new Set(taken);
  return docs.map((doc) => {
    const base = doc.policy.id;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id === base ? doc : withPolicyId(doc, id);
  });
}
