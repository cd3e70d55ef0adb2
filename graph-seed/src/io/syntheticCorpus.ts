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

export interface SyntheticText {
  name: string;
  text: string;
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

/** mulberry32: small, fast, good enough for reproducible perturbations. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Drops, duplicates and swaps clause lines, then renumbers every clause in one style. */
function shuffleClauses(lines: string[], next: () => number, style: Style): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const isClause = clauseStart.test(foldWidth(line.trim()));
    const roll = next();
    if (isClause && roll < 0.08) continue;
    out.push(line);
    if (isClause && roll > 0.95) out.push(line);
    const previous = out.length - 2;
    if (
      isClause &&
      roll > 0.88 &&
      roll <= 0.95 &&
      previous >= 0 &&
      clauseStart.test(foldWidth((out[previous] ?? '').trim()))
    ) {
      [out[previous], out[previous + 1]] = [out[previous + 1] ?? '', out[previous] ?? ''];
    }
  }
  let n = 0;
  return out.map((line) => {
    const trimmed = line.trim();
    const match = clauseStart.exec(foldWidth(trimmed));
    return match ? `${label(style, ++n)}${trimmed.slice(match[0].length)}` : line;
  });
}

/**
 * `n` perturbed copies of the corpus texts, cycling through them; the same (n, seed) gives the same texts.
 * Names are `synthetic-{i}-{county}.txt`.
 */
export function syntheticCorpus(n: number, seed: number): SyntheticText[] {
  const next = random(seed);
  const bases = readBases();
  const texts: SyntheticText[] = [];
  for (let i = 0; i < n && bases.length > 0; i++) {
    const base = bases[i % bases.length] as { code: string; text: string };
    const county = counties[Math.floor(next() * counties.length)] ?? counties[0] ?? ['义乌市', '义乌'];
    const style = styles[Math.floor(next() * styles.length)] ?? 'paren';
    const renamed = changeAmounts(renameLocality(base.text, base.code, county), next);
    const text = shuffleClauses(renamed.split('\n'), next, style).join('\n');
    texts.push({ name: `synthetic-${i + 1}-${county[1]}.txt`, text });
  }
  return texts;
}

/** The corpus files perturbed, keyed by the region code whose locality names they use. */
const corpusFiles: ReadonlyArray<readonly [code: string, file: string]> = [
  ['330411', '330411-xiuzhou-2025.txt'],
  ['330411', '330411-xiuzhou-2024-draft.txt'],
  ['330481', '330481-haining-2025.txt'],
  ['330482', '330482-pinghu-2025.txt'],
  ['330500', '330500-huzhou-2025.txt'],
];

function readBases(): { code: string; text: string }[] {
  return corpusFiles.map(([code, file]) => ({ code, text: readFileSync(join(defaultCorpusDir, file), 'utf8') }));
}

/**
 * The synthetic corpus read as a corpus is: texts that do not parse are left out, and two texts that land on one
 * locality and year get distinct ids (distinctPolicyIds, as loadCorpus does). What the benchmarks build graphs from.
 */
export function syntheticDocuments(n: number, seed: number): PolicyDocument[] {
  const parsed = syntheticCorpus(n, seed).map(({ name, text }) => parsePolicyText(text, name).document);
  return distinctPolicyIds(parsed.filter((document): document is PolicyDocument => document !== null));
}
