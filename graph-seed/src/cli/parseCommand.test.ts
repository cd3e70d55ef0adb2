// The `parse` command end to end on real files: JSON on stdout, `file:line: message` on stderr, exit codes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultCorpusDir } from '../io/readPolicy';
import type { PolicyDocument } from '../model/document';
import { parseCommand } from './parseCommand';

const dir = mkdtempSync(join(tmpdir(), 'graph-seed-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('parse <file>', () => {
  it('prints the PolicyDocument of a corpus file as indented JSON and exits 0', async () => {
    const code = await parseCommand([join(defaultCorpusDir, '330481-haining-2025.txt')]);
    expect(code).toBe(0);
    expect(stdout.startsWith('{\n  "policy": {')).toBe(true);
    const document = JSON.parse(stdout) as PolicyDocument;
    expect(document.policy.docNumber).toBe('海政发〔2025〕10号');
    expect(document.clauses).toHaveLength(43);
  });

  it('prints warnings as file:line: warning: … and still exits 0', async () => {
    const file = join(defaultCorpusDir, '330411-xiuzhou-2025.txt');
    expect(await parseCommand([file])).toBe(0);
    expect(stderr).toContain(`${file}:74: warning: `);
  });

  it('exits 1 with file:line: message for unreadable input, printing nothing on stdout', async () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    expect(await parseCommand([file])).toBe(1);
    expect(stderr).toBe(`${file}:1: the file is empty\n`);
    expect(stdout).toBe('');
  });

  it('exits 1 with usage when no file is given', async () => {
    expect(await parseCommand([])).toBe(1);
    expect(stderr).toContain('usage: cascade parse <file>');
  });
});
