/**
 * What a query asks below a field, read off its selection set: a resolver that can read a whole list's worth in one
 * batch before graphql-js walks the list (a cascade's nodes' quantities) does so only when the query asks for it.
 */
import { Kind } from 'graphql';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * True when the query selects the path of field names below the resolved field (`['nodes', 'clause', 'amounts']`;
 * the last step may name alternatives), through fragments. `@skip` and `@include` are not evaluated: a field they
 * leave out counts as asked, which only costs the batch read.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly (string | readonly string[])[]): boolean {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) {
    const names = typeof step === 'string' ? [step] : step;
    level = fieldsNamed(info, level, names);
    if (level.length === 0) return false;
  }
  return true;
}

/**
 * True when every field the query selects at the end of `path` is one of `allowed` (through fragments); true as well
 * when it selects nothing there. `@skip` and `@include` are not evaluated: a field they leave out counts as selected.
 */
export function selectsOnly(info: GraphQLResolveInfo, path: readonly string[], allowed: ReadonlySet<string>): boolean {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) level = fieldsNamed(info, level, [step]);
  return fieldsIn(info, level).every((field) => allowed.has(field.name.value));
}

/** The selection sets of the fields named `names` in `sets` (empty ones for leaf fields), through fragments. */
function fieldsNamed(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], names: readonly string[]) {
  return fieldsIn(info, sets)
    .filter((field) => names.includes(field.name.value))
    .map((field) => field.selectionSet ?? EMPTY);
}

/** The fields selected in `sets`, through fragments. */
function fieldsIn(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[]): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') found.push(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

const EMPTY: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [] };
