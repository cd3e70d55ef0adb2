/**
 * The statement registry. Repository and loader code declare every Cypher statement through `defineStatement`, never
 * as an inline string, so one test (test/store/cypherLint.test.ts) can check all of them with Neo4j's own parser and
 * compare the `$params` each one uses with the params it declares.
 */
import { StoreError } from './CypherStore';
import type { CypherParams, CypherRow, CypherRunner } from './CypherStore';

/** A named Cypher statement and the parameters it takes. */
export interface Statement {
  readonly name: string;
  readonly cypher: string;
  readonly params: readonly string[];
}

const registry = new Map<string, Statement>();

/**
 * Declares a statement and records it in the module-level registry. Names are unique: declaring the same name with
 * different Cypher is a programming error and throws at import time.
 */
export function defineStatement(definition: { name: string; cypher: string; params: readonly string[] }): Statement {
  const statement: Statement = Object.freeze({
    name: definition.name,
    cypher: definition.cypher,
    params: Object.freeze([...definition.params]),
  });
  const existing = registry.get(statement.name);
  if (existing && existing.cypher !== statement.cypher) {
    throw new Error(`[store] statement '${statement.name}' is defined twice with different Cypher`);
  }
  registry.set(statement.name, existing ?? statement);
  return existing ?? statement;
}

/** Every statement declared so far by the modules imported in this process. */
export function allStatements(): readonly Statement[] {
  return [...registry.values()];
}

/**
 * Runs a declared statement, checking first that every declared parameter is given (a missing one would silently
 * become null in Cypher and match nothing).
 */
export function runStatement(
  runner: CypherRunner,
  statement: Statement,
  params: CypherParams = {},
): Promise<CypherRow[]> {
  const missing = statement.params.filter((name) => !(name in params));
  if (missing.length > 0) {
    return Promise.reject(
      new StoreError('QUERY', `statement '${statement.name}' is missing parameter(s): ${missing.join(', ')}`),
    );
  }
  return runner.run(statement.cypher, params);
}

/** The `$name` parameters a Cypher text uses, in first-use order (string literals and comments are skipped). */
export function parametersUsed(cypher: string): string[] {
  const withoutLiterals = cypher
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''")
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  const names = [...withoutLiterals.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] ?? '');
  return [...new Set(names)];
}
