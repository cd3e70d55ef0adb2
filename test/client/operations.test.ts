/**
 * "Typed operations": every GraphQL operation the client sends (each `gql` literal exported from client/src) must be
 * valid against the SDL of schema/, so a renamed field or argument breaks this test instead of a user's screen.
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
  const files = sourceFiles(clientSrc).filter((file) => /\bgql<|\bgraphql\(/.test(readFileSync(file, 'utf8')));
  const operations = [];
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      // A gql`` literal is a string; a generated graphql() document a String object (TypedDocumentString).
      const text = typeof value === 'string' ? value : value instanceof String ? String(value) : null;
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

  it.each(operations.map((o) => [`${o.file} ${o.name}`, o.text] as const))('%s is valid against the SDL', (_, text) => {
    const errors = validate(schema, parse(text));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
