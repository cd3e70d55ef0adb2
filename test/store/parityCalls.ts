/**
 * The calls the store parity test (parity.int.test.ts) makes on both stores: every PolicyRepository method, with
 * arguments drawn from the loaded graph itself (every id of a kind for the batch reads, an evenly spaced sample for
 * the per-item analyses, plus an unknown id), so the comparison covers the data whatever the corpus holds.
 */
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import type { PolicyRepository } from '../../server/src/repository';
import { departmentCalls, searchCalls } from './parityCallsMore';
import { researchCalls } from './parityCallsResearch';
import { UNKNOWN, everyPage, idsOf, policyYears, spread } from './parityGraph';
import type { ParityCall } from './parityGraph';

function policyListCalls(graph: PolicyGraph, regions: string[]): ParityCall[] {
  const filters = [
    { includeStubs: true },
    { includeStubs: false },
    ...regions.map((regionCode) => ({ regionCode, includeStubs: true })),
    ...(['PROVINCE', 'CITY', 'COUNTY'] as const).map((level) => ({ level })),
    ...policyYears(graph).map((year) => ({ year, includeStubs: true })),
    ...['ISSUED', 'DRAFT'].map((status) => ({ status })),
  ];
  return filters.flatMap((filter) => [
    {
      method: 'listPolicies',
      label: JSON.stringify(filter),
      run: (repo) => repo.listPolicies({ ...filter, first: 500 }),
    },
    {
      method: 'listPolicies',
      label: `pages of 7, ${JSON.stringify(filter)}`,
      run: (repo) => everyPage((after) => repo.listPolicies({ ...filter, first: 7, after })),
    },
  ]);
}

function batchCalls(graph: PolicyGraph): ParityCall[] {
  const policies = [...idsOf(graph, 'Policy'), UNKNOWN];
  const sections = [...idsOf(graph, 'Section'), UNKNOWN];
  const clauses = [...idsOf(graph, 'Clause'), UNKNOWN];
  const regions = [...idsOf(graph, 'Region'), UNKNOWN];
  const calls: [keyof PolicyRepository, string[], (repo: PolicyRepository, ids: string[]) => Promise<unknown>][] = [
    ['getPolicies', policies, (r, ids) => r.getPolicies(ids)],
    ['getSections', sections, (r, ids) => r.getSections(ids)],
    ['sectionsOfPolicies', policies, (r, ids) => r.sectionsOfPolicies(ids)],
    ['getClauses', clauses, (r, ids) => r.getClauses(ids)],
    ['clausesOfPolicies', policies, (r, ids) => r.clausesOfPolicies(ids)],
    ['clausesOfSections', sections, (r, ids) => r.clausesOfSections(ids)],
    ['clauseSummaries', clauses, (r, ids) => r.clauseSummaries(ids)],
    ['departmentsOfClauses', clauses, (r, ids) => r.departmentsOfClauses(ids)],
    ['quantitiesOfClauses', [...clauses, ...sections], (r, ids) => r.quantitiesOfClauses(ids)],
    ['programsOfClauses', clauses, (r, ids) => r.programsOfClauses(ids)],
    ['referencesOfPolicies', policies, (r, ids) => r.referencesOfPolicies(ids)],
    ['alignmentsOfClauses', clauses, (r, ids) => r.alignmentsOfClauses(ids)],
    ['implementersOfPolicies', policies, (r, ids) => r.implementersOfPolicies(ids)],
    ['policiesOfRegions', regions, (r, ids) => r.policiesOfRegions(ids)],
    ['requestsOfPolicies', policies, (r, ids) => r.requestsOfPolicies(ids)],
    ['leadsOfSections', sections, (r, ids) => r.leadsOfSections(ids)],
    ['departmentsOfRequests', [...idsOf(graph, 'Request'), UNKNOWN], (r, ids) => r.departmentsOfRequests(ids)],
  ];
  return calls.map(([method, ids, run]) => ({ method, label: `${ids.length} ids`, run: (repo) => run(repo, ids) }));
}

function analysisCalls(graph: PolicyGraph, sample: number): ParityCall[] {
  const clauses = [...spread(idsOf(graph, 'Clause'), sample), UNKNOWN];
  const regions = [...idsOf(graph, 'Region'), UNKNOWN];
  const superiors = [
    ...new Set(
      graph.edges.filter((e) => e.type === 'IMPLEMENTS' && idsOf(graph, 'Policy').includes(e.to)).map((e) => e.to),
    ),
  ].sort();
  const nodes = spread(graph.nodes.map((n) => n.id).sort(), sample);
  const calls: ParityCall[] = [
    { method: 'listRegions', label: '', run: (repo) => repo.listRegions() },
    { method: 'programs', label: '', run: (repo) => repo.programs() },
    ...[...idsOf(graph, 'Policy'), UNKNOWN].map((id): ParityCall => ({
      method: 'coverage',
      label: id,
      run: (repo) => repo.coverage(id),
    })),
    ...[...idsOf(graph, 'Policy'), UNKNOWN].map((id): ParityCall => ({
      method: 'coverageRecords',
      label: id,
      run: (repo) => repo.coverageRecords(id),
    })),
    ...superiors.flatMap((policy) =>
      regions.map((code): ParityCall => ({
        method: 'gaps',
        label: `${policy} in ${code}`,
        run: (repo) => repo.gaps(policy, code),
      })),
    ),
    ...clauses.map((id): ParityCall => ({ method: 'compare', label: id, run: (repo) => repo.compare(id) })),
  ];
  for (const id of clauses) {
    for (const direction of ['UP', 'DOWN', 'BOTH'] as const) {
      for (const depth of [1, 2, 4]) {
        calls.push({
          method: 'cascade',
          label: `${id} ${direction} ${depth}`,
          run: (repo) => repo.cascade(id, { direction, depth }),
        });
      }
    }
    calls.push({
      method: 'cascade',
      label: `${id} BOTH 2 without peers`,
      run: (repo) => repo.cascade(id, { direction: 'BOTH', depth: 2, peers: false }),
    });
    for (const direction of ['UP', 'BOTH'] as const) {
      calls.push({
        method: 'cascadeHeads',
        label: `${id} ${direction} 2`,
        run: (repo) => repo.cascadeHeads(id, { direction, depth: 2 }),
      });
    }
  }
  for (const id of [...nodes, UNKNOWN]) {
    for (const depth of [1, 2]) {
      calls.push({ method: 'neighborhood', label: `${id} ${depth}`, run: (repo) => repo.neighborhood(id, depth) });
    }
    calls.push({
      method: 'neighborhood',
      label: `${id} 3 IMPLEMENTS`,
      run: (repo) => repo.neighborhood(id, 3, ['IMPLEMENTS', 'CORRESPONDS_TO']),
    });
  }
  const pairs = nodes.map((from, i) => [from, nodes[(i * 7 + 3) % nodes.length] ?? from] as const);
  for (const [from, to] of [...pairs, [UNKNOWN, nodes[0] ?? UNKNOWN] as const]) {
    calls.push({ method: 'path', label: `${from} → ${to}`, run: (repo) => repo.path(from, to) });
  }
  return calls;
}

/** Every call, for `graph`; `sample` bounds the per-item analyses (cascade, compare, search, neighbourhood, path). */
export function parityCalls(graph: PolicyGraph, sample: number): ParityCall[] {
  const regions = idsOf(graph, 'Region');
  return [
    ...batchCalls(graph),
    ...policyListCalls(graph, regions),
    ...analysisCalls(graph, sample),
    ...departmentCalls(graph),
    ...searchCalls(graph, sample),
    ...researchCalls(graph, sample),
  ];
}
