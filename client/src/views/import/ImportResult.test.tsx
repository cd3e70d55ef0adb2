import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { importedAnswer } from './importFixtures';
import type { ImportedPolicy } from './importOperations';
import { Imported } from './ImportResult';

const imported = importedAnswer.importPolicy as ImportedPolicy;

/** The summary line and, per table row, what the table says about the clause. */
function readResult(result: ImportedPolicy) {
  render(<Imported result={result} onShowLine={() => {}} />);
  const summary = document.querySelector('.import-summary')!.textContent!.replace(/\s+/g, ' ');
  const rows = within(screen.getByRole('table', { name: 'Where its clauses landed' }))
    .getAllByRole('row')
    .slice(1);
  return { summary, cells: rows.map((r) => r.querySelector('td')!.textContent) };
}

describe('the import result', () => {
  it('counts in the summary exactly what its table marks', () => {
    const { summary, cells } = readResult(imported);
    expect(summary).toContain('1 of 2 clauses carry a superior measure · 1 local addition ·');
    expect(cells.filter((c) => c === 'local addition')).toHaveLength(1);
  });

  it('calls a clause of a document without superior not aligned, in the summary and in the table alike', () => {
    // What made them disagree: no superior declared, so the alignment lists no local addition, while the table
    // called every clause without an IMPLEMENTS edge one.
    const orphan: ImportedPolicy = {
      ...imported,
      policy: {
        ...imported.policy,
        clauses: imported.policy.clauses.map((c) => ({ ...c, implements: [], localAddition: false })),
      },
      alignment: { ...imported.alignment, superiors: [], alignedCount: 0, localAdditions: [], gaps: [] },
    };
    const { summary, cells } = readResult(orphan);
    expect(summary).toContain('0 of 2 clauses carry a superior measure · 0 local additions · 2 not aligned');
    expect(cells).toEqual([
      'not aligned: the document declares no superior',
      'not aligned: the document declares no superior',
    ]);
  });
});
