import { describe, expect, it } from 'vitest';
import { cascadeExportFrame } from './cascadeExportFrame';
import { kechuangCascade } from './cascadeFixtures';
import { mergeCascades } from './mergeCascades';

describe('cascadeExportFrame', () => {
  const frame = cascadeExportFrame(mergeCascades(kechuangCascade, []), {
    direction: 'BOTH',
    depth: 2,
    link: 'http://127.0.0.1:4000/?view=cascade&clause=330481-2025%2Fc1',
    date: new Date('2026-03-02T10:00:00Z'),
  });

  it('names the cascade and lists every source document once, the province first', () => {
    expect(frame.title).toBe('Cascade of (一) 推动高能级科创平台提质增效 — 海宁市 2025');
    expect(frame.subtitle).toBe('6 clauses · direction both ways 双向 · depth 2');
    expect(frame.sources).toHaveLength(6);
    expect(frame.sources[0]).toBe(
      '浙江省 · 浙江省推动经济高质量发展若干政策(2025年版) 浙政发〔2025〕3号 · 2025 · known by reference only 仅见引用',
    );
  });

  it('explains the inferred clauses and says when and where it was made', () => {
    expect(frame.notes[0]).toMatch(/^推断 Inferred: 2 clauses \(dashed\) of 浙政发〔2025〕3号, 嘉政发〔2025〕6号/);
    expect(frame.footer).toBe(
      'Exported 2026-03-02 from policy-cascade · http://127.0.0.1:4000/?view=cascade&clause=330481-2025%2Fc1',
    );
    expect(frame.legend.map((e) => e.label)).toContain('inferred 推断');
  });
});
