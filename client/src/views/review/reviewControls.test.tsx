/**
 * The clause panel's review controls and "add link" (issue 16) against a stubbed server: hidden from a tab whose
 * token the server does not accept, a decision sent with the note and the bearer token, the server's refusal shown,
 * and a link added by searching for the other clause, in the direction the reviewer chose.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OperationAnswer } from '../../test/graphqlStub';
import { stubGraphQL } from '../../test/graphqlStub';
import { card, hainingDetails } from '../cascade/cascadeFixtures';
import { ClausePanel } from '../clause/ClausePanel';

const TOKEN = 'review-token-0123456789';
const TOKEN_KEY = 'policy-cascade.reviewToken';
const SELF = hainingDetails.id;
const SUPERIOR = hainingDetails.implements[0]!.clause.id;
const OTHER = card('330482-2025/c10', '加快綠色化轉型', '(十)');

/** A server whose review token is TOKEN; `review` answers the mutation. */
function server(review: (variables: Record<string, unknown>) => OperationAnswer = () => ({ data: reviewed })) {
  return stubGraphQL({
    ClauseDetails: () => ({ data: { clause: hainingDetails } }),
    ReviewAccess: (_v, authorization) => ({
      data: { reviewAccess: { enabled: true, granted: authorization === `Bearer ${TOKEN}` } },
    }),
    ReviewAlignment: review,
    ReviewClauseSearch: ({ text }) => ({ data: { search: text === '綠色化' ? [{ clause: OTHER }] : [] } }),
  });
}

const reviewed = {
  reviewAlignment: {
    id: `IMPLEMENTS:${SELF}->${SUPERIOR}`,
    decision: 'REJECT',
    note: null,
    at: '2026-12-04T10:00:00.000Z',
    stale: false,
  },
};

/** The panel of a tab holding the review token: the controls of its edge to the superior, and their note. */
async function reviewerPanel() {
  window.sessionStorage.setItem(TOKEN_KEY, TOKEN);
  render(<ClausePanel clauseId={SELF} />);
  const group = await screen.findByRole('group', { name: `Review IMPLEMENTS ${SUPERIOR}` });
  return { group, note: within(group).getByRole('textbox', { name: 'Note' }) };
}

describe('review controls in the clause panel', () => {
  beforeEach(() => window.sessionStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('shows no control and no add link while the server does not accept the tab’s token', async () => {
    const { calls } = server();
    window.sessionStorage.setItem(TOKEN_KEY, 'not-the-token');
    render(<ClausePanel clauseId={SELF} />);
    await screen.findByRole('heading', { name: /推动高能级科创平台提质增效/ });
    await waitFor(() => expect(calls.some((c) => c.operationName === 'ReviewAccess')).toBe(true));
    // The server's answer is in once the request's promise settled: give it a turn before looking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('button', { name: /Confirm|Reject/ })).toBeNull();
    expect(screen.queryByText(/Add link/)).toBeNull();
  });

  it('rejects an edge with a note, sent with the review token; the note is cleared once the server took it', async () => {
    const { calls } = server();
    const { group, note } = await reviewerPanel();
    await userEvent.type(note, '不是同一项');
    await userEvent.click(within(group).getByRole('button', { name: 'Reject 驳回' }));
    await waitFor(() => expect(note).toHaveProperty('value', ''));
    const sent = calls.filter((c) => c.operationName === 'ReviewAlignment');
    expect(sent).toEqual([
      expect.objectContaining({
        variables: { type: 'IMPLEMENTS', from: SELF, to: SUPERIOR, decision: 'REJECT', note: '不是同一项' },
        authorization: `Bearer ${TOKEN}`,
      }),
    ]);
  });

  it('shows the server’s refusal and keeps the note', async () => {
    server(() => ({ errors: [{ message: 'A review token is needed.', extensions: { code: 'FORBIDDEN' } }] }));
    const { group, note } = await reviewerPanel();
    await userEvent.type(note, '确认');
    await userEvent.click(within(group).getByRole('button', { name: 'Confirm 确认' }));
    expect((await within(group).findByRole('alert')).textContent).toContain('A review token is needed.');
    expect(note).toHaveProperty('value', '确认');
  });

  it('adds a link found by searching, in the direction chosen, with its note', async () => {
    const { calls } = server(() => ({ data: { reviewAlignment: { ...reviewed.reviewAlignment, decision: 'ADD' } } }));
    window.sessionStorage.setItem(TOKEN_KEY, TOKEN);
    render(<ClausePanel clauseId={SELF} />);
    await userEvent.click(await screen.findByText('Add link 添加关联'));
    await userEvent.selectOptions(screen.getByLabelText('Link'), 'peer');
    await userEvent.type(screen.getByLabelText('Other clause'), '綠色化');
    await userEvent.type(screen.getByLabelText('Note', { selector: '.add-link input' }), '同一项措施');
    const found = await screen.findByRole('list', { name: 'Clauses found' });
    const hit = await within(found).findByText(/平湖市 2025 · \(十\) 加快綠色化轉型/);
    await userEvent.click(within(hit.closest('li')!).getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Added 平湖市 2025 · (十) 加快綠色化轉型: same measure elsewhere 同类.',
    );
    const sent = calls.filter((c) => c.operationName === 'ReviewAlignment').map((c) => c.variables);
    expect(sent).toEqual([{ type: 'CORRESPONDS_TO', from: SELF, to: OTHER.id, decision: 'ADD', note: '同一项措施' }]);
  });
});
