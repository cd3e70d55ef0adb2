/**
 * "Typed operations": every GraphQL operation the client sends is a generated `graphql()` document exported from
 * client/src (its types written by `npm run codegen`, none by hand) and valid against the SDL of schema/, so a renamed
 * field or argument breaks this test instead of a user's screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '@policy-cascade/schema';
import { repoRoot } from '../e2e/harness';

const clientSrc = join(repoRoot, 'client/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

async function clientOperations(): Promise<{ file: string; name: string; text: string }[]> {
  const files = sourceFiles(clientSrc).filter((file) => /\bgraphql\(/.test(readFileSync(file, 'utf8')));
  const operations = [];
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      // A generated graphql() document is a String object (TypedDocumentString) holding the operation's text.
      const text = value instanceof String ? String(value) : null;
      if (text !== null && /^\s*(query|mutation)\b/.test(text)) {
        operations.push({ file: relative(repoRoot, file), name, text });
      }
    }
  }
  return operations;
}

describe('client GraphQL operations', async () => {
  const schema = buildSchema(typeDefs);
  const operations = await clientOperations();

  it('finds the operations of the cascade, clause panel and search', () => {
    const names = operations.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'CASCADE',
        'CLAUSE_DETAILS',
        'SEARCH_RESULTS',
        'POLICY_DOCUMENT',
        'SUPERIOR_POLICIES_QUERY',
      ]),
    );
  });

  it('sends no operation that is not a generated typed document', () => {
    const written = sourceFiles(clientSrc)
      .filter((file) => !file.includes('/api/generated/'))
      .flatMap((file) => readFileSync(file, 'utf8').match(/^\s*(query|mutation) \w+/gm) ?? []);
    expect(written.length).toBeGreaterThan(10);
    expect(operations).toHaveLength(written.length);
  });

  it.each(operations.map((o) => [`${o.file} ${o.name}`, o.text] as const))('%s is valid against the SDL', (_, text) => {
    const errors = validate(schema, parse(text));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
