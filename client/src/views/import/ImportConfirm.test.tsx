import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../../test/graphqlStub';
import { EXAMPLE_SOURCE_NAME, EXAMPLE_TEXT } from './exampleDocument';
import { alreadyExistsAnswer, importedAnswer } from './importFixtures';
import { ImportView } from './ImportView';

/** The import view's protections: no replacement without the user's yes, and the write token. */
function renderView() {
  return render(<ImportView route={{ view: 'import' }} />);
}

async function pasteExampleAndImport() {
  await userEvent.click(screen.getByRole('button', { name: 'Paste an example' }));
  await userEvent.click(screen.getByRole('button', { name: 'Import' }));
}

describe('ImportView: replacing a document and the write token', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/?view=import');
    window.sessionStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks before replacing a document that is already in the graph, and replaces it only on yes', async () => {
    const { calls } = stubGraphQL({
      ImportPolicy: (variables) => ({ data: variables.replace === true ? replacedAnswer : alreadyExistsAnswer }),
    });
    renderView();
    await pasteExampleAndImport();
    const question = await screen.findByRole('alert');
    expect(within(question).getByRole('heading').textContent).toBe(
      'Replace 南湖区推动经济高质量发展若干政策(2025年版)?',
    );
    expect(question.textContent).toContain('南湖区 already has this document (330402-2025, 4 clauses)');
    expect(calls.map((call) => call.variables)).toEqual([{ text: EXAMPLE_TEXT, sourceName: EXAMPLE_SOURCE_NAME }]);
    await userEvent.click(within(question).getByRole('button', { name: 'Replace it' }));
    expect(await screen.findByRole('region', { name: /^Replaced: 南湖区/ })).toBeTruthy();
    expect(calls[1]?.variables).toEqual({ text: EXAMPLE_TEXT, sourceName: EXAMPLE_SOURCE_NAME, replace: true });
  });

  it('keeps the existing document when the user says so, and sends nothing more', async () => {
    const { calls } = stubGraphQL({ ImportPolicy: () => ({ data: alreadyExistsAnswer }) });
    renderView();
    await pasteExampleAndImport();
    const question = await screen.findByRole('alert');
    await userEvent.click(within(question).getByRole('button', { name: 'Keep the existing one' }));
    const rejected = await screen.findByRole('alert');
    expect(within(rejected).getByRole('heading').textContent).toBe('Not imported (ALREADY_EXISTS)');
    expect(rejected.textContent).toContain('Nothing was changed in the graph.');
    expect(calls).toHaveLength(1);
  });

  it('sends the write token as a bearer token and keeps it in sessionStorage only', async () => {
    const headers: Headers[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: unknown, init?: RequestInit) => {
        headers.push(new Headers(init?.headers));
        return Response.json({ data: importedAnswer });
      }),
    );
    const localWrites = vi.spyOn(Storage.prototype, 'setItem');
    renderView();
    await userEvent.type(screen.getByLabelText('Write token'), 's3cret-token-for-tests');
    await pasteExampleAndImport();
    await screen.findByRole('region', { name: /Imported/ });
    expect(headers[0]?.get('authorization')).toBe('Bearer s3cret-token-for-tests');
    expect(window.sessionStorage.getItem('policy-cascade.writeToken')).toBe('s3cret-token-for-tests');
    expect(window.localStorage.length).toBe(0);
    expect(localWrites.mock.contexts.every((storage) => storage === window.sessionStorage)).toBe(true);
    localWrites.mockRestore();
    // A new view in the same tab finds it again.
    renderView();
    expect(screen.getAllByLabelText<HTMLInputElement>('Write token').at(-1)?.value).toBe('s3cret-token-for-tests');
  });

  it('sends no Authorization header without a token, and shows the server saying one is needed', async () => {
    const headers: Headers[] = [];
    const message =
      'Imports need the write token: send Authorization: Bearer <token> (CASCADE_WRITE_TOKEN on the server).';
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: unknown, init?: RequestInit) => {
        headers.push(new Headers(init?.headers));
        return Response.json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }, { status: 401 });
      }),
    );
    renderView();
    await pasteExampleAndImport();
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(headers[0]?.has('authorization')).toBe(false);
  });
});

const replacedAnswer = {
  importPolicy: { ...importedAnswer.importPolicy, replaced: true },
};
