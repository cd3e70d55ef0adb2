/**
 * The parity calls of the department and search reads (see parityCalls.ts): every document's and region's
 * departments, every department function across localities, departments by document key, and search terms from
 * the graph itself under several filters, paged through.
 */
import { departmentKey } from '../../server/src/repository';
import type { ClauseFilter } from '../../server/src/repository';
import { departmentFunctions } from '@policy-cascade/graph-seed';
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import { UNKNOWN, everyPage, idsOf, policyYears, spread } from './parityGraph';
import type { ParityCall } from './parityGraph';

/** The region each policy is issued for. */
function regionOfPolicy(graph: PolicyGraph): Map<string, string> {
  return new Map(graph.edges.filter((e) => e.type === 'ISSUED_FOR').map((e) => [e.from, e.to]));
}

export function departmentCalls(graph: PolicyGraph): ParityCall[] {
  const regions = [...idsOf(graph, 'Region'), UNKNOWN];
  const years = [null, ...policyYears(graph)];
  const issuedFor = regionOfPolicy(graph);
  const keys = idsOf(graph, 'Department').flatMap((department) =>
    [...issuedFor]
      .filter(([, region]) => department.startsWith(`${region}/`))
      .map(([policy]) => departmentKey(department, policy)),
  );
  const scopes = [
    ...[...idsOf(graph, 'Policy'), UNKNOWN].map((policyId) => ({ policyId })),
    ...regions.flatMap((regionCode) => years.map((year) => ({ regionCode, year }))),
  ];
  const functions = departmentFunctions().map((fn) => fn.key);
  return [
    { method: 'departmentFunctions', label: '', run: async (repo) => repo.departmentFunctions() },
    { method: 'getDepartments', label: `${keys.length} keys`, run: (repo) => repo.getDepartments([...keys, UNKNOWN]) },
    ...scopes.map((scope): ParityCall => ({
      method: 'departments',
      label: JSON.stringify(scope),
      run: (repo) => repo.departments(scope),
    })),
    ...functions.flatMap((key) =>
      years.map((year): ParityCall => ({
        method: 'departmentFunction',
        label: `${key} ${year}`,
        run: (repo) => repo.departmentFunction(key, year),
      })),
    ),
  ];
}

/** Search terms from the graph: department and program names, and the first characters of clause titles. */
function searchTerms(graph: PolicyGraph, count: number): string[] {
  const names = graph.nodes.flatMap((node) => {
    const value =
      node.label === 'Department' || node.label === 'Program'
        ? node.properties.name
        : node.label === 'Clause'
          ? node.properties.title
          : undefined;
    return typeof value === 'string' && value.length >= 2 ? [value.slice(0, node.label === 'Clause' ? 4 : 8)] : [];
  });
  return spread([...new Set(names)].sort(), count);
}

export function searchCalls(graph: PolicyGraph, sample: number): ParityCall[] {
  const terms = searchTerms(graph, sample);
  const filters: (ClauseFilter | null)[] = [
    null,
    { level: 'COUNTY' },
    { regionCode: idsOf(graph, 'Region').at(-1) ?? null },
    { departmentRole: 'LEAD' },
    { localAddition: true },
  ];
  // Warming computes what the first search and cascade read; the search after it must find the same on both stores.
  const warmed: ParityCall = {
    method: 'warm',
    label: `then search ${terms[0] ?? ''}`,
    run: async (repo) => {
      await repo.warm();
      return repo.search(terms[0] ?? '局', 20);
    },
  };
  return [
    warmed,
    ...terms.flatMap((text, i): ParityCall[] => {
      const filter = filters[i % filters.length] ?? null;
      return [
        { method: 'search', label: text, run: (repo) => repo.search(text, 50) },
        {
          method: 'searchPage',
          label: `${text} ${JSON.stringify(filter)}, pages of 7`,
          run: (repo) => everyPage((after) => repo.searchPage(text, { filter, first: 7, after })),
        },
        {
          method: 'searchPage',
          label: `${text}, clauses only`,
          run: (repo) => repo.searchPage(text, { first: 50, requests: false }),
        },
      ];
    }),
  ];
}
