import type { PolicyDocument } from '../model/document';
import type { PolicyIdIndex } from '../graph/policyIds';

/** One implementing document and the superior it carries down directly. */
export interface Implementer {
  doc: PolicyDocument;
  /** Policy id of the most local superior it declares (嘉兴市's stub for a 嘉兴 county, else the province's). */
  directSuperior: string;
}

/** Every document that implements one top superior document, directly or through an intermediate one. */
export interface Family {
  rootId: string;
  /** Intermediate superiors (city documents) between the root and some implementers. */
  intermediates: string[];
  implementers: Implementer[];
  /** Corpus texts of superiors (root or intermediate), by policy id; absent when the superior is a stub. */
  texts: Map<string, PolicyDocument>;
}

const regionOf = (policyId: string): string => policyId.slice(0, 6);

/** Whether region `a` encloses region `b` (GB/T 2260: 330000 ⊃ 330400 ⊃ 330411). */
export function encloses(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.endsWith('0000')) return b.startsWith(a.slice(0, 2));
  if (a.endsWith('00')) return b.startsWith(a.slice(0, 4));
  return false;
}

/**
 * The superiors a document carries down, as the index found them (declared, named in its title, or inferred from
 * geography); of several families, those of the document's own (a 若干政策 also declaring a party resolution).
 */
function superiorsOf(doc: PolicyDocument, ids: PolicyIdIndex): string[] {
  const all = ids.superiorsOf(doc.policy.id).map((s) => s.id);
  const family = ids.familyOf(doc.policy.id);
  const own = family ? all.filter((id) => ids.familyOf(id) === family) : [];
  return own.length > 0 ? own : all;
}

/** The top of a chain of superiors: a city text that itself implements the province leads up to the province. */
function topOf(
  id: string,
  byId: ReadonlyMap<string, PolicyDocument>,
  ids: PolicyIdIndex,
  seen = new Set<string>(),
): string {
  const doc = byId.get(id);
  if (!doc || seen.has(id)) return id;
  seen.add(id);
  const up = superiorsOf(doc, ids);
  const highest = up.find((s) => !up.some((t) => encloses(regionOf(t), regionOf(s))));
  return highest ? topOf(highest, byId, ids, seen) : id;
}

/**
 * Groups the corpus into families by the superior documents each text carries down (PolicyIdIndex.superiorsOf:
 * declared, named in the title, or inferred from geography). A document declaring both the province and its city
 * implements the city, which implements the province; a county declaring only its city text (龙湾 → 温州) joins the
 * family of the document that city text implements. Implementers are in policy-id order, whatever the input order.
 */
export function findFamilies(docs: PolicyDocument[], ids: PolicyIdIndex): Family[] {
  const ordered = [...docs].sort((a, b) => (a.policy.id < b.policy.id ? -1 : a.policy.id > b.policy.id ? 1 : 0));
  const byId = new Map(ordered.map((d) => [d.policy.id, d]));
  const families = new Map<string, Family>();
  for (const doc of ordered) {
    const superiors = superiorsOf(doc, ids);
    if (superiors.length === 0) continue;
    // The most local superior is the one no other superior is enclosed by; the root is the top of its chain.
    const direct = superiors.find((s) => !superiors.some((t) => encloses(regionOf(s), regionOf(t)))) ?? superiors[0]!;
    const highest = superiors.find((s) => !superiors.some((t) => encloses(regionOf(t), regionOf(s)))) ?? direct;
    const root = topOf(highest, byId, ids);
    const family: Family = families.get(root) ?? {
      rootId: root,
      intermediates: [],
      implementers: [],
      texts: new Map(),
    };
    families.set(root, family);
    family.implementers.push({ doc, directSuperior: direct });
    if (direct !== root && !family.intermediates.includes(direct)) family.intermediates.push(direct);
  }
  for (const family of families.values()) {
    for (const id of [family.rootId, ...family.intermediates]) {
      const text = byId.get(id);
      if (text) family.texts.set(id, text);
    }
    // A city text in the corpus is the counties' superior, not their peer, although it implements the province too.
    family.implementers = family.implementers.filter((i) => !family.intermediates.includes(i.doc.policy.id));
  }
  return [...families.values()];
}
