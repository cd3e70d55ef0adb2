import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INFERRED_IDS_FILE, readInferredIds, writeInferredIds } from './inferredIdsFile';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-inferred-file-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('inferred-ids.json', () => {
  it('keeps the assignment and the highest numbers, never lowering a number given before', async () => {
    const dir = dataDir();
    const assignment = {
      clauses: new Map([['330000-2025/c2', ['330411-2025/c1', '330481-2025/c3']]]),
      sections: new Map([['330000-2025/s1', ['330000-2025/c2']]]),
      highest: new Map([['330000-2025/c', 2]]),
    };
    const written = await writeInferredIds(dir, { assignment, highest: new Map() }, new Map([['330000-2025/c', 9]]));
    expect(written.highest).toEqual(new Map([['330000-2025/c', 9]]));
    const read = await readInferredIds(dir);
    expect(read.assignment?.clauses).toEqual(assignment.clauses);
    expect(read.assignment?.sections).toEqual(assignment.sections);
    expect(read.highest).toEqual(new Map([['330000-2025/c', 9]]));
  });

  it('keeps the reference documents and the cores the alignment measured against', async () => {
    const dir = dataDir();
    const assignment = {
      clauses: new Map(),
      sections: new Map(),
      reference: ['330411-2025', '330481-2025'],
      cores: new Map([['330000-2025', ['330411-2025', '330482-2025']]]),
    };
    await writeInferredIds(dir, { assignment, highest: new Map() }, new Map());
    const read = await readInferredIds(dir);
    expect(read.assignment?.reference).toEqual(assignment.reference);
    expect(read.assignment?.cores).toEqual(assignment.cores);
    // A file written before they were kept: chosen afresh.
    writeFileSync(join(dir, INFERRED_IDS_FILE), JSON.stringify({ clauses: {}, sections: {}, highest: {} }));
    const older = await readInferredIds(dir);
    expect(older.assignment?.reference).toBeUndefined();
    expect(older.assignment?.cores).toBeUndefined();
  });

  it('reads a file of an older data directory (only the highest numbers) as an unknown assignment', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, INFERRED_IDS_FILE), JSON.stringify({ highest: { '330000-2025/c': 53, bad: 'x' } }));
    expect(await readInferredIds(dir)).toEqual({ assignment: null, highest: new Map([['330000-2025/c', 53]]) });
    await writeInferredIds(dir, { assignment: null, highest: new Map([['330000-2025/s', 7]]) }, new Map());
    const json = JSON.parse(readFileSync(join(dir, INFERRED_IDS_FILE), 'utf8'));
    expect(json).not.toHaveProperty('clauses');
    expect(json.highest).toEqual({ '330000-2025/s': 7 });
  });

  it('keeps nothing when there is no file or it is not JSON', async () => {
    const dir = dataDir();
    expect(await readInferredIds(dir)).toEqual({ assignment: null, highest: new Map() });
    writeFileSync(join(dir, INFERRED_IDS_FILE), '{"clauses": ');
    expect(await readInferredIds(dir)).toEqual({ assignment: null, highest: new Map() });
  });
});
