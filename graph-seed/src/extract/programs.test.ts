import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import table from '../../data/known-programs.json';
import { loadCorpus } from '../io/readPolicy';
import { knownProgram, programKey } from './programNames';
import { extractPrograms } from './programs';

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');
const keys = (text: string) => extractPrograms(text).map((p) => `${p.key}/${p.kind}`);

describe('extractPrograms', () => {
  it('reads quoted names followed by a program noun, in Traditional script', () => {
    const text = '爭取省“尖兵”“領雁”科技計劃項目立項1項以上。實施“人工智能+”行動計劃。深入實施“3119”工程。';
    expect(extractPrograms(text)).toEqual([
      { name: '“尖兵”“领雁”科技计划', key: '尖兵领雁科技计划', kind: '计划', written: '“尖兵”“领雁”科技计划' },
      { name: '“人工智能+”行动', key: '人工智能+行动', kind: '行动', written: '“人工智能+”行动' },
      { name: '“3119”工程', key: '3119工程', kind: '工程', written: '“3119”工程' },
    ]);
  });

  it('reads names that carry their own noun and long modifiers', () => {
    expect(keys('以“千万工程”为牵引，深化“七优享”工程，迭代升级“百团千企”拓市场增订单行动')).toEqual([
      '千万工程/工程',
      '七优享工程/工程',
      '百团千企拓市场增订单行动/行动',
    ]);
  });

  it('leaves slogans and enumerated examples alone', () => {
    expect(
      keys('打通政策落地“最后一公里”。持续推进“劳有所得”。推动“两化”改造。加快“人工智能+制造”等场景应用项目建设'),
    ).toEqual([]);
  });

  it('finds the shared programs in every corpus document', () => {
    for (const file of ['330411-xiuzhou-2025.txt', '330481-haining-2025.txt', '330482-pinghu-2025.txt']) {
      expect(keys(corpus(file)), file).toEqual(
        expect.arrayContaining(['尖兵领雁科技计划/计划', '人工智能+行动/行动', '七优享工程/工程']),
      );
    }
    expect(keys(corpus('330500-huzhou-2025.txt'))).toEqual(
      expect.arrayContaining(['千万工程/工程', '百团千企拓市场增订单行动/行动']),
    );
    expect(keys(corpus('330411-xiuzhou-2024-draft.txt'))).toEqual(
      expect.arrayContaining(['千团万企拓市场增订单行动/行动']),
    );
    for (const file of ['330411-xiuzhou-2025.txt', '330500-huzhou-2025.txt']) {
      expect(keys(corpus(file)).filter((k) => k.startsWith('最后一公里') || k.startsWith('劳有所得'))).toEqual([]);
    }
  });

  it('reads the known programs written without quotes, never inside a quoted name (data/known-programs.json)', () => {
    expect(extractPrograms('力争申报市级科技计划项目10项、省级尖兵领雁项目10项。')).toEqual([
      { name: '“尖兵”“领雁”科技计划', key: '尖兵领雁科技计划', kind: '计划', written: '尖兵领雁' },
    ]);
    // 秀洲's own “213秀洲凤凰行动” is its own program, not a second mention of 凤凰行动.
    expect(keys('深化企业上市“213秀洲凤凰行动”,推进凤凰行动计划')).toEqual(['213秀洲凤凰行动/行动', '凤凰行动/行动']);
  });

  it('splits a joint quote group into the known programs it names (湖州: 深入推进“雄鷹”“鳳凰”行動)', () => {
    expect(extractPrograms('深入推進“雄鷹”“鳳凰”行動,爭創國家新型工業化示范區')).toEqual([
      { name: '“雄鹰行动”', key: '雄鹰行动', kind: '行动', written: '“雄鹰行动”' },
      { name: '“凤凰行动”', key: '凤凰行动', kind: '行动', written: '“凤凰行动”' },
    ]);
    // A group whose quotes are not each a known program stays one program.
    expect(keys('实施“尖兵”“领雁”科技计划')).toEqual(['尖兵领雁科技计划/计划']);
  });

  it('merges the spellings of one program under its name, keeping each text’s own as written', () => {
    const merged = (text: string) => extractPrograms(text).map((p) => [p.key, p.name, p.written]);
    expect(merged('积极争取项目纳入省“千项万亿”项目。落实省“千项万亿”工程年度实施计划')).toEqual([
      ['千项万亿工程', '“千项万亿”工程', '“千项万亿”项目'],
    ]);
    expect(merged('落实“全时人才”认定支持机制')).toEqual([
      ['全时双聘人才认定支持机制', '“全时双聘”人才认定支持机制', '“全时人才”认定支持机制'],
    ]);
    expect(merged('持续深化“千村示范、万村整治”工程')).toEqual([
      ['千万工程', '“千万工程”', '“千村示范、万村整治”工程'],
    ]);
  });
});

describe('known-programs.json', () => {
  const entries = (table as { programs: Array<{ name: string; kind: string; aliases?: string[]; parts?: string[] }> })
    .programs;

  it('gives every name and alias to one program only, under a kind the model knows', () => {
    const owners = new Map<string, string>();
    for (const entry of entries) {
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        expect(owners.get(programKey(name)), name).toBeUndefined();
        owners.set(programKey(name), entry.name);
        expect(knownProgram(programKey(name))?.name).toBe(entry.name);
      }
      expect(['工程', '行动', '计划', '项目', '体系', '机制', '政策', '其他']).toContain(entry.kind);
    }
  });

  it('finds every alias it merges in the corpus, so each merge rests on a text', () => {
    const owners = loadCorpus().documents.flatMap((d) => [...d.clauses, ...d.sections, ...d.requests]);
    const texts = owners.map((owner) => owner.programs);
    const written = new Set(texts.flat().map((p) => programKey(p.written)));
    for (const alias of entries.flatMap((entry) => entry.aliases ?? [])) {
      expect(written, alias).toContain(programKey(alias));
    }
  });
});

describe('programs of the corpus outside clauses', () => {
  const documents = loadCorpus().documents;
  const programsOf = (id: string) =>
    documents
      .flatMap((d) => [...d.clauses, ...d.sections, ...d.requests])
      .filter((owner) => owner.id === id)
      .flatMap((owner) => owner.programs.map((p) => p.key));

  it('finds programs in area preambles and annex rows: “3119”工程, 湖州’s 凤凰行动, the unquoted 尖兵领雁', () => {
    expect(programsOf('330411-2024-draft/s1')).toContain('3119工程');
    expect(programsOf('330500-2025/s2')).toEqual(expect.arrayContaining(['雄鹰行动', '凤凰行动']));
    expect(programsOf('330411-2024-draft/r6')).toContain('尖兵领雁科技计划');
  });

  it('puts 千项万亿项目 and 全时人才 under the program they name', () => {
    expect(programsOf('330481-2025/c17')).toContain('千项万亿工程');
    expect(programsOf('330481-2025/c6')).toContain('全时双聘人才认定支持机制');
  });
});
