/**
 * The generated types are committed (a fresh clone typechecks without a build step, and a change to schema/ shows
 * its type changes in review); this test fails when they are stale: it runs GraphQL Code Generator with codegen.ts
 * in memory and compares each output, formatted as the hook formats it, with the file in the repository.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('generated types', () => {
  it('match schema/ (run `npm run codegen` after changing the SDL)', async () => {
    const outputs = await generate({ ...config, cwd: root, hooks: {}, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const path = join(root, output.filename);
      const expected = await format(output.content, { ...(await resolveConfig(path)), filepath: path });
      expect(readFileSync(path, 'utf8'), output.filename).toBe(expected);
    }
  }, 120_000);
});
