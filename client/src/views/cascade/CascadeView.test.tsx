import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The test hook reads ?testHook=1 once when graph/testHook.ts loads, so the URL is set before any import.
vi.hoisted(() => window.history.replaceState(null, '', '/?testHook=1'));

import { App } from '../../App';
import { navigate } from '../../state/route';
import { stubGraphQL } from '../../test/graphqlStub';
import { hainingDetails, huzhouExpansion, kechuangCascade } from './cascadeFixtures';

function cy() {
  const instance = window.__cascadeCy;
  if (!instance) throw new Error('the cascade graph is not mounted');
  return instance;
}

function openCascade(search: string) {
  act(() => navigate({ view: 'cascade' }, { replace: true }));
  window.history.replaceState(null, '', `/${search}`);
  return render(<App />);
}

describe('CascadeView', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('draws the cascade in swimlanes by government level, one node per clause', async () => {
    const { calls } = stubGraphQL({ Cascade: () => ({ data: { cascade: kechuangCascade } }) });
    openCascade('?view=cascade&clause=330481-2025%2Fc1');
    expect(screen.getByText(/Loading the cascade/).getAttribute('role')).toBe('status');
    await waitFor(() => expect(cy().nodes('.clause')).toHaveLength(6));
    expect(calls[0]?.variables).toEqual({ clauseId: '330481-2025/c1', direction: 'BOTH', depth: 2, limit: 150 });

    const nodes = cy().nodes('.clause');
    expect(nodes.map((n) => n.data('locality') as string).sort()).toEqual(
      ['浙江省', '嘉兴市', '湖州市', '秀洲区', '海宁市', '平湖市'].sort(),
    );
    const laneY = Object.fromEntries(
      cy()
        .nodes('.lane')
        .map((l) => [l.data('level') as string, l.position('y')]),
    );
    for (const node of nodes) expect(node.position('y')).toBe(laneY[node.data('level') as string]);
    expect(laneY.PROVINCE!).toBeLessThan(laneY.CITY!);
    expect(laneY.CITY!).toBeLessThan(laneY.COUNTY!);
    expect(cy().getElementById('330481-2025/c1').hasClass('root')).toBe(true);
    expect(cy().edges()).toHaveLength(6);
    expect(cy().getElementById('IMPLEMENTS:330500-2025/c1->330000-2025/c1').data('score')).toBe(0.57);
    expect(screen.getByRole('link', { name: /Cascade/ }).getAttribute('aria-current')).toBe('page');
  });

  it('opens the clause panel with highlighted amounts, departments, evidence and a link to the document', async () => {
    const user = userEvent.setup();
    stubGraphQL({
      Cascade: () => ({ data: { cascade: kechuangCascade } }),
      ClauseDetails: ({ id }) => ({ data: { clause: id === '330481-2025/c1' ? hainingDetails : null } }),
    });
    openCascade('?view=cascade&clause=330481-2025%2Fc1');
    await waitFor(() => expect(cy().nodes('.clause')).toHaveLength(6));

    await user.click(screen.getByText(/Clauses in this cascade/));
    await user.click(screen.getByRole('button', { name: /海宁市 · \(一\) 推动高能级科创平台提质增效/ }));
    expect(new URLSearchParams(window.location.search).get('selected')).toBe('330481-2025/c1');

    const panel = await screen.findByRole('article');
    await within(panel).findByRole('heading', { name: '(一) 推动高能级科创平台提质增效' });
    const text = panel.querySelector('p[lang="zh"]')!;
    expect([...text.querySelectorAll('mark.mark-amount')].map((m) => m.textContent)).toEqual([
      '100万元',
      '300万元',
      '150万元',
    ]);
    expect(text.querySelector('mark.mark-amount')?.getAttribute('title')).toBe('fixed · 全省重点实验室: 1,000,000 元');
    expect(text.querySelector('sup.mark-role')?.textContent).toBe('fixed');
    expect(text.querySelector('mark.mark-program')?.textContent).toBe('科创平台伙伴计划');
    expect([...text.querySelectorAll('mark.mark-department')].map((m) => m.textContent)).toEqual([
      '市科技局',
      '市财政局',
    ]);
    expect(within(panel).getByText('牵头建设全省重点实验室')).toBeTruthy();
    // Against 嘉兴's inferred clause: 海宁's own figure beside the implementers' median, never 'raised' from it.
    expect(
      within(panel).getByText(/国家级科技企业孵化器: 海宁市 300万元 vs implementers' median 50万元 \(higher/),
    ).toBeTruthy();
    expect(within(panel).getByText(/省级科技企业孵化器: raised 提高 100万元 → 150万元/)).toBeTruthy();
    const documentLink = within(panel).getByRole('link', { name: /海宁市推动经济高质量发展若干政策/ });
    expect(documentLink.getAttribute('href')).toBe('?view=document&policy=330481-2025&clause=330481-2025%2Fc1');
    // The graph shows the same selection.
    await waitFor(() => expect(cy().getElementById('330481-2025/c1').selected()).toBe(true));
  });

  it('expands one more level of a clause and keeps the expansion in the URL', async () => {
    const user = userEvent.setup();
    const { calls } = stubGraphQL({
      Cascade: ({ clauseId }) => ({
        data: { cascade: clauseId === '330500-2025/c1' ? huzhouExpansion : kechuangCascade },
      }),
      ClauseDetails: () => ({ data: { clause: null } }),
    });
    openCascade('?view=cascade&clause=330481-2025%2Fc1&dir=BOTH&depth=2');
    await waitFor(() => expect(cy().nodes('.clause')).toHaveLength(6));
    await user.click(screen.getByText(/Clauses in this cascade/));
    const huzhou = screen.getByRole('button', { name: /湖州市 · \(一\)/ }).closest('li')!;
    await user.click(within(huzhou).getByRole('button', { name: 'Expand' }));

    await waitFor(() => expect(cy().nodes('.clause')).toHaveLength(7));
    expect(new URLSearchParams(window.location.search).get('expand')).toBe('330500-2025/c1');
    expect(calls.some((c) => c.variables.clauseId === '330500-2025/c1' && c.variables.depth === 1)).toBe(true);
    expect(cy().getElementById('330500-2025/c4').data('level')).toBe('CITY');
    expect(cy().getElementById('CORRESPONDS_TO:330500-2025/c1->330500-2025/c4').hasClass('weak')).toBe(true);
    // Announced to screen readers and shown over the graph.
    expect(screen.getByText('+1 clause from 湖州市').getAttribute('aria-live')).toBe('polite');

    // Changing the depth keeps the expansion (and asks for it again in the new setting).
    await user.selectOptions(screen.getByLabelText('Depth'), '3');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('depth')).toBe('3'));
    expect(new URLSearchParams(window.location.search).get('expand')).toBe('330500-2025/c1');
    await waitFor(() => expect(cy().nodes('.clause')).toHaveLength(7));
  });

  it('shows the server error with a way to try again', async () => {
    const user = userEvent.setup();
    let fail = true;
    stubGraphQL({
      Cascade: () =>
        fail
          ? { errors: [{ message: 'depth must be 1..4', extensions: { code: 'BAD_USER_INPUT' } }] }
          : { data: { cascade: kechuangCascade } },
    });
    openCascade('?view=cascade&clause=330481-2025%2Fc9');
    expect((await screen.findByRole('alert')).textContent).toMatch(/depth must be 1..4/);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(cy().nodes('.clause')).toHaveLength(6));
  });

  it('says what the server left out of a cut cascade and asks for more on request', async () => {
    const user = userEvent.setup();
    // Asked for 6: the fixture's six clauses as the first 6 of 40, 34 more beside the clause, as the server counts.
    const cut = {
      ...kechuangCascade,
      nodesTotal: 40,
      levels: kechuangCascade.levels.map((l) => (l.distance === 0 ? { ...l, total: l.total + 34 } : l)),
    };
    const { calls } = stubGraphQL({ Cascade: () => ({ data: { cascade: cut } }) });
    openCascade('?view=cascade&clause=330481-2025%2Fc1&show=6');
    await waitFor(() => expect(cy().nodes('.clause')).toHaveLength(6));
    expect(calls[0]?.variables.limit).toBe(6);
    expect(screen.getByText(/Showing 6 of 40 clauses; not drawn: 34 beside the clause/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show 6 more' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('show')).toBe('12'));
    await waitFor(() => expect(calls.some((c) => c.variables.limit === 12)).toBe(true));
  });

  it('says so when the clause does not exist', async () => {
    stubGraphQL({ Cascade: () => ({ data: { cascade: null } }) });
    openCascade('?view=cascade&clause=nope%2Fc1');
    expect((await screen.findByText(/No clause nope\/c1/)).textContent).toMatch(/Search for a clause/);
  });
});
