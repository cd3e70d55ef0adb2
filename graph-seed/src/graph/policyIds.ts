/**
 * Policy ids of the corpus texts and of the stubs their references call for, and what each text implements
 * (DESIGN.md §3). One IdentityRegistry decides which references and texts are one document; assignIds gives the
 * ids; resolveSuperiors the Policy-level IMPLEMENTS links.
 */
import type { DocumentReference, PolicyDocument } from '../model/document';
import { assignIds } from './assignIds';
import type { Identity } from './identities';
import { IdentityRegistry } from './identities';
import type { Superior } from './superiors';
import { resolveSuperiors } from './superiors';

export type { Superior, SuperiorMethod } from './superiors';

/** A document known only by reference: it becomes a Policy node with `stub: true` until its text arrives. */
export interface StubPolicy {
  /** `{issuerRegionCode}-{year}` for a document of a followed family (330000-2025 for 浙政发〔2025〕3号), else with a suffix. */
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
   * The Policy id a reference resolves to: a corpus document when its 文号 or title matches one (so a stub is filled
   * in place when the text arrives), else its stub. `contextRegionCode` (the citing document's region) completes
   * titles that name no region (《关于推动…》 in 湖州's own notice). Throws, naming the reference, when the reference
   * was not among those of the indexed documents.
   */
  idForReference(ref: DocumentReference, contextRegionCode?: string): string;
  stubs: StubPolicy[];
  /** The superiors of a corpus text, each with how it was found (declared, title, geography); [] for others. */
  superiorsOf(policyId: string): Superior[];
  /** The 文号 of a corpus text: its own, else the one the citations that name it give. */
  docNumberOf(policyId: string): string | null;
  /** The followed family a document or stub belongs to (推动经济高质量发展若干政策), or null. */
  familyOf(policyId: string): string | null;
}

function stubOf(identity: Identity, id: string): StubPolicy {
  const { title, docNumber, year } = identity;
  return { id, title, docNumber, regionCode: identity.regionStated ? identity.regionCode : null, year };
}

/**
 * Index the corpus texts (under the ids they carry: loadCorpus settles them with distinctPolicyIds) and create the
 * stubs their references need, with their superiors.
 */
export function createPolicyIdIndex(docs: PolicyDocument[]): PolicyIdIndex {
  const registry = new IdentityRegistry(docs);
  const fixed = new Map(docs.map((doc) => [registry.identityOf(doc), doc.policy.id] as const));
  const ids = assignIds(registry.identities, fixed);
  const byId = new Map([...ids].map(([identity, id]) => [id, identity] as const));
  const superiors = resolveSuperiors(docs, registry, ids);
  const stubs = registry.identities
    .filter((identity) => identity.doc === null)
    .map((identity) => stubOf(identity, ids.get(identity) ?? ''))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    stubs,
    idForReference(ref, contextRegionCode) {
      const identity = registry.resolve(ref, contextRegionCode ?? '');
      const id = identity ? ids.get(identity) : undefined;
      if (id) return id;
      throw new Error(
        `policy id index: reference ${ref.raw} (${ref.policyKey}) is not among the indexed documents' references`,
      );
    },
    superiorsOf: (policyId) => superiors.get(policyId) ?? [],
    docNumberOf: (policyId) => byId.get(policyId)?.docNumber ?? null,
    familyOf: (policyId) => byId.get(policyId)?.family ?? null,
  };
}
