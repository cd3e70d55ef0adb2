/**
 * Every Cypher statement the code declares (server/src/load/**, server/src/repository/**, through defineStatement)
 * checked with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support), against a schema of our
 * labels, relationship types and declared parameters; and the `$params` each uses must equal those it declares.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { EDGE_TYPES, NODE_LABELS } from '@policy-cascade/graph-seed';
import { allStatements, parametersUsed } from '../../server/src/store/statement';
import type { Statement } from '../../server/src/store/statement';

const serverSrc = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/src');
const STATEMENT_FOLDERS = ['load', 'repository', 'review'];

function sourceFiles(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const files = STATEMENT_FOLDERS.flatMap((folder) => sourceFiles(join(serverSrc, folder)));
for (const file of files) await import(pathToFileURL(file).href);
const statements = allStatements();

function schemaFor(statement: Statement): DbSchema {
  return {
    labels: [...NODE_LABELS],
    relationshipTypes: [...EDGE_TYPES],
    // Declared parameters only: a `$param` the statement does not declare is reported by the linter.
    parameters: Object.fromEntries(statement.params.map((name) => [name, null])),
  };
}

/** Errors, plus warnings about labels or relationship types outside DESIGN.md §3 (a typo matches nothing). */
function problems(statement: Statement): string[] {
  const { diagnostics } = lintCypherQuery(statement.cypher, schemaFor(statement));
  return diagnostics
    .map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter((d) => d.severity === 1 || /^(Label|Relationship type) /.test(d.message))
    .map((d) => `${d.message} at ${d.offsets.start}: ${statement.cypher.slice(d.offsets.start, d.offsets.end)}`);
}

describe('Cypher statements', () => {
  it(`are found in ${STATEMENT_FOLDERS.join(' and ')} (${files.length} files)`, () => {
    expect(statements.length).toBeGreaterThan(50);
    expect(statements.map((s) => s.name)).toContain('load.mergeNodes.Clause');
  });

  it.each(statements.map((statement) => [statement.name, statement] as const))(
    '%s declares exactly the parameters it uses',
    (_name, statement) => {
      expect([...parametersUsed(statement.cypher)].sort()).toEqual([...statement.params].sort());
    },
  );

  it.each(statements.map((statement) => [statement.name, statement] as const))(
    '%s passes Neo4j parsing and semantic analysis, without APOC or GDS',
    (_name, statement) => {
      expect(problems(statement)).toEqual([]);
      expect(statement.cypher).not.toMatch(/\b(apoc|gds)\./i);
    },
  );
});
