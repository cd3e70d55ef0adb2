import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The test hook reads ?testHook=1 once when graph/testHook.ts loads, so the URL is set before any import.
vi.hoisted(() => window.history.replaceState(null, '', '/?testHook=1'));

import { App } from '../App';
import { navigate } from '../state/route';
import { stubGraphQL } from '../test/graphqlStub';
import { card, kechuangCascade } from '../views/cascade/cascadeFixtures';
import type { CascadeData } from '../views/cascade/cascadeQuery';
import { searchPage } from '../views/search/searchFixtures';
import { importedAnswer } from '../views/import/importFixtures';
import { dataChanged, dataVersion, onDataChanged } from './dataVersion';

/** What the server answers once the example 南湖区 document is imported: its clause joins the cascade. */
const nanhu = card('330411-2025/c1', '推动高能级科创平台提质增效');
const afterImport: CascadeData = {
  ...kechuangCascade,
  nodes: [
    ...kechuangCascade.nodes,
    {
      distance: 0,
      clause: {
        ...nanhu,
        id: '330402-2025/c1',
        policy: {
          ...nanhu.policy,
          id: '330402-2025',
          region: { code: '330402', name: '南湖区', level: 'COUNTY', parent: { code: '330400' } },
        },
      },
    },
  ],
};

function graphNodes(): number {
  const cy = window.__cascadeCy;
  return cy ? cy.nodes('.clause').length : -1;
}

describe('data version', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells its listeners of each change, and stops when unsubscribed', () => {
    const before = dataVersion();
    const listener = vi.fn();
    const stop = onDataChanged(listener);
    dataChanged();
    expect(dataVersion()).toBe(before + 1);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    dataChanged();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('a successful import drops the cached cascade and re-runs mounted queries such as the search', async () => {
    let imported = false;
    const { calls } = stubGraphQL({
      Cascade: () => ({ data: { cascade: imported ? afterImport : kechuangCascade } }),
      SearchResults: () => ({ data: { searchResults: searchPage([], 0) } }),
      ImportPolicy: () => {
        imported = true;
        return { data: importedAnswer };
      },
    });
    const count = (name: string) => calls.filter((c) => c.operationName === name).length;
    act(() => navigate({ view: 'cascade', clauseId: '330481-2025/c1' }, { replace: true }));
    render(<App />);
    await waitFor(() => expect(graphNodes()).toBe(6));

    await userEvent.type(screen.getByRole('combobox', { name: 'Search clauses' }), '南湖');
    await waitFor(() => expect(count('SearchResults')).toBe(1));

    await act(async () => navigate({ view: 'import' }));
    await userEvent.click(screen.getByRole('button', { name: 'Paste an example' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('region', { name: /Imported/ });
    // The header's search stayed mounted through the import: it asks again for the same words.
    await waitFor(() => expect(count('SearchResults')).toBe(2));

    await act(async () => window.history.back());
    await waitFor(() => expect(graphNodes()).toBe(7));
    expect(count('Cascade')).toBe(2);
  });

  it('a rejected import keeps the cached answers', async () => {
    const { calls } = stubGraphQL({
      Cascade: () => ({ data: { cascade: kechuangCascade } }),
      ImportPolicy: () => ({
        data: { importPolicy: { __typename: 'ImportRejected', code: 'PARSE_ERROR', message: 'no', diagnostics: [] } },
      }),
    });
    act(() => navigate({ view: 'cascade', clauseId: '330482-2025/c1' }, { replace: true }));
    render(<App />);
    await waitFor(() => expect(graphNodes()).toBe(6));
    const before = dataVersion();
    await act(async () => navigate({ view: 'import' }));
    await userEvent.click(screen.getByRole('button', { name: 'Paste an example' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('alert');
    expect(dataVersion()).toBe(before);
    await act(async () => window.history.back());
    await waitFor(() => expect(graphNodes()).toBe(6));
    expect(calls.filter((c) => c.operationName === 'Cascade')).toHaveLength(1);
  });
});
