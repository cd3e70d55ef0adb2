/**
 * A synthetic corpus for benchmarks and robustness checks: the real texts perturbed the way other localities'
 * documents differ — another Zhejiang county named, amounts changed, clauses dropped, duplicated or reordered,
 * another numbering style. Deterministic for a given seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chineseNumeral } from '../parse/numerals';
import { clauseStart } from '../parse/patterns';
import type { PolicyDocument } from '../model/document';
import { distinctPolicyIds } from '../parse/distinctIds';
import { parsePolicyText } from '../parse/parsePolicy';
import { foldWidth } from '../text/normalize';
import { defaultCorpusDir } from './readPolicy';
import { seededRandom } from './seededRandom';

export interface SyntheticText {
  name: string;
  text: string;
  /** The corpus file it perturbs. */
  base: string;
  /** For each line of the text, the line of the base text it copies (1-based): the truth of a benchmark. */
  baseLines: number[];
}

/** Locality names as the corpus spells them (both scripts), longest first, by corpus file prefix. */
const localityNames: Readonly<Record<string, string[]>> = {
  '330411': ['嘉兴市秀洲区', '嘉興市秀洲區', '秀洲区', '秀洲區', '秀洲'],
  '330481': ['海宁市', '海寧市', '海宁', '海寧'],
  '330482': ['平湖市', '平湖'],
  '330500': ['湖州市', '湖州'],
};

/** Other Zhejiang counties: full name and short name. */
const counties: ReadonlyArray<readonly [string, string]> = [
  ['义乌市', '义乌'],
  ['江山市', '江山'],
  ['诸暨市', '诸暨'],
  ['桐乡市', '桐乡'],
  ['德清县', '德清'],
  ['安吉县', '安吉'],
  ['临海市', '临海'],
  ['瑞安市', '瑞安'],
  ['乐清市', '乐清'],
  ['余姚市', '余姚'],
  ['慈溪市', '慈溪'],
  ['长兴县', '长兴'],
  ['嘉善县', '嘉善'],
  ['柯桥区', '柯桥'],
];

type Style = 'paren' | 'fullParen' | 'dot' | 'fullDot';
const styles: Style[] = ['paren', 'fullParen', 'dot', 'fullDot'];

function label(style: Style, n: number): string {
  if (style === 'paren') return `(${chineseNumeral(n)})`;
  if (style === 'fullParen') return `（${chineseNumeral(n)}）`;
  return style === 'dot' ? `${n}.` : `${n}．`;
}

function renameLocality(text: string, code: string, county: readonly [string, string]): string {
  let out = text;
  for (const name of localityNames[code] ?? []) {
    const short = name.length <= 2;
    out = out.split(name).join(short ? county[1] : county[0]);
  }
  return out;
}

function changeAmounts(text: string, next: () => number): string {
  return text.replace(/(\d+(?:\.\d+)?)(万元|萬元|亿元|億元)/g, (_, value: string, unit: string) => {
    const scaled = Number(value) * (0.5 + next() * 1.5);
    return `${Number(scaled.toFixed(2))}${unit}`;
  });
}

/** A line of the perturbed text and the line of the base text it copies (1-based). */
type Line = [text: string, baseLine: number];

/** Drops, duplicates and swaps clause lines, then renumbers every clause in one style. */
function shuffleClauses(lines: string[], next: () => number, style: Style): Line[] {
  const out: Line[] = [];
  const isClause = (line: string) => clauseStart.test(foldWidth(line.trim()));
  lines.forEach((line, index) => {
    const roll = next();
    if (isClause(line) && roll < 0.08) return;
    out.push([line, index + 1]);
    if (isClause(line) && roll > 0.95) out.push([line, index + 1]);
    const previous = out.length - 2;
    if (isClause(line) && roll > 0.88 && roll <= 0.95 && previous >= 0 && isClause(out[previous]![0])) {
      [out[previous], out[previous + 1]] = [out[previous + 1]!, out[previous]!];
    }
  });
  let n = 0;
  return out.map(([line, baseLine]) => {
    const trimmed = line.trim();
    const match = clauseStart.exec(foldWidth(trimmed));
    return [match ? `${label(style, ++n)}${trimmed.slice(match[0].length)}` : line, baseLine];
  });
}

const OWN_DOC_NUMBER = /^(.*发文字号\s*[:：]\s*)\S+〔\d{4}〕\d+号/;

/**
 * The text's own 文号: in place of the base's where it states one, else as a metadata line on top (a line of no base
 * line). Each synthetic text is then a document of its own, as loadCorpus tells copies of one document apart.
 */
function withDocNumber(lines: Line[], docNumber: string): Line[] {
  const at = lines.findIndex(([line]) => OWN_DOC_NUMBER.test(line));
  if (at < 0) return [[`文号:${docNumber}`, 0], ...lines];
  return lines.map((line, i) => (i === at ? [line[0].replace(OWN_DOC_NUMBER, `$1${docNumber}`), line[1]] : line));
}

function perturb(
  base: { code: string; file: string; text: string },
  county: readonly [string, string],
  next: () => number,
  number: number,
) {
  const style = styles[Math.floor(next() * styles.length)] ?? 'paren';
  const renamed = changeAmounts(renameLocality(base.text, base.code, county), next);
  const year = /-(\d{4})/.exec(base.file)?.[1] ?? '2025';
  const lines = withDocNumber(
    shuffleClauses(renamed.split('\n'), next, style),
    `${county[1]}政发〔${year}〕${number}号`,
  );
  const text = lines.map(([line]) => line).join('\n');
  return { text, base: base.file, baseLines: lines.map(([, baseLine]) => baseLine) };
}

/**
 * `n` perturbed copies of the corpus texts, cycling through them, each with a 文号 of its own (`{county}政发〔year〕i号`:
 * n documents, also when read back from files); the same (n, seed) gives the same texts. Names are
 * `synthetic-{i}-{county}.txt`.
 */
export function syntheticCorpus(n: number, seed: number): SyntheticText[] {
  const next = seededRandom(seed);
  const bases = readBases();
  const texts: SyntheticText[] = [];
  for (let i = 0; i < n && bases.length > 0; i++) {
    const base = bases[i % bases.length]!;
    const county = counties[Math.floor(next() * counties.length)] ?? counties[0] ?? ['义乌市', '义乌'];
    texts.push({ name: `synthetic-${i + 1}-${county[1]}.txt`, ...perturb(base, county, next, i + 1) });
  }
  return texts;
}

/** Counties the synthetic corpus never names: documents of these are new to any synthetic corpus. */
const newcomers: ReadonlyArray<readonly [string, string]> = [
  ['建德市', '建德'],
  ['淳安县', '淳安'],
  ['象山县', '象山'],
  ['宁海县', '宁海'],
  ['苍南县', '苍南'],
  ['天台县', '天台'],
  ['仙居县', '仙居'],
  ['龙泉市', '龙泉'],
  ['开化县', '开化'],
  ['兰溪市', '兰溪'],
  ['东阳市', '东阳'],
  ['永康市', '永康'],
  ['桐庐县', '桐庐'],
  ['嵊州市', '嵊州'],
  ['新昌县', '新昌'],
  ['武义县', '武义'],
  ['浦江县', '浦江'],
  ['磐安县', '磐安'],
  ['遂昌县', '遂昌'],
  ['松阳县', '松阳'],
  ['云和县', '云和'],
  ['文成县', '文成'],
];

/**
 * Up to twenty-two texts of localities no synthetic corpus names, one each, perturbed from the 2025 texts: documents to
 * import into a synthetic corpus (benchmarks), each with a policy id of its own.
 */
export function syntheticNewcomers(k: number, seed: number): SyntheticText[] {
  const next = seededRandom(seed);
  const bases = readBases().filter((b) => !b.file.includes('draft'));
  return newcomers.slice(0, k).map((county, i) => ({
    name: `newcomer-${i + 1}-${county[1]}.txt`,
    ...perturb(bases[i % bases.length]!, county, next, 1),
  }));
}

/** The corpus files perturbed, keyed by the region code whose locality names they use. */
const corpusFiles: ReadonlyArray<readonly [code: string, file: string]> = [
  ['330411', '330411-xiuzhou-2025.txt'],
  ['330411', '330411-xiuzhou-2024-draft.txt'],
  ['330481', '330481-haining-2025.txt'],
  ['330482', '330482-pinghu-2025.txt'],
  ['330500', '330500-huzhou-2025.txt'],
];

function readBases(): { code: string; file: string; text: string }[] {
  return corpusFiles.map(([code, file]) => ({ code, file, text: readFileSync(join(defaultCorpusDir, file), 'utf8') }));
}

/**
 * The synthetic corpus read as a corpus is: texts that do not parse are left out, and two texts that land on one
 * locality and year get distinct ids (distinctPolicyIds, as loadCorpus does). What the benchmarks build graphs from.
 */
export function syntheticDocuments(n: number, seed: number): PolicyDocument[] {
  const parsed = syntheticCorpus(n, seed).map(({ name, text }) => parsePolicyText(text, name).document);
  return distinctPolicyIds(parsed.filter((document): document is PolicyDocument => document !== null));
}
