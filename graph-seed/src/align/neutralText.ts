/**
 * An inferred superior clause speaks as its superior, not as one of the localities it was inferred from (issue 12):
 * locality names and a locality's references to itself are rewritten in the superior's own terms, so 330000-2025's
 * clauses read 支持航运浙江建设 and 加快建设“轨道上的浙江” rather than 秀洲's or 嘉兴's. Text the superior could not
 * say — a local document's title (《嘉兴市集装箱海河联运高质量发展扶持办法》) — is left out with its sentence.
 */
import { regionChain, regionNames } from '../extract/regions';
import type { Region } from '../model/document';

/** Rewrites one locality's words as a superior's; `sentence` returns null for a sentence to leave out. */
export interface Neutralizer {
  title(text: string): string;
  sentence(text: string): string | null;
  /** Whether a text still names a locality other than the superior and its own superiors. */
  namesLocality(text: string): boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The neutralizer for the inferred clauses of `superior`'s stub (浙江省 or 嘉兴市): a locality (any region of the
 * gazetteer other than the superior and its ancestors) becomes the superior (轨道上的海宁 → 轨道上的浙江), its
 * administrative level word the superior's level where it names the locality itself (我区/全区/本区 → 我省/全省/本省,
 * 交通强区 → 交通强省), and 区级 the county level (县级) it stands for.
 */
export function neutralizer(superior: Region): Neutralizer {
  // One per superior, kept: every alignment of a family infers its stub's skeleton again (issue 11).
  const key = `${superior.code}|${superior.name}|${superior.level}`;
  let made = neutralizers.get(key);
  if (!made) neutralizers.set(key, (made = makeNeutralizer(superior)));
  return made;
}

const neutralizers = new Map<string, Neutralizer>();

function makeNeutralizer(superior: Region): Neutralizer {
  const own = new Set(regionChain(superior.code).map((r) => r.code));
  const names = regionNames()
    .filter((r) => !own.has(r.region.code))
    .flatMap((r) => r.names)
    .sort((a, b) => b.length - a.length);
  const anyName = new RegExp(names.map(escape).join('|'), 'g');
  const shortName = regionNames().find((r) => r.region.code === superior.code)?.names[1] ?? superior.name;
  const level = superior.level === 'PROVINCE' ? '省' : superior.level === 'CITY' ? '市' : '县';
  // Made once (replace starts a global pattern from the beginning each time).
  const bracketed = new RegExp(`[(（](?:${names.map(escape).join('|')})[)）]`, 'g');
  const beforeLevel = new RegExp(`(?:${names.map(escape).join('|')})(?=[省市区县]级)`, 'g');
  const rewrite = (text: string) =>
    text
      // (嘉兴) after a name: the locality the institution sits in, nothing the superior says.
      .replace(bracketed, '')
      // 嘉兴市级 → 市级: the level stays, the locality goes.
      .replace(beforeLevel, '')
      .replace(anyName, shortName)
      .replace(/[我全本]([区市县])(?![级场])/g, (match, word: string) => (word === level ? match : match[0] + level))
      .replace(/强[区县市](?=建设|$|[,，。、;；])/g, `强${level}`)
      .replace(/区([级属])/g, '县$1');
  const inLocalTitle = new RegExp(`《[^》]*(?:${names.map(escape).join('|')})[^》]*》`);
  return {
    title: rewrite,
    sentence: (text) => (inLocalTitle.test(text) ? null : rewrite(text)),
    namesLocality: (text) => {
      anyName.lastIndex = 0;
      return anyName.test(text);
    },
  };
}
