import { describe, expect, it } from 'vitest';
import { gapsExportAnswer, gapsExportWithCandidateAnswer } from './coverageFixtures';
import { GAP_CSV_HEADER, gapsCsvRows } from './gapsCsv';

const columns = (row: readonly unknown[]) => Object.fromEntries(GAP_CSV_HEADER.map((name, i) => [name, row[i]]));

describe('gapsCsvRows', () => {
  it('writes a gap with no local clause as a gap, with empty clause and score', () => {
    const [, row] = gapsCsvRows(gapsExportAnswer, '330411');
    expect(columns(row!)).toMatchObject({ 'Measure id': '330000-2025/c8', Status: 'gap', 'Local clause id': '', Score: '' });
  });

  it('writes a gap whose only local link is a candidate as a candidate, with that clause and its score', () => {
    const rows = gapsCsvRows(gapsExportWithCandidateAnswer, '330411');
    expect(rows).toHaveLength(2);
    expect(columns(rows[1]!)).toMatchObject({
      'Measure id': '330000-2025/c8',
      'Inferred measure': 'yes',
      Status: 'candidate',
      'Local clause id': '330411-2025/c12',
      'Local clause': '(十二) 支持高校發展',
      Score: 0.118,
    });
  });

  it('writes a merged measure with its merging clause and the score towards the measure', () => {
    const [, row] = gapsCsvRows(gapsExportWithCandidateAnswer, '330481');
    expect(columns(row!)).toMatchObject({ Status: 'merged', 'Local clause id': '330481-2025/c7', Score: 0.612 });
  });
});
