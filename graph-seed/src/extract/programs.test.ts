import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPrograms } from './programs';

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');
const keys = (text: string) => extractPrograms(text).map((p) => `${p.key}/${p.kind}`);

describe('extractPrograms', () => {
  it('reads quoted names followed by a program noun, in Traditional script', () => {
    const text = '爭取省“尖兵”“領雁”科技計劃項目立項1項以上。實施“人工智能+”行動計劃。深入實施“3119”工程。';
    expect(extractPrograms(text)).toEqual([
      { name: '“尖兵”“领雁”科技计划', key: '尖兵领雁科技计划', kind: '计划' },
      { name: '“人工智能+”行动', key: '人工智能+行动', kind: '行动' },
      { name: '“3119”工程', key: '3119工程', kind: '工程' },
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
});
