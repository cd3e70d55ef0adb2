// Property-based: random strings and mutated corpus texts never make the parser throw, and each parse ends.
// The 5 s bound is a hang guard (catastrophic backtracking, endless loops), not a timing assertion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../model/document';
import { corpusNames, parseCorpusFile } from './golden';
import { parsePolicyText } from './parsePolicy';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpusDir } from '../io/readPolicy';

// Generous: a parse takes ~30 ms; 5 s only trips on a real hang, not on a busy 2-core CI machine.
const HANG_GUARD_MS = 5000;

function parseGuarded(text: string): ParseResult {
  const started = performance.now();
  const result = parsePolicyText(text, 'mutated.txt');
  expect(performance.now() - started, 'hang guard').toBeLessThan(HANG_GUARD_MS);
  return result;
}

function wellFormed(result: ParseResult): void {
  if (result.document === null) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
  result.document?.clauses.forEach((c, i) => expect(c.ordinal).toBe(i + 1));
}

const corpusLines = corpusNames().map((name) => readFileSync(join(defaultCorpusDir, name), 'utf8').split('\n'));

/** A corpus text with lines deleted, duplicated, swapped and characters replaced. */
const mutatedCorpus = fc
  .record({
    doc: fc.nat({ max: corpusLines.length - 1 }),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom('delete', 'duplicate', 'swap', 'replace'),
        at: fc.nat(),
        to: fc.nat(),
        char: fc.string({ minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ doc, edits }) => {
    const lines = [...(corpusLines[doc] ?? [])];
    for (const edit of edits) {
      if (lines.length === 0) break;
      const i = edit.at % lines.length;
      const j = edit.to % lines.length;
      const line = lines[i] ?? '';
      if (edit.kind === 'delete') lines.splice(i, 1);
      else if (edit.kind === 'duplicate') lines.splice(i, 0, line);
      else if (edit.kind === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', line];
      else lines[i] = line.slice(0, j % (line.length + 1)) + edit.char + line.slice((j % (line.length + 1)) + 1);
    }
    return lines.join('\n');
  });

/** Strings built from the characters that carry structure, so random input reaches the structural paths. */
const structuralText = fc
  .array(
    fc.constantFrom(
      '一、',
      '(一)',
      '（十一）',
      '1.',
      '1．',
      '1、',
      '。',
      '\n',
      '(由区科技局牵头)',
      '(责任单位:区科技局、区财政局)',
      '附件',
      '|',
      '\t',
      '?',
      '&ldquo;',
      '2025年',
      '万元',
      '《',
      '》',
      '〔2025〕3号',
      'a',
      '区',
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

describe('parser robustness', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'grapheme' }), (text) => wellFormed(parseGuarded(text))),
      { numRuns: 100 },
    );
  });

  it('never throws on strings made of structural tokens', () => {
    fc.assert(
      fc.property(structuralText, (text) => wellFormed(parseGuarded(text))),
      { numRuns: 100 },
    );
  });

  it('never throws on mutated corpus texts (lines deleted, duplicated, swapped, characters replaced)', () => {
    fc.assert(
      fc.property(mutatedCorpus, (text) => {
        const result = parseGuarded(text);
        wellFormed(result);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['a long run of question marks', `一、标题\n(一)${'?'.repeat(300_000)}中`],
    ['one 400 kB line of clause labels', '(一)'.repeat(100_000)],
    ['a long line of area labels', '一、'.repeat(250_000)],
    ['many short lines of pipes', '一、标题\n(一)条。\n附件\n'.concat('|'.repeat(50), '\n').repeat(10_000)],
    ['an unterminated bookmark and entity soup', `[bookmark:${'&amp'.repeat(100_000)}`],
  ])('ends on pathological input: %s', (_, text) => {
    wellFormed(parseGuarded(text));
  });

  it('parses each unmutated corpus text (baseline for the mutations)', () => {
    for (const name of corpusNames()) expect(parseCorpusFile(name).document?.clauses.length).toBeGreaterThan(40);
  });
});
