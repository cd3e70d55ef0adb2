import type { Region, RegionLevel } from '../model/document';
import gazetteer from '../../data/zhejiang-regions.json';
import { matchText } from './normalize';

/** A gazetteer entry: a Region plus the short forms used in running text (秀洲, 海宁). */
interface GazetteerEntry extends Region {
  shortNames: string[];
}

const entries: GazetteerEntry[] = gazetteer.regions.map((r) => ({
  code: r.code,
  name: r.name,
  level: r.level as RegionLevel,
  parentCode: r.parentCode,
  shortNames: r.shortNames,
}));
const byCode = new Map(entries.map((e) => [e.code, e]));
const levelRank: Record<RegionLevel, number> = { PROVINCE: 0, CITY: 1, COUNTY: 2 };

function toRegion(entry: GazetteerEntry): Region {
  return { code: entry.code, name: entry.name, level: entry.level, parentCode: entry.parentCode };
}

/** The gazetteer region with this GB/T 2260 code, or undefined when the gazetteer has none. */
export function regionByCode(code: string): Region | undefined {
  const entry = byCode.get(code);
  return entry ? toRegion(entry) : undefined;
}

/** Every region of the gazetteer: 浙江省, its 11 cities and their 90 county-level divisions, in code order. */
export function allRegions(): Region[] {
  return entries.map(toRegion);
}

/** Every region of the gazetteer with the names it goes by in running text: its full name, then its short forms. */
export function regionNames(): Array<{ region: Region; names: string[] }> {
  return entries.map((e) => ({ region: toRegion(e), names: [e.name, ...e.shortNames] }));
}

/** The region and its ancestors, the region itself first. */
export function regionChain(code: string): Region[] {
  const chain: Region[] = [];
  for (let entry = byCode.get(code); entry; entry = entry.parentCode ? byCode.get(entry.parentCode) : undefined) {
    chain.push(toRegion(entry));
  }
  return chain;
}

interface Hit {
  entry: GazetteerEntry;
  index: number;
}

function findHits(text: string, names: (e: GazetteerEntry) => string[]): Hit[] {
  const hits: Hit[] = [];
  for (const entry of entries) {
    for (const name of names(entry)) {
      const index = text.indexOf(name);
      if (index >= 0) hits.push({ entry, index });
    }
  }
  return hits;
}

/**
 * The most specific region named in a text (嘉兴市秀洲区人民政府 → 秀洲区), in either script. Full names win over short
 * ones (秀洲, 海宁) because short names are also ordinary words (西湖, 天台); among equally specific regions the first
 * named wins. Null when no region is named.
 */
export function findRegionInText(text: string): Region | null {
  const normalized = matchText(text);
  let hits = findHits(normalized, (e) => [e.name]);
  if (hits.length === 0) hits = findHits(normalized, (e) => e.shortNames);
  const best = hits.sort(
    (a, b) =>
      levelRank[b.entry.level] - levelRank[a.entry.level] ||
      a.index - b.index ||
      a.entry.code.localeCompare(b.entry.code),
  )[0];
  return best ? toRegion(best.entry) : null;
}

/** Names by which the locality of `code` and its ancestors appear as a prefix of department names (嘉兴市秀洲区, 秀洲). */
export function localityPrefixes(code: string): string[] {
  const names: string[] = [];
  for (const entry of regionChain(code)) {
    const full = byCode.get(entry.code);
    if (full) names.push(full.name, ...full.shortNames);
  }
  // Longest first so 嘉兴市 is removed before 嘉兴 would leave a stray 市.
  return names.sort((a, b) => b.length - a.length);
}

// Every name and short name of the gazetteer, in its order, listed once: regionPrefix runs for every document's title
// each time the policy ids are indexed (every import, over the whole corpus), and listed per call they were most of
// what it allocated.
const prefixNames = entries.flatMap((entry) => [entry.name, ...entry.shortNames].map((name) => ({ entry, name })));

/** The region whose name (full or short) the text starts with, longest name first, and that name's length. */
export function regionPrefix(text: string): { region: Region; length: number } | null {
  let best: { entry: GazetteerEntry; length: number } | null = null;
  for (const { entry, name } of prefixNames) {
    if (text.startsWith(name) && (!best || name.length > best.length)) best = { entry, length: name.length };
  }
  return best && { region: toRegion(best.entry), length: best.length };
}

/** Organ words that make a region name the start of a department or government name (余杭區財政局, 桐乡市科技局). */
const ORGAN_AFTER_NAME = /^[\u4e00-\u9fff]{0,8}?(?:局|委员会|委|办公室|办|中心|人民政府|政府|管委会)/;

/**
 * The region whose full name most often starts a department or government name in `text` (联系电话:余杭區財政局 →
 * 余杭区), the more specific one on a tie; null when no organ name carries a region. Remove references to other
 * documents first: their issuers are not the text's own region.
 */
export function findRegionInOrganNames(text: string): Region | null {
  const normalized = matchText(text);
  let best: { entry: GazetteerEntry; count: number } | null = null;
  for (const entry of entries) {
    let count = 0;
    for (let at = normalized.indexOf(entry.name); at >= 0; at = normalized.indexOf(entry.name, at + 1)) {
      if (ORGAN_AFTER_NAME.test(normalized.slice(at + entry.name.length, at + entry.name.length + 12))) count++;
    }
    const better =
      count > 0 &&
      (!best || count > best.count || (count === best.count && levelRank[entry.level] > levelRank[best.entry.level]));
    if (better) best = { entry, count };
  }
  return best ? toRegion(best.entry) : null;
}
