/**
 * Probing the real server process (issue 17): imports, and the answers whose equality says two graphs are the same.
 */
import { graphql } from '../support/http';

export const IMPORT = `mutation($text: String!, $name: String!, $replace: Boolean) {
  importPolicy(text: $text, sourceName: $name, replace: $replace) {
    __typename
    ... on ImportedPolicy { replaced filledStub policy { id } }
    ... on ImportRejected { code message existing { id title clauseCount } } } }`;

export async function importText(url: string, text: string, name: string, replace = false, headers = {}) {
  const result = await graphql(url, IMPORT, { text, name, replace }, headers);
  if (!result.data) throw new Error(`importPolicy failed: ${JSON.stringify(result.errors)}`);
  return result.data.importPolicy as {
    __typename: string;
    code?: string;
    message?: string;
    replaced?: boolean;
    existing?: { id: string; title: string; clauseCount: number };
  };
}

const ANSWERS = `query($superior: ID!, $clause: ID!) {
  coverage(policyId: $superior) { localities { policy { id } carried total } measures { id title } }
  cascade(clauseId: $clause, direction: BOTH, depth: 2) { nodes { distance clause { id title } } edges { type from to } }
}`;

interface Cascade {
  nodes: { distance: number; clause: { id: string; title: string } }[];
  edges: { type: string; from: string; to: string }[];
}

/**
 * What a user sees of the graph: the coverage of both inferred superiors and the cascades of some clauses, sorted
 * where the API does not promise an order. Two graphs with the same answers are the same to their users.
 */
export async function answersOf(url: string, clauses: readonly string[]): Promise<unknown[]> {
  const policies = await graphql(
    url,
    '{ policies(first: 100, filter: { includeStubs: true }) { edges { node { id stub clauseCount } } } }',
  );
  const answers: unknown[] = [policies.data];
  for (const [superior, clause] of [
    ['330000-2025', clauses[0]],
    ['330400-2025', clauses[1] ?? clauses[0]],
    ...clauses.slice(2).map((id) => ['330000-2025', id]),
  ]) {
    const result = await graphql(url, ANSWERS, { superior, clause });
    if (result.errors) throw new Error(`answers: ${JSON.stringify(result.errors)}`);
    const { coverage, cascade } = result.data as { coverage: unknown; cascade: Cascade | null };
    answers.push({
      coverage,
      cascade: cascade && {
        nodes: [...cascade.nodes].sort((a, b) => (a.clause.id < b.clause.id ? -1 : 1)),
        edges: cascade.edges.map((e) => `${e.type} ${e.from} ${e.to}`).sort(),
      },
    });
  }
  return answers;
}
