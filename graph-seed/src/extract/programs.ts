import type { ProgramRef } from '../model/document';
import { matchText } from './normalize';

type ProgramKind = ProgramRef['kind'];

const NOUNS = ['工程', '行动', '计划', '项目', '体系', '机制', '政策'] as const;
const NOUN = NOUNS.join('|');
// One or more adjacent quoted names: “尖兵”“领雁”. Quotes may be straight after width folding.
const QUOTED_GROUP = /(?:“[^“”"\n]{1,24}”)+|(?:"[^"“”\n]{1,24}")+/g;
// What may sit between the quotes and the program noun: up to 6 Han characters that are not themselves a noun
// (“尖兵”“领雁”科技计划, “百团千企”拓市场增订单行动), never punctuation, never an enumeration (“A”“B”等场景应用项目
// lists examples, it does not name a program).
const FOLLOWING = new RegExp(`^((?:(?!${NOUN})[^\\P{Script=Han}等和与及或]){0,6}?)(${NOUN})`, 'u');
const OWN_NOUN = new RegExp(`(${NOUN})$`);

function kindOf(noun: string): ProgramKind {
  return (NOUNS as readonly string[]).includes(noun) ? (noun as ProgramKind) : '其他';
}

function keyOf(name: string): string {
  return name.replace(/[“”"'‘’\s]/g, '');
}

/**
 * Named programs in a text: quoted names that a program noun (工程/行动/计划/项目/体系/机制/政策) follows within six
 * Han characters — “尖兵”“领雁”科技计划, “3119”工程, “人工智能+”行动, “百团千企”拓市场增订单行动 — or whose quoted name
 * itself ends with one (“千万工程”, “雄鹰行动”). A quoted phrase without a program noun is a slogan (“最后一公里”,
 * “劳有所得”, “两化”改造) and is not a program. The name stops at the first noun (“人工智能+”行动计划 → “人工智能+”行动)
 * so every locality's spelling meets on one key. Returned in order of first appearance, one per key.
 */
export function extractPrograms(text: string): ProgramRef[] {
  const normalized = matchText(text);
  const programs = new Map<string, ProgramRef>();
  for (const match of normalized.matchAll(QUOTED_GROUP)) {
    const group = match[0].replace(/"([^"]*)"/g, '“$1”');
    const after = normalized.slice(match.index + match[0].length, match.index + match[0].length + 10);
    const following = FOLLOWING.exec(after);
    let name: string | null = null;
    let noun = '';
    if (following?.[2]) {
      name = group + following[0];
      noun = following[2];
    } else {
      const own = OWN_NOUN.exec(group.replace(/”$/, ''));
      if (own?.[1]) {
        name = group;
        noun = own[1];
      }
    }
    if (!name) continue;
    const key = keyOf(name);
    if (key.length > 0 && !programs.has(key)) programs.set(key, { name, key, kind: kindOf(noun) });
  }
  return [...programs.values()];
}
