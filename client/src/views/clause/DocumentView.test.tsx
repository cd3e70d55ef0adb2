import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { navigate } from '../../state/route';
import { stubGraphQL } from '../../test/graphqlStub';
import { card } from '../cascade/cascadeFixtures';
import type { PolicyDocument } from './clauseQuery';

// 平湖's document as the API gives it, cut down: two superiors, one area with (一) and (八), two annex rows.
const pinghu: PolicyDocument = {
  ...card('330482-2025/c1', '').policy,
  issuer: '平湖市人民政府',
  publishedOn: '2025-05-20',
  script: 'TRADITIONAL',
  sourceFile: '330482-pinghu-2025.txt',
  validity: null,
  totalBudget: null,
  implements: [
    { id: '330000-2025', title: '浙江省推动经济高质量发展若干政策(2025年版)', docNumber: '浙政发〔2025〕3号' },
    { id: '330400-2025', title: '嘉兴市推动经济高质量发展若干政策(2025年版)', docNumber: '嘉政发〔2025〕6号' },
  ],
  sections: [
    {
      id: '330482-2025/s1',
      label: '一、',
      title: '推進教育科技人才一體發展',
      inferred: false,
      clauses: [
        card('330482-2025/c1', '推動高能級科創平臺提質增效', '(一)'),
        card('330482-2025/c8', '支持人才引育', '(八)'),
      ],
    },
  ],
  requests: [
    {
      id: '330482-2025/r1',
      ordinal: 1,
      area: '一、推進教育科技人才一體發展',
      item: '支持開展關鍵核心技術攻關',
      goal: '爭取省“尖兵”“領雁”科技計劃項目立項2項以上。',
      departments: [{ role: 'LEAD', rank: 1, department: { id: '330482/科技局', name: '科技局' } }],
    },
    {
      id: '330482-2025/r3',
      ordinal: 3,
      area: '一、推進教育科技人才一體發展',
      item: '促進教育高質量發展',
      goal: '力爭職業中專創成省級優質學校。',
      departments: [
        { role: 'SUPPORT', rank: 2, department: { id: '330482/财政局', name: '財政局' } },
        { role: 'LEAD', rank: 1, department: { id: '330482/教育局', name: '教育局' } },
      ],
    },
  ],
};

describe('DocumentView', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('numbers clauses once, lists each superior on its own line and renders the annex as a table', async () => {
    stubGraphQL({ PolicyDocument: () => ({ data: { policy: pinghu } }) });
    act(() => navigate({ view: 'import' }, { replace: true }));
    window.history.replaceState(null, '', '/?view=document&policy=330482-2025&request=330482-2025%2Fr3');
    render(<App />);
    const area = await screen.findByRole('region', { name: '推進教育科技人才一體發展' });
    // The document's own labels, and no list numbers of the browser's before them.
    expect(area.querySelector('ol')).toBeNull();
    expect(
      within(area)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['(一)推動高能級科創平臺提質增效', '(八)支持人才引育']);
    const superiors = within(screen.getByRole('region', { name: 'Implements 落实' })).getAllByRole('listitem');
    expect(superiors.map((li) => li.textContent)).toEqual([
      '浙江省推动经济高质量发展若干政策(2025年版) 浙政发〔2025〕3号',
      '嘉兴市推动经济高质量发展若干政策(2025年版) 嘉政发〔2025〕6号',
    ]);
    const annex = screen.getByRole('table');
    const rows = within(annex).getAllByRole('row').slice(2);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      '支持開展關鍵核心技術攻關',
      '促進教育高質量發展',
    ]);
    expect(
      within(rows[1]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['教育局 (牵头 lead)', '財政局']);
    expect(rows[1]!.className).toBe('highlighted');
  });
});
