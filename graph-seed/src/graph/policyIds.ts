import type { DocumentReference, PolicyDocument } from '../model/document';
import { issuerOfDocNumber, serialOfDocNumber, yearOfDocNumber } from '../extract/docNumbers';
import { titleKey } from '../extract/references';

/** A document known only by reference: it becomes a Policy node with `stub: true` until its text arrives. */
export interface StubPolicy {
  /** `{issuerRegionCode}-{year}[-n]`, e.g. 330000-2025 for 浙政发〔2025〕3号. */
  id: string;
  title: string | null;
  docNumber: string | null;
  /** Issuing region (from the 文号 prefix, else the region the title names), null when unknown. */
  regionCode: string | null;
  year: number | null;
}

/** Policy ids of documents and of the stubs their references call for (DESIGN.md §3). */
export interface PolicyIdIndex {
  /**
   * The Policy id a reference resolves to: a corpus document when its 文号 or title key matches one (so a stub is
   * filled in place when the text arrives), else its stub. `contextRegionCode` (the citing document's region)
   * completes title keys that name no region (《关于推动…》 in 湖州's own notice). Throws, naming the reference,
   * when the reference was not among those of the indexed documents.
   */
  idForReference(ref: DocumentReference, contextRegionCode?: string): string;
  stubs: StubPolicy[];
}

interface Pending {
  keys: string[];
  title: string | null;
  docNumber: string | null;
  regionCode: string | null;
  year: number | null;
}

/** Title key of a reference; a key without region borrows the 文号 issuer's, else the citing document's. */
function refTitleKey(ref: DocumentReference, contextRegionCode: string | undefined): string | null {
  if (!ref.title) return null;
  const issuer = ref.docNumber ? issuerOfDocNumber(ref.docNumber) : null;
  return `title:${titleKey(ref.title, issuer ?? contextRegionCode)}`;
}

function allReferences(doc: PolicyDocument): DocumentReference[] {
  return [...doc.references, ...doc.clauses.flatMap((c) => c.references)];
}

function lastYear(title: string | null): number | null {
  const years = [...(title ?? '').matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
  return years.length > 0 ? (years[years.length - 1] ?? null) : null;
}

/** Group the unresolved references into stubs: by 文号 first, then title-only ones join a stub with their title. */
function collectPending(docs: PolicyDocument[], known: Map<string, string>): Map<string, Pending> {
  const pending = new Map<string, Pending>();
  const refs = docs.flatMap((d) => allReferences(d).map((ref) => ({ ref, region: d.policy.region.code })));
  const ordered = [...refs.filter((r) => r.ref.docNumber), ...refs.filter((r) => !r.ref.docNumber)];
  for (const { ref, region } of ordered) {
    const keys = [ref.docNumber, refTitleKey(ref, region)].filter((k): k is string => k !== null);
    if (keys.some((k) => known.has(k))) continue;
    const existing = keys.map((k) => pending.get(k)).find((p) => p !== undefined);
    const titleRegion = refTitleKey(ref, undefined)?.slice('title:'.length).split(':')[0] || null;
    const stub = existing ?? {
      keys: [],
      title: ref.title,
      docNumber: ref.docNumber,
      regionCode: (ref.docNumber ? issuerOfDocNumber(ref.docNumber) : null) ?? titleRegion ?? region,
      year: ref.docNumber ? yearOfDocNumber(ref.docNumber) : lastYear(ref.title),
    };
    stub.title ??= ref.title;
    for (const key of keys) if (!stub.keys.includes(key)) stub.keys.push(key);
    for (const key of keys) pending.set(key, stub);
  }
  return pending;
}

/** Assign `{region}-{year}` ids, `-2`, `-3` … on collision in 文号 order, never reusing a document's id. */
function assignIds(stubs: Pending[], taken: Set<string>): Array<[Pending, StubPolicy]> {
  const order = (s: Pending): string =>
    `${s.docNumber ? 0 : 1}|${String(serialOfDocNumber(s.docNumber ?? '')).padStart(6, '0')}|${s.docNumber ?? ''}|${s.keys.join(',')}`;
  const sorted = [...stubs].sort((a, b) => order(a).localeCompare(order(b)));
  return sorted.map((s) => {
    const base = `${s.regionCode ?? 'unknown'}-${s.year ?? 'undated'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return [s, { id, title: s.title, docNumber: s.docNumber, regionCode: s.regionCode, year: s.year }];
  });
}

/** Index the corpus documents' ids by 文号 and title key, and create the stubs their references need. */
export function createPolicyIdIndex(docs: PolicyDocument[]): PolicyIdIndex {
  const known = new Map<string, string>();
  for (const doc of docs) {
    if (doc.policy.docNumber) known.set(doc.policy.docNumber, doc.policy.id);
    known.set(`title:${titleKey(doc.policy.title, doc.policy.region.code)}`, doc.policy.id);
  }
  const pending = collectPending(docs, known);
  const unique = [...new Set(pending.values())];
  const assigned = assignIds(unique, new Set(docs.map((d) => d.policy.id)));
  const ids = new Map(known);
  for (const [p, stub] of assigned) for (const key of p.keys) if (!ids.has(key)) ids.set(key, stub.id);
  return {
    stubs: assigned.map(([, stub]) => stub),
    idForReference(ref, contextRegionCode) {
      const keys = [ref.docNumber, refTitleKey(ref, contextRegionCode), ref.policyKey];
      for (const key of keys) {
        const id = key ? ids.get(key) : undefined;
        if (id) return id;
      }
      throw new Error(
        `policy id index: reference ${ref.raw} (${ref.policyKey}) is not among the indexed documents' references`,
      );
    },
  };
}
