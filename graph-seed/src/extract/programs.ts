import type { ProgramRef } from '../model/document';
import { matchText } from './normalize';
import type { KnownProgram, ProgramKind } from './programNames';
import { knownProgram, programKey, programOfPart, unquotedForms } from './programNames';

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

/** A mention at `at`: the known program it names (shown under its own name), or the name as written. */
interface Mention {
  at: number;
  ref: ProgramRef;
}

function mention(at: number, written: string, kind: ProgramKind, program?: KnownProgram): Mention {
  const found = program ?? knownProgram(programKey(written));
  if (!found) return { at, ref: { name: written, key: programKey(written), kind, written } };
  // The same name quoted otherwise (“雄鹰”行动 for “雄鹰行动”) is no other name.
  return { at, ref: { ...found, written: programKey(written) === found.key ? found.name : written } };
}

/** The quoted group at `index` with what follows it, as one mention or (a joint group of known parts) several. */
function quotedMentions(normalized: string, group: string, index: number): Mention[] {
  const after = normalized.slice(index + group.length, index + group.length + 10);
  const following = FOLLOWING.exec(after);
  const named = group.replace(/"([^"]*)"/g, '“$1”');
  const own = following?.[2] ? null : OWN_NOUN.exec(named.replace(/”$/, ''));
  const noun = following?.[2] ?? own?.[1];
  if (!noun) return [];
  // “雄鹰”“凤凰”行动 names two programs when the data file knows each quote as one.
  const quotes = [...named.matchAll(/“([^”]*)”/g)].map((m) => m[1] ?? '');
  const parts = quotes.map((quote) => programOfPart(quote));
  if (following && quotes.length > 1 && parts.every((p) => p !== undefined)) {
    return parts.map((program, i) => mention(index, `“${quotes[i] ?? ''}”${following[0]}`, kindOf(noun), program));
  }
  return [mention(index, following ? named + following[0] : named, kindOf(noun))];
}

/** Known forms written without quotes (省级尖兵领雁项目), outside every quoted span. */
function unquotedMentions(normalized: string): Mention[] {
  const masked = normalized.replace(QUOTED_GROUP, (quoted) => ' '.repeat(quoted.length));
  const found: Mention[] = [];
  const taken: Array<[number, number]> = [];
  for (const { form, program } of unquotedForms()) {
    for (let at = masked.indexOf(form); at >= 0; at = masked.indexOf(form, at + form.length)) {
      if (taken.some(([s, e]) => at < e && s < at + form.length)) continue;
      taken.push([at, at + form.length]);
      found.push(mention(at, form, program.kind, program));
    }
  }
  return found;
}

/**
 * Named programs in a text: quoted names that a program noun (工程/行动/计划/项目/体系/机制/政策) follows within six
 * Han characters — “尖兵”“领雁”科技计划, “3119”工程, “人工智能+”行动, “百团千企”拓市场增订单行动 — or whose quoted name
 * itself ends with one (“千万工程”, “雄鹰行动”), and the forms graph-seed/data/known-programs.json lists without quotes
 * (尖兵领雁). A quoted phrase without a program noun is a slogan (“最后一公里”, “劳有所得”, “两化”改造) and is not a
 * program. The name stops at the first noun (“人工智能+”行动计划 → “人工智能+”行动) so every locality's spelling meets
 * on one key, and a known program's other spellings (“千项万亿”项目) meet on its key and name, `written` keeping the
 * text's own. Returned in order of first appearance, one per key.
 */
export function extractPrograms(text: string): ProgramRef[] {
  const normalized = matchText(text);
  const mentions = [...normalized.matchAll(QUOTED_GROUP)].flatMap((m) => quotedMentions(normalized, m[0], m.index));
  const all = [...mentions, ...unquotedMentions(normalized)].sort((a, b) => a.at - b.at);
  const programs = new Map<string, ProgramRef>();
  for (const { ref } of all) if (ref.key.length > 0 && !programs.has(ref.key)) programs.set(ref.key, ref);
  return [...programs.values()];
}
