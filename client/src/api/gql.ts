/**
 * Typed GraphQL operations, two ways while the client moves to the first:
 * - `graphql(`…`)` from `api/generated` (GraphQL Code Generator's client preset, `npm run codegen`): the result and
 *   variable types are generated from schema/ and the operation's selection, so they cannot drift from either;
 * - the older `gql<Data, Variables>`…``, whose text test/client/operations.test.ts validates against the SDL and
 *   whose types are kept by hand beside it.
 * `request(op, vars)` and `useQuery(op, vars)` infer both kinds' types.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export type TypedQuery<TData, TVariables> =
  | (string & { readonly __result?: TData; readonly __variables?: TVariables })
  | DocumentTypeDecoration<TData, TVariables>;

export function gql<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
  strings: TemplateStringsArray,
  ...fragments: string[]
): TypedQuery<TData, TVariables> {
  return strings.reduce((text, part, i) => text + part + (fragments[i] ?? ''), '');
}
