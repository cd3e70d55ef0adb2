/** `cascade reviews export|import`: a shared file taken whole or not at all, the later decision winning. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildCorpus, defaultCorpusDir, loadCorpus } from '@policy-cascade/graph-seed';
import { INFERRED_IDS_FILE } from '../import';
import { reviewsCommand } from './reviewsCommand';

const dir = mkdtempSync(join(tmpdir(), 'cascade-reviews-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const review = (from: string, at: string, decision = 'REJECT') => ({
  type: 'IMPLEMENTS',
  from,
  to: '330000-2025/c29',
  decision,
  note: null,
  at,
});
const file = (name: string, reviews: unknown[]) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ format: 'policy-cascade-reviews', version: 1, reviews }));
  return path;
};

describe('reviews', () => {
  it('refuses a file with an unknown clause whole, naming it, then takes a good one and exports it', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((line) => (errors.push(String(line)), true));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const data = join(dir, 'data');
    const bad = file('bad.json', [
      review('330500-2025/c30', '2026-12-01T00:00:00Z'),
      review('330500-2025/c300', '2026-12-01T00:00:00Z'),
    ]);
    expect(await reviewsCommand(['import', bad, '--data-dir', data])).toBe(1);
    expect(errors).toContain(`${bad}: reviews[1].from: no clause 330500-2025/c300 in the graph\n`);
    const good = file('good.json', [review('330500-2025/c30', '2026-12-01T00:00:00Z')]);
    expect(await reviewsCommand(['import', good, '--data-dir', data])).toBe(0);
    // An older decision on the same edge does not replace the newer one.
    const older = file('older.json', [review('330500-2025/c30', '2026-11-01T00:00:00Z', 'CONFIRM')]);
    expect(await reviewsCommand(['import', older, '--data-dir', data])).toBe(0);
    const exported = join(dir, 'exported.json');
    expect(await reviewsCommand(['export', '--data-dir', data, '--out', exported])).toBe(0);
    expect(JSON.parse(readFileSync(exported, 'utf8')).reviews).toEqual([
      { ...review('330500-2025/c30', '2026-12-01T00:00:00.000Z') },
    ]);
    out.mockRestore();
  });

  it('checks inferred clauses under the ids the data directory keeps, not the order of a fresh build', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const data = join(dir, 'renumbered');
    mkdirSync(data);
    // The server gave the measure a fresh build numbers c29 the id c99 (imports in another order can do that).
    const fresh = buildCorpus(loadCorpus([defaultCorpusDir]).documents).alignment.inferredIds;
    const clauses = Object.fromEntries(
      [...fresh.clauses].map(([id, members]) => [id === '330000-2025/c29' ? '330000-2025/c99' : id, members]),
    );
    writeFileSync(join(data, INFERRED_IDS_FILE), JSON.stringify({ clauses, sections: {}, highest: {} }));
    const kept = file('renumbered.json', [
      { ...review('330500-2025/c30', '2026-12-02T00:00:00Z'), to: '330000-2025/c99' },
    ]);
    expect(await reviewsCommand(['import', kept, '--data-dir', data])).toBe(0);
    const stale = file('stale.json', [review('330500-2025/c30', '2026-12-02T00:00:00Z')]);
    expect(await reviewsCommand(['import', stale, '--data-dir', data])).toBe(1);
    out.mockRestore();
  });
});
