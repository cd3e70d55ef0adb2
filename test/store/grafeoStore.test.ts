import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { runStoreContract } from './storeContract';

runStoreContract('grafeo (in memory)', () => createGrafeoStore());

describe('grafeo store on disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'cascade-grafeo-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps committed data across close and reopen', async () => {
    const path = join(root, 'data');
    const first = await createGrafeoStore({ path });
    await first.run("CREATE (:Policy {id: '330411-2025', title: '秀洲'})");
    await first.transaction((tx) => tx.run("CREATE (:Policy {id: '330481-2025', year: 2025})"));
    await first.close();

    const second = await createGrafeoStore({ path });
    const rows = await second.run('MATCH (p:Policy) RETURN p.id AS id, p.year AS year ORDER BY id');
    await second.close();
    expect(rows).toEqual([
      { id: '330411-2025', year: null },
      { id: '330481-2025', year: 2025 },
    ]);
  });

  it('names the path when the data path is a file', async () => {
    const file = join(root, 'not-a-directory');
    writeFileSync(file, 'x');
    await expect(createGrafeoStore({ path: file })).rejects.toThrow(/not-a-directory.*not a directory/);
  });
});
