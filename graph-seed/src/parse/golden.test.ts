// Golden files: the parser's output for each corpus document, reviewed clause by clause. When a change is meant,
// run `npx tsx graph-seed/src/parse/updateGolden.ts` and review the diff; this test never rewrites them.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusNames, goldenJson, goldenPath, parseCorpusFile } from './golden';

describe('golden parse of the corpus', () => {
  it('has a golden file for every corpus document', () => {
    expect(corpusNames().length).toBeGreaterThanOrEqual(5);
    for (const name of corpusNames()) expect(existsSync(goldenPath(name)), goldenPath(name)).toBe(true);
  });

  it.each(corpusNames())('%s matches its golden file', (name) => {
    const actual = JSON.parse(goldenJson(parseCorpusFile(name))) as unknown;
    const golden = JSON.parse(readFileSync(goldenPath(name), 'utf8')) as unknown;
    expect(actual).toEqual(golden);
  });
});
