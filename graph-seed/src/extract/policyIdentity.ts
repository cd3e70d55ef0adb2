/**
 * What identifies a policy document across texts and citations, and the id suffix made from it. A document of a
 * followed family holds `{region}-{year}[-draft]`; any other takes `-{suffix}`, five base-36 characters of a hash of
 * its identity key (文号, else issuing region and title), so adding documents never renumbers anything.
 */
import type { DocumentReference } from '../model/document';
import { policyFamily } from './policyFamily';
import { titleKey } from './references';

/** `{region}-{year}[-draft]`: the id of a locality's document of a followed family, the prefix of any other. */
export function baseId(regionCode: string | null, year: number | null, draft: boolean): string {
  return `${regionCode ?? 'unknown'}-${year ?? 'undated'}${draft ? '-draft' : ''}`;
}

/** The identity key of a text: its 文号, else `title:{region}:{core}`, else (no title either) its file name. */
export function identityKeyOf(docNumber: string | null, title: string, regionCode: string, file: string): string {
  if (docNumber) return docNumber;
  const key = titleKey(title, regionCode);
  return key.endsWith(':') ? `file:${file}` : `title:${key}`;
}

/** FNV-1a, 32 bits: small, stable across runs and platforms. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Five base-36 characters derived from `key` (`k3f9x`); `attempt` > 0 gives another when two keys collide. */
export function stableSuffix(key: string, attempt = 0): string {
  const seed = attempt === 0 ? key : `${key}#${attempt}`;
  return fnv1a(seed).toString(36).padStart(7, '0').slice(-5);
}

/**
 * The family of a text: its title's, else — a text that lost its title — the family of the superior its preamble
 * declares (根据《浙江省…推动经济高质量发展若干政策…》).
 */
export function familyOfText(title: string, references: readonly DocumentReference[]): string | null {
  const own = policyFamily(title);
  if (own || title.trim() !== '') return own;
  const declared = references.filter((r) => r.relation === 'IMPLEMENTS');
  return declared.map((r) => policyFamily(r.title)).find((f) => f !== null) ?? null;
}

/** What documentPolicyId needs of a text's metadata. */
export interface IdentityFacts {
  regionCode: string;
  year: number;
  draft: boolean;
  title: string;
  docNumber: string | null;
  sourceFile: string;
}

/**
 * The id a text takes on its own: `{region}-{year}[-draft]` for a document of a followed family, else that with its
 * stable suffix. graph/policyIds.ts settles what two texts or a text and a stub both claim.
 */
export function documentPolicyId(facts: IdentityFacts, references: readonly DocumentReference[]): string {
  const base = baseId(facts.regionCode, facts.year, facts.draft);
  if (familyOfText(facts.title, references)) return base;
  return `${base}-${stableSuffix(identityKeyOf(facts.docNumber, facts.title, facts.regionCode, facts.sourceFile))}`;
}
