/**
 * README's GraphQL examples are what researchers copy first: each ```graphql block (and the query inside the curl
 * example) must stay valid against the SDL, so a renamed field breaks this test rather than a reader's first try.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '@policy-cascade/schema';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const schema = buildSchema(typeDefs);

function examples(): string[] {
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  // The curl example carries its query as JSON inside single quotes.
  const curl = [...readme.matchAll(/-d '(\{"query":[\s\S]*?\})'/g)].map((m) => {
    const body = JSON.parse((m[1] ?? '').replace(/\\\n\s*/g, '')) as { query: string };
    return body.query;
  });
  return [...blocks, ...curl];
}

describe('README GraphQL examples', () => {
  it('has the two example queries and a curl call', () => {
    expect(examples().length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples().map((text, i) => [i + 1, text] as const))('example %i is valid against the schema', (_, text) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });
});
