import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../../test/graphqlStub';
import { card } from '../cascade/cascadeFixtures';
import { SearchBox } from './SearchBox';

const hits = [
  {
    clause: card('330481-2025/c1', '推动高能级科创平台提质增效'),
    score: 1005,
    snippet: '推动高能级科创平台提质增效。实施高能级科创平台提能造峰行动',
    highlights: [
      { start: 5, length: 4 },
      { start: 19, length: 4 },
    ],
  },
  {
    clause: card('330482-2025/c1', '推動高能級科創平臺提質增效'),
    score: 1004,
    snippet: '推動高能級科創平臺提質增效。建立重大科創平臺考核評價',
    highlights: [{ start: 5, length: 4 }],
  },
];

describe('SearchBox', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?view=import'));
  afterEach(() => vi.unstubAllGlobals());

  it('searches once typing pauses and opens the chosen clause with the keyboard', async () => {
    const user = userEvent.setup();
    const { calls } = stubGraphQL({ SearchClauses: () => ({ data: { search: hits } }) });
    render(<SearchBox />);
    const input = screen.getByRole('combobox', { name: 'Search clauses' });
    await user.type(input, '科创平台');

    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.querySelector('.search-hit-where')?.textContent)).toEqual([
      '海宁市 · 2025',
      '平湖市 · 2025',
    ]);
    expect(calls.map((c) => c.variables)).toEqual([{ text: '科创平台', first: 12 }]);
    expect([...options[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['科创平台', '科创平台']);
    expect(input.getAttribute('aria-expanded')).toBe('true');

    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    const q = new URLSearchParams(window.location.search);
    expect([q.get('view'), q.get('clause'), q.get('selected')]).toEqual([
      'cascade',
      '330482-2025/c1',
      '330482-2025/c1',
    ]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('says when nothing matches and closes on Escape', async () => {
    const user = userEvent.setup();
    stubGraphQL({ SearchClauses: () => ({ data: { search: [] } }) });
    render(<SearchBox />);
    const input = screen.getByRole('combobox');
    await user.type(input, '不存在的词');
    expect(await screen.findByText('No clause matches.')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
  });

  it('shows a failed search as an alert', async () => {
    const user = userEvent.setup();
    stubGraphQL({ SearchClauses: () => ({ errors: [{ message: 'text must not be empty' }] }) });
    render(<SearchBox />);
    await user.type(screen.getByRole('combobox'), '科');
    expect((await screen.findByRole('alert')).textContent).toBe('Search failed: text must not be empty');
  });
});
