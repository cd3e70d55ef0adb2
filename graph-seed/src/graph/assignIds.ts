/**
 * Policy ids that never drift (DESIGN.md §3). `{region}-{year}[-draft]` belongs to the locality's document of a
 * followed family — 330000-2025 is 浙政发〔2025〕3号 whatever else is loaded; every other document takes that base with
 * a suffix made from its own identity (`330400-2025-k3f9x`), never a counter that depends on what else is loaded.
 * Two family documents of one locality and year are ranked by their titles, not by loading order.
 */
import { baseId, stableSuffix } from '../extract/policyIdentity';
import type { Identity } from './identities';

/** The title without edition and brackets: the shorter, the closer to the family's own document (若干政策 vs 实施细则). */
function coreLength(identity: Identity): number {
  const core = (identity.titleKey ?? '').split(':')[1] ?? '';
  return core.replace(/[(（][^()（）]*[)）]/g, '').length || Number.MAX_SAFE_INTEGER;
}

/** Whether an identity may hold its base id: a family document whose region the text or the citation states. */
function claimsBase(identity: Identity): boolean {
  return identity.family !== null && identity.regionStated && identity.regionCode !== null;
}

/** Intrinsic order of the claimants of one base id: family first, then the plainest title, a 文号, the key, the file. */
function rank(a: Identity, b: Identity): number {
  const order = (i: Identity) =>
    [
      claimsBase(i) ? 0 : 1,
      String(coreLength(i)).padStart(16, '0'),
      i.docNumber ? 0 : 1,
      i.key,
      i.doc?.policy.sourceFile ?? '',
    ].join('|');
  const x = order(a);
  const y = order(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function baseOf(identity: Identity): string {
  return baseId(identity.regionCode, identity.year, identity.draft);
}

/**
 * Ids for `identities`. `fixed` ids (documents already loaded under their id) are kept and occupy their id, as do
 * `taken` ids held elsewhere (the store); the rest take their base when they may and it is free, else
 * `{base}-{suffix}`.
 */
export function assignIds(
  identities: readonly Identity[],
  fixed: ReadonlyMap<Identity, string> = new Map(),
  taken: Iterable<string> = [],
): Map<Identity, string> {
  const used = new Set([...taken, ...fixed.values()]);
  const ids = new Map(fixed);
  for (const identity of identities.filter((i) => !fixed.has(i)).sort(rank)) {
    const base = baseOf(identity);
    let id = claimsBase(identity) && !used.has(base) ? base : `${base}-${stableSuffix(identity.key)}`;
    for (let attempt = 1; used.has(id); attempt++) id = `${base}-${stableSuffix(identity.key, attempt)}`;
    used.add(id);
    ids.set(identity, id);
  }
  return ids;
}
