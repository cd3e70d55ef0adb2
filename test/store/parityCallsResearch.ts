/**
 * The parity calls of the research reads (issue 15; see parityCalls.ts): pages of clauses and quantities under
 * several filters, the graph export by selection, the aggregates of every superior document, and typed or short
 * paths. Pages are followed to the end, but for the whole graph's first 12 pages: every page sorts the whole graph
 * again, and the 100 synthetic documents take 80 pages (over 2 minutes on grafeo alone on a busy machine).
 */
import type { EdgeType, PolicyGraph } from '@policy-cascade/graph-seed';
import type { ClauseFilter, QuantityFilter } from '../../server/src/repository';
import { UNKNOWN, everyPage, idsOf, policyYears, spread } from './parityGraph';
import type { ParityCall } from './parityGraph';

/** Clause filters that each narrow on one condition the filter knows, from values the graph holds. */
function clauseFilters(graph: PolicyGraph): (ClauseFilter | null)[] {
  const [firstPolicy] = idsOf(graph, 'Policy');
  const departments = idsOf(graph, 'Department');
  return [
    null,
    { policyId: firstPolicy ?? UNKNOWN },
    { regionCode: idsOf(graph, 'Region').at(-1) ?? UNKNOWN },
    { level: 'CITY' },
    { year: policyYears(graph).at(-1) ?? null, status: 'ISSUED' },
    { sectionId: idsOf(graph, 'Section')[1] ?? UNKNOWN },
    { department: departments[Math.floor(departments.length / 2)] ?? UNKNOWN, departmentRole: 'LEAD' },
    { department: '發展和改革局' },
    { departmentFunction: 'science' },
    { programId: idsOf(graph, 'Program')[0] ?? UNKNOWN },
    { localAddition: true },
    { inferred: false },
  ];
}

/** Superior documents: the policies some document implements. */
function superiors(graph: PolicyGraph): string[] {
  const policies = new Set(idsOf(graph, 'Policy'));
  return [...new Set(graph.edges.filter((e) => e.type === 'IMPLEMENTS' && policies.has(e.to)).map((e) => e.to))];
}

function pageCalls(graph: PolicyGraph): ParityCall[] {
  const quantityFilters: (QuantityFilter | null)[] = [
    null,
    { role: 'CAP' },
    { unit: '元', minValue: 100_000 },
    { metric: '补助', clause: { level: 'COUNTY' } },
    { kind: 'SUBSIDY', role: 'FIXED' },
  ];
  const selections: { labels?: string[]; types?: EdgeType[] }[] = [
    {},
    { labels: ['Policy', 'Region'], types: ['ISSUED_FOR', 'IMPLEMENTS'] },
    { types: ['CORRESPONDS_TO'] },
  ];
  return [
    ...clauseFilters(graph).map((filter): ParityCall => ({
      method: 'clauses',
      label: `${JSON.stringify(filter)}, pages of 247`,
      run: (repo) => everyPage((after) => repo.clauses(filter, 247, after)),
    })),
    ...quantityFilters.map((filter): ParityCall => ({
      method: 'quantities',
      label: `${JSON.stringify(filter)}, pages of 241`,
      run: (repo) => everyPage((after) => repo.quantities(filter, 241, after)),
    })),
    ...selections.map((selection): ParityCall => ({
      method: 'graph',
      label: `${JSON.stringify(selection)}, pages of 1000`,
      run: (repo) => everyPage((after) => repo.graph(selection, 1000, after), selection.types ? 100 : 12),
    })),
  ];
}

function statsCalls(graph: PolicyGraph): ParityCall[] {
  const clausesOf = (policy: string) => idsOf(graph, 'Clause').filter((id) => id.startsWith(`${policy}/`));
  return [...superiors(graph), UNKNOWN].flatMap((policy): ParityCall[] => [
    { method: 'localityStats', label: policy, run: (repo) => repo.localityStats(policy) },
    { method: 'reviewQueue', label: policy, run: (repo) => repo.reviewQueue(policy, 500, new Set()) },
    { method: 'measureStats', label: policy, run: (repo) => repo.measureStats(policy) },
    {
      method: 'measureStats',
      label: `${policy}, 3 measures and an unknown one`,
      run: (repo) => repo.measureStats(policy, [...spread(clausesOf(policy), 3).reverse(), UNKNOWN]),
    },
  ]);
}

function pathCalls(graph: PolicyGraph, sample: number): ParityCall[] {
  const clauses = spread(idsOf(graph, 'Clause'), sample);
  const pairs = clauses.map((from, i) => [from, clauses[(i * 5 + 2) % clauses.length] ?? from] as const);
  const types: EdgeType[] = ['IMPLEMENTS', 'CORRESPONDS_TO', 'PART_OF', 'HAS_CLAUSE'];
  return pairs.flatMap(([from, to]): ParityCall[] => [
    { method: 'path', label: `${from} → ${to} typed`, run: (repo) => repo.path(from, to, { types }) },
    { method: 'path', label: `${from} → ${to} within 2`, run: (repo) => repo.path(from, to, { maxLength: 2 }) },
  ]);
}

/** The research calls, for `graph`; `sample` bounds the paths. */
export function researchCalls(graph: PolicyGraph, sample: number): ParityCall[] {
  return [...pageCalls(graph), ...statsCalls(graph), ...pathCalls(graph, sample)];
}
