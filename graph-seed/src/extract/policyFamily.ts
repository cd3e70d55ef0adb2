/**
 * Policy families (data/policy-families.json) and what a title says of its superiors: 南湖区贯彻浙江省和嘉兴市推动经济
 * 高质量发展若干政策承接落实方案 is of the family 推动经济高质量发展若干政策 and names 浙江省 and 嘉兴市 as the regions
 * whose documents of that family it carries down.
 */
import familyTable from '../../data/policy-families.json';
import { matchText } from './normalize';
import { regionByCode, regionPrefix } from './regions';

const families: readonly string[] = familyTable.families;

/** The title as families are matched: Simplified, half-width, without spaces, 的 and 《》. */
function familyText(title: string): string {
  return matchText(title).replace(/[\s的《》〈〉]/g, '');
}

/** The family a title belongs to (its core, 推动经济高质量发展若干政策), or null. */
export function policyFamily(title: string | null | undefined): string | null {
  if (!title) return null;
  const text = familyText(title);
  return families.find((core) => text.includes(core)) ?? null;
}

const CARRYING = /贯彻|落实|承接|对接/g;
const JOINER = /^(?:和|及|与|、)/;

/** The region named at the start of `text` as a superior: a gazetteer name, 省 (the province) or 市 (own city). */
function namedRegion(text: string, ownRegionCode: string): { code: string; length: number } | null {
  const prefix = regionPrefix(text);
  if (prefix) return { code: prefix.region.code, length: prefix.length };
  if (text.startsWith('省')) return { code: '330000', length: 1 };
  const own = regionByCode(ownRegionCode);
  const city = own?.level === 'COUNTY' ? own.parentCode : own?.level === 'CITY' ? own.code : null;
  if (text.startsWith('市') && city) return { code: city, length: 1 };
  return null;
}

/**
 * The regions a title names after 贯彻 / 落实 / 承接 / 对接 as those whose documents it carries down, in order:
 * 贯彻浙江省和嘉兴市… → 330000, 330400; 贯彻落实省市… (for a 嘉兴 county) → 330000, 330400. The text's own region is
 * left out. A superior cited in the title (贯彻《浙江省关于…》) counts too, by the region its title starts with.
 */
export function titleNamedRegions(title: string, ownRegionCode: string): string[] {
  const text = familyText(title);
  const codes: string[] = [];
  for (const keyword of text.matchAll(CARRYING)) {
    let rest = text.slice(keyword.index + keyword[0].length).replace(/^(?:贯彻|落实|承接|对接)+/, '');
    for (let named = namedRegion(rest, ownRegionCode); named; named = namedRegion(rest, ownRegionCode)) {
      if (named.code !== ownRegionCode && !codes.includes(named.code)) codes.push(named.code);
      rest = rest.slice(named.length);
      const joiner = JOINER.exec(rest);
      // 省市 needs no joiner; full names do (嘉兴市推动… is where the list ends).
      if (!joiner && named.length > 1) break;
      rest = rest.slice(joiner?.[0].length ?? 0);
    }
  }
  return codes;
}
