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

function declaredSuperiors(doc: PolicyDocument, ids: PolicyIdIndex): string[] {
  const refs = doc.references.filter((r) => r.relation === 'IMPLEMENTS');
  const found = refs.map((r) => ids.idForReference(r, doc.policy.region.code)).filter((id) => id !== doc.policy.id);
  return [...new Set(found)];
}

/**
 * Groups the corpus into families by the superior documents each text declares (根据《…》(浙政发〔2025〕3号)…).
 * A document declaring both the province and its city implements the city, which implements the province.
 */
export function findFamilies(docs: PolicyDocument[], ids: PolicyIdIndex): Family[] {
  const byId = new Map(docs.map((d) => [d.policy.id, d]));
  const families = new Map<string, Family>();
  for (const doc of docs) {
    const superiors = declaredSuperiors(doc, ids);
    if (superiors.length === 0) continue;
    const root = superiors.find((s) => !superiors.some((t) => encloses(regionOf(t), regionOf(s)))) ?? superiors[0]!;
    // The most local declared superior is the one no other declared superior is enclosed by.
    const direct = superiors.find((s) => !superiors.some((t) => encloses(regionOf(s), regionOf(t)))) ?? root;
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
    // A city text in the corpus is the counties' superior, not their peer, although it declares the province too.
    family.implementers = family.implementers.filter((i) => !family.intermediates.includes(i.doc.policy.id));
  }
  return [...families.values()];
}
