import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../../test/graphqlStub';
import { EXAMPLE_SOURCE_NAME, EXAMPLE_TEXT } from './exampleDocument';
import { importedAnswer, rejectedAnswer } from './importFixtures';
import { ImportView } from './ImportView';

function renderView() {
  return render(<ImportView route={{ view: 'import' }} />);
}

describe('ImportView', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?view=import'));
  afterEach(() => vi.unstubAllGlobals());

  it('imports the pasted text and shows where its clauses landed, with links into the cascade', async () => {
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    const { calls } = stubGraphQL({ ImportPolicy: async () => (await answered, { data: importedAnswer }) });
    renderView();
    const submit = screen.getByRole('button', { name: 'Import' });
    expect(submit).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('button', { name: 'Paste an example' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Document text').value).toBe(EXAMPLE_TEXT);
    await userEvent.click(submit);
    expect(screen.getByRole('status').textContent).toBe('Parsing, aligning and loading…');
    expect(screen.getByRole('button', { name: 'Importing…' })).toHaveProperty('disabled', true);
    release();

    const result = await screen.findByRole('region', { name: /Imported: 南湖区推动经济高质量发展若干政策/ });
    expect(calls[0]?.variables).toEqual({ text: EXAMPLE_TEXT, sourceName: EXAMPLE_SOURCE_NAME });
    expect(
      within(result).getByText(/1 of 2 clauses carry a superior measure · 1 local addition · 1 superior measure not/),
    ).toBeTruthy();
    const table = within(result).getByRole('table', { name: 'Where its clauses landed' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '(一) 推动高能级科创平台提质增效推动高能级科创平台提质增效 浙政发〔2025〕3号 · score 0.92',
      '(四) 南湖特色红船文化创意产业扶持local addition',
    ]);
    expect(
      within(rows[0]!)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['?view=cascade&clause=330402-2025%2Fc1', '?view=cascade&clause=330000-2025%2Fc1']);
    const superiors = within(result).getByRole('list', { name: 'Superior documents' });
    expect(superiors.textContent).toBe("Implements 浙政发〔2025〕3号: its coverage matrix, 南湖区's gaps");
    expect(within(superiors).getByRole('link').getAttribute('href')).toBe(
      '?view=coverage&policy=330000-2025&region=330402',
    );
    expect(within(result).getByRole('list', { name: 'Warnings' }).textContent).toContain('NO_RESPONSIBILITY');
  });

  it('reads an uploaded file as text and names the source after it', async () => {
    const { calls } = stubGraphQL({ ImportPolicy: () => ({ data: importedAnswer }) });
    renderView();
    const file = new File([EXAMPLE_TEXT], 'nanhu.txt', { type: 'text/plain' });
    await userEvent.upload(screen.getByLabelText('Upload a text file'), file);
    await vi.waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Source name').value).toBe('nanhu.txt'));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Document text').value).toBe(EXAMPLE_TEXT);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('region', { name: /Imported/ });
    expect(calls[0]?.variables.sourceName).toBe('nanhu.txt');
  });

  it('shows why a text was rejected, and selects the offending line when its number is clicked', async () => {
    stubGraphQL({ ImportPolicy: () => ({ data: rejectedAnswer }) });
    renderView();
    const text = '平湖市人民政府\n2026年1月1日\n平湖市若干政策\n没有条款的正文';
    fireEvent.change(screen.getByLabelText('Document text'), { target: { value: text } });
    fireEvent.change(screen.getByLabelText('Source name'), { target: { value: 'draft.txt' } });
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Not imported (PARSE_ERROR)');
    await userEvent.click(within(alert).getByRole('button', { name: 'draft.txt:3' }));
    const area = screen.getByLabelText<HTMLTextAreaElement>('Document text');
    expect(document.activeElement).toBe(area);
    expect(text.slice(area.selectionStart, area.selectionEnd)).toBe('平湖市若干政策');
  });

  it('refuses a text over 2 MB before sending it', () => {
    const { calls } = stubGraphQL({ ImportPolicy: () => ({ data: importedAnswer }) });
    renderView();
    fireEvent.change(screen.getByLabelText('Source name'), { target: { value: 'big.txt' } });
    // 700k CJK characters are 2.1 MB in UTF-8, though only 0.7 M UTF-16 units.
    fireEvent.change(screen.getByLabelText('Document text'), { target: { value: '政'.repeat(700_000) } });
    expect(screen.getByRole('alert').textContent).toBe('The text is 2.0 MB; the import takes up to 2 MB.');
    expect(screen.getByRole('button', { name: 'Import' })).toHaveProperty('disabled', true);
    fireEvent.submit(screen.getByRole('button', { name: 'Import' }).closest('form')!);
    expect(calls).toHaveLength(0);
  });

  it('says when the server cannot be reached and retries', async () => {
    let attempts = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return Response.json({ data: importedAnswer });
      }),
    );
    renderView();
    await userEvent.click(screen.getByRole('button', { name: 'Paste an example' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server could not be reached.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: /Imported/ })).toBeTruthy();
  });
});
