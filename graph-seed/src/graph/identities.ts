/**
 * The documents a corpus knows: its texts and the documents their references name (DESIGN.md §3). A reference and a
 * text are one document when they share the 文号, or — the text lacking one — the normalised title of the same
 * issuing region and year; the 文号 the citations give is kept. What is not a text becomes a stub.
 */
import { issuerOfDocNumber, yearOfDocNumber } from '../extract/docNumbers';
import { familyOfText, identityKeyOf } from '../extract/policyIdentity';
import { policyFamily } from '../extract/policyFamily';
import { titleKey } from '../extract/references';
import type { DocumentReference, PolicyDocument } from '../model/document';

/** One document: a text, a stub for references, or both once a text fills its stub. */
export interface Identity {
  /** 文号, else `title:{region}:{core}`, else `file:{name}`: what the stable id suffix is made of. */
  key: string;
  docNumber: string | null;
  /** The text's title, else the first citation's. */
  title: string | null;
  /** `{region}:{core}` of the title, when there is one. */
  titleKey: string | null;
  /** The issuing region: the text's, else the 文号's issuer or the region the title names, else the citer's. */
  regionCode: string | null;
  /** False when the region was only borrowed from the citing document (no 文号 issuer, no region in the title). */
  regionStated: boolean;
  year: number | null;
  draft: boolean;
  /** The followed family (data/policy-families.json) it belongs to, or null. */
  family: string | null;
  /** The text, or null for a stub. */
  doc: PolicyDocument | null;
}

/** A title key as documents are matched: the same title with or without 的 (关于推动…的若干政策). */
function matchable(key: string): string {
  return key.replace(/的/g, '');
}

function lastYear(title: string | null): number | null {
  const years = [...(title ?? '').matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
  return years[years.length - 1] ?? null;
}

function textIdentity(doc: PolicyDocument): Identity {
  const p = doc.policy;
  const key = identityKeyOf(p.docNumber, p.title, p.region.code, p.sourceFile);
  return {
    key,
    docNumber: p.docNumber,
    title: p.title || null,
    titleKey: key.startsWith('title:') ? key.slice('title:'.length) : p.title ? titleKey(p.title, p.region.code) : null,
    regionCode: p.region.code,
    regionStated: true,
    year: p.year,
    draft: p.status === 'DRAFT',
    family: familyOfText(p.title, doc.references),
    doc,
  };
}

/** Every reference of a document, the preamble's first. */
export function allReferences(doc: PolicyDocument): DocumentReference[] {
  return [...doc.references, ...doc.clauses.flatMap((c) => c.references)];
}

/** The documents of a corpus and the stubs its references need, with the lookups that resolve a reference. */
export class IdentityRegistry {
  readonly identities: Identity[] = [];
  private readonly byDocNumber = new Map<string, Identity>();
  private readonly byTitle = new Map<string, Identity[]>();
  private readonly ofDoc = new Map<PolicyDocument, Identity>();

  constructor(docs: readonly PolicyDocument[]) {
    for (const doc of docs) this.addText(doc);
    const refs = docs.flatMap((doc) => allReferences(doc).map((ref) => ({ ref, doc })));
    // References with a 文号 first, so a title-only reference finds the stub its 文号-bearing twin made.
    for (const { ref, doc } of [...refs.filter((r) => r.ref.docNumber), ...refs.filter((r) => !r.ref.docNumber)])
      this.resolve(ref, doc.policy.region.code, true);
    for (const doc of docs) this.inheritFamily(doc);
  }

  /** The identity of a corpus text. */
  identityOf(doc: PolicyDocument): Identity {
    const identity = this.ofDoc.get(doc);
    if (!identity) throw new Error(`identities: ${doc.policy.id} is not among the indexed documents`);
    return identity;
  }

  /**
   * The identity a reference names, the citing document's region completing a title that names none; with
   * `create`, a stub when none matches, else null.
   */
  resolve(ref: DocumentReference, contextRegion: string, create = false): Identity | null {
    const found =
      (ref.docNumber ? this.byDocNumber.get(ref.docNumber) : undefined) ?? this.byTitleOf(ref, contextRegion);
    if (found) {
      found.docNumber ??= ref.docNumber;
      if (ref.docNumber) this.byDocNumber.set(ref.docNumber, found);
      found.title ??= ref.title;
      found.family ??= policyFamily(ref.title);
      return found;
    }
    return create ? this.addStub(ref, contextRegion) : null;
  }

  private byTitleOf(ref: DocumentReference, contextRegion: string): Identity | undefined {
    if (!ref.title) return undefined;
    const issuer = ref.docNumber ? issuerOfDocNumber(ref.docNumber) : null;
    const key = titleKey(ref.title, issuer ?? contextRegion);
    const year = (ref.docNumber ? yearOfDocNumber(ref.docNumber) : null) ?? lastYear(ref.title);
    const candidates = this.byTitle.get(matchable(key)) ?? [];
    // Same title, same issuing region (the key holds it), same year when both say one; two 文号 must agree.
    return candidates.find(
      (c) =>
        (c.year === null || year === null || c.year === year) &&
        (c.docNumber === null || ref.docNumber === null || c.docNumber === ref.docNumber),
    );
  }

  private index(identity: Identity): void {
    this.identities.push(identity);
    if (identity.docNumber && !this.byDocNumber.has(identity.docNumber))
      this.byDocNumber.set(identity.docNumber, identity);
    if (identity.titleKey && !identity.titleKey.endsWith(':')) {
      const key = matchable(identity.titleKey);
      this.byTitle.set(key, [...(this.byTitle.get(key) ?? []), identity]);
    }
  }

  private addText(doc: PolicyDocument): void {
    const identity = textIdentity(doc);
    this.ofDoc.set(doc, identity);
    this.index(identity);
  }

  private addStub(ref: DocumentReference, contextRegion: string): Identity {
    const issuer = ref.docNumber ? issuerOfDocNumber(ref.docNumber) : null;
    const named = ref.title ? titleKey(ref.title).split(':')[0] || null : null;
    const regionCode = issuer ?? named ?? contextRegion;
    const key = ref.title ? titleKey(ref.title, regionCode) : null;
    const identity: Identity = {
      key: ref.docNumber ?? `title:${key ?? ''}`,
      docNumber: ref.docNumber,
      title: ref.title,
      titleKey: key,
      regionCode,
      regionStated: issuer !== null || named !== null,
      year: (ref.docNumber ? yearOfDocNumber(ref.docNumber) : null) ?? lastYear(ref.title),
      draft: false,
      family: policyFamily(ref.title),
      doc: null,
    };
    this.index(identity);
    return identity;
  }

  /**
   * A Zhejiang document a family text declares as its superior, cited by 文号 alone (a bare 浙政发〔2025〕3号), is
   * taken for a document of that family; one whose title says otherwise is not.
   */
  private inheritFamily(doc: PolicyDocument): void {
    const family = this.identityOf(doc).family;
    if (!family) return;
    for (const ref of doc.references.filter((r) => r.relation === 'IMPLEMENTS')) {
      const superior = this.resolve(ref, doc.policy.region.code);
      if (superior?.regionStated && superior.title === null && superior.regionCode?.startsWith('33'))
        superior.family ??= family;
    }
  }
}
