import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../../test/graphqlStub';
import { SearchBox, TOP_HITS } from './SearchBox';
import { kechuangHits, searchPage } from './searchFixtures';

describe('SearchBox', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?view=import'));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the top hits with the total, drafts and annex rows labelled, and opens the chosen one', async () => {
    const user = userEvent.setup();
    const { calls } = stubGraphQL({ SearchResults: () => ({ data: { searchResults: searchPage(kechuangHits, 37) } }) });
    render(<SearchBox />);
    const input = screen.getByRole('combobox', { name: 'Search clauses' });
    await user.type(input, '科创平台');

    const options = await screen.findAllByRole('option');
    expect(calls.map((c) => c.variables)).toEqual([{ text: '科创平台', filter: null, first: TOP_HITS, after: null }]);
    expect(options.map((o) => o.querySelector('.search-hit-where')?.textContent)).toEqual([
      '海宁市 · 2025',
      '平湖市 · 2025',
      '秀洲区 · 2024征求意见稿 draft',
      '平湖市 · 2025annex row 附件事项',
      undefined,
    ]);
    expect(options[3]!.querySelector('.search-hit-title')?.textContent).toBe('附件 3. 争取省级科创平台布局');
    expect(options[4]!.textContent).toBe('All 37 results →');
    expect([...options[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['科创平台']);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{Enter}');
    const q = new URLSearchParams(window.location.search);
    expect([q.get('view'), q.get('clause'), q.get('selected')]).toEqual([
      'cascade',
      '330482-2025/c1',
      '330482-2025/c1',
    ]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the results page on Enter when no hit is highlighted, and from “all N results”', async () => {
    const user = userEvent.setup();
    stubGraphQL({ SearchResults: () => ({ data: { searchResults: searchPage(kechuangHits, 37) } }) });
    render(<SearchBox />);
    const input = screen.getByRole('combobox');
    await user.type(input, '科创平台');
    await screen.findAllByRole('option');
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe(`?view=search&q=${encodeURIComponent('科创平台')}`);

    window.history.replaceState(null, '', '/?view=import');
    await user.click(input);
    await user.keyboard('{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toMatch(/-4$/);
    await user.keyboard('{Enter}');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('search');
  });

  it('opens an annex row in its document', async () => {
    const user = userEvent.setup();
    stubGraphQL({ SearchResults: () => ({ data: { searchResults: searchPage(kechuangHits, 4) } }) });
    render(<SearchBox />);
    await user.type(screen.getByRole('combobox'), '科创平台');
    expect(await screen.findAllByRole('option')).toHaveLength(4);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(window.location.search).toBe('?view=document&policy=330482-2025&request=330482-2025%2Fr3');
  });

  it('says when nothing matches and closes on Escape', async () => {
    const user = userEvent.setup();
    stubGraphQL({ SearchResults: () => ({ data: { searchResults: searchPage([], 0) } }) });
    render(<SearchBox />);
    const input = screen.getByRole('combobox');
    await user.type(input, '不存在的词');
    expect(await screen.findByText('Nothing matches.')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
  });

  it('shows a failed search as an alert', async () => {
    const user = userEvent.setup();
    stubGraphQL({ SearchResults: () => ({ errors: [{ message: 'text must not be empty' }] }) });
    render(<SearchBox />);
    await user.type(screen.getByRole('combobox'), '科');
    expect((await screen.findByRole('alert')).textContent).toBe('Search failed: text must not be empty');
  });
});
