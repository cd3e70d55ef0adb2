/**
 * The superior documents of each corpus text (Policy IMPLEMENTS Policy), with how each was found:
 * - `declared`: the preamble names it (根据《…》(浙政发〔2025〕3号)…, 有效承接浙江省人民政府《…》…);
 * - `title`: the title names its region (南湖区贯彻浙江省和嘉兴市…若干政策 → 浙江省's and 嘉兴市's documents of the same
 *   family and year);
 * - `geography`: nothing is declared, so the text carries down the document of its family and year of the nearest
 *   enclosing region that has one (a county → its city, else the province) — inferred, and marked so.
 */
import { regionChain } from '../extract/regions';
import { titleNamedRegions } from '../extract/policyFamily';
import type { PolicyDocument } from '../model/document';
import { baseOf } from './assignIds';
import type { Identity, IdentityRegistry } from './identities';

/** How a superior was found; shown on the Policy-level IMPLEMENTS edge as `method`. */
export type SuperiorMethod = 'declared' | 'title' | 'geography';

export interface Superior {
  id: string;
  method: SuperiorMethod;
}

/** The document of a family, region and year a title or geography points at: the one holding the base id. */
function familyDocuments(registry: IdentityRegistry, ids: ReadonlyMap<Identity, string>) {
  const byPlace = new Map<string, Identity>();
  for (const identity of registry.identities) {
    if (!identity.family || !identity.regionStated || identity.draft || identity.year === null) continue;
    const place = `${identity.regionCode}|${identity.year}|${identity.family}`;
    const current = byPlace.get(place);
    if (!current || ids.get(identity) === baseOf(identity)) byPlace.set(place, identity);
  }
  return (regionCode: string, year: number, family: string) => byPlace.get(`${regionCode}|${year}|${family}`);
}

/** The superiors of every corpus text, by its policy id. */
export function resolveSuperiors(
  docs: readonly PolicyDocument[],
  registry: IdentityRegistry,
  ids: ReadonlyMap<Identity, string>,
): Map<string, Superior[]> {
  const documentOf = familyDocuments(registry, ids);
  const result = new Map<string, Superior[]>();
  for (const doc of docs) {
    const self = doc.policy.id;
    const superiors: Superior[] = [];
    const add = (identity: Identity | null | undefined, method: SuperiorMethod) => {
      const id = identity ? ids.get(identity) : undefined;
      if (id && id !== self && !superiors.some((s) => s.id === id)) superiors.push({ id, method });
    };
    const region = doc.policy.region.code;
    for (const ref of doc.references.filter((r) => r.relation === 'IMPLEMENTS'))
      add(registry.resolve(ref, region), 'declared');
    const family = registry.identityOf(doc).family;
    if (family) {
      for (const code of titleNamedRegions(doc.policy.title, region))
        add(documentOf(code, doc.policy.year, family), 'title');
      if (superiors.length === 0) {
        const enclosing = regionChain(region).slice(1);
        const nearest = enclosing.map((r) => documentOf(r.code, doc.policy.year, family)).find((i) => i !== undefined);
        add(nearest, 'geography');
      }
    }
    result.set(self, superiors);
  }
  return result;
}
