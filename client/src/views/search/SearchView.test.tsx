import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { navigate } from '../../state/route';
import { stubGraphQL } from '../../test/graphqlStub';
import { kechuangHits, noFacets, searchPage } from './searchFixtures';
import { PAGE_SIZE } from './useSearchPage';

const facets = {
  ...noFacets,
  localities: [
    { value: '330411', label: '秀洲区', count: 55 },
    { value: '330482', label: '平湖市', count: 35 },
  ],
  statuses: [
    { value: 'ISSUED', label: 'ISSUED', count: 80 },
    { value: 'DRAFT', label: 'DRAFT', count: 12 },
  ],
};

function openSearch(search: string) {
  act(() => navigate({ view: 'import' }, { replace: true }));
  window.history.replaceState(null, '', `/${search}`);
  return render(<App />);
}

describe('SearchView', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('states the total, marks the matches, narrows by a facet and pages', async () => {
    const user = userEvent.setup();
    const { calls } = stubGraphQL({
      SearchResults: () => ({ data: { searchResults: searchPage(kechuangHits, 92, facets) } }),
      SearchCursors: ({ first }) => ({
        data: {
          searchResults: {
            edges: Array.from({ length: Number(first) }, (_, i) => ({ cursor: `c${i + 1}` })),
            pageInfo: { endCursor: `c${String(first)}`, hasNextPage: true },
          },
        },
      }),
    });
    openSearch(`?view=search&q=${encodeURIComponent('發改局')}`);
    expect((await screen.findByRole('heading', { name: /92 results for “發改局”/ })).tagName).toBe('H2');
    const results = screen.getByRole('list', { name: 'Results' });
    expect(within(results).getAllByRole('link')).toHaveLength(4);
    expect(results.querySelector('mark')?.textContent).toBe('科创平台');
    expect(screen.getByText('Page 1 of 5')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '征求意见稿 draft 12' }));
    expect(window.location.search).toBe(`?view=search&q=${encodeURIComponent('發改局')}&status=DRAFT`);
    await screen.findByRole('button', { name: /Remove Issued or draft 状态: 征求意见稿 draft/ });
    expect(calls.at(-1)?.variables).toEqual({
      text: '發改局',
      filter: { status: 'DRAFT' },
      first: PAGE_SIZE,
      after: null,
    });

    // Page 3 by link: the cursor of the 40th hit is asked for first, then the page after it.
    act(() => navigate({ view: 'search', q: '發改局', page: 3 }));
    await screen.findByText('Page 3 of 5');
    const cursorCall = calls.find((c) => c.operationName === 'SearchCursors')!;
    expect(cursorCall.variables).toEqual({ text: '發改局', filter: null, first: 2 * PAGE_SIZE, after: null });
    expect(calls.at(-1)?.variables).toMatchObject({ first: PAGE_SIZE, after: `c${2 * PAGE_SIZE}` });
    await user.click(screen.getByRole('link', { name: '← Previous' }));
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
  });
});
