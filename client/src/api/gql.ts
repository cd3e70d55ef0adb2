/**
 * Typed GraphQL operations. `gql<Data, Variables>`…`` returns the query text branded with its result and variable
 * types, so `request(op, vars)` and `useQuery(op, vars)` infer both without a code generator. The text of every
 * `gql` literal in client/src is validated against the SDL in schema/ by test/client/operations.test.ts, and the
 * hand-written types mirror the selection sets next to them.
 */
export type TypedQuery<TData, TVariables> = string & {
  readonly __result?: TData;
  readonly __variables?: TVariables;
};

export function gql<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
  strings: TemplateStringsArray,
  ...fragments: string[]
): TypedQuery<TData, TVariables> {
  return strings.reduce((text, part, i) => text + part + (fragments[i] ?? ''), '');
}
