/**
 * Departments and their load in some documents (DESIGN.md §1 "Load", issue 12 item 5, issue 14 item 3): counted per
 * document, never across a locality's versions (秀洲's 2024 draft is not added to its 2025 document); area leads
 * counted (由区科技局牵头); a department known by a bracketed second name merged with the unit that name denotes
 * (区委人才办 is 区委组织部（区委人才办）); names shown in Simplified, with the spellings as written beside them.
 */
import { nestedDepartmentNames, toSimplified } from '@policy-cascade/graph-seed';
import type { CypherRunner } from '../store/CypherStore';
import { departmentNodes, responsibilities } from './departmentRows';
import type { DepartmentNode, Responsibility } from './departmentRows';
import type { DepartmentInfo } from './types';

/**
 * Department id → the id it is counted as: 330411/人才办 → 330411/组织部, because 组织部 is written 区委组织部（区委人才办）
 * in that region. Departments not merged are absent.
 */
export function mergeTargets(nodes: readonly DepartmentNode[]): Map<string, string> {
  const ids = new Set(nodes.map((node) => node.id));
  const targets = new Map<string, string>();
  for (const node of nodes) {
    const region = node.regionCode ?? node.id.split('/')[0] ?? '';
    for (const name of node.names) {
      for (const inner of nestedDepartmentNames(name, region)) {
        const merged = `${region}/${inner}`;
        if (merged !== node.id && ids.has(merged) && !targets.has(node.id)) targets.set(merged, node.id);
      }
    }
  }
  return targets;
}

interface Tally {
  node: DepartmentNode;
  functions: Set<string>;
  lead: Set<string>;
  support: Set<string>;
  sections: Set<string>;
  requests: Set<string>;
  /** Spellings as written, with counts; the unit's own apart from those of the departments merged into it. */
  spellings: Map<string, number>;
  mergedSpellings: Map<string, number>;
  mergedIds: Set<string>;
}

function add(tally: Tally, row: Responsibility): void {
  if (row.via === 'SECTION') tally.sections.add(row.ownerId);
  else if (row.via === 'REQUEST') tally.requests.add(row.ownerId);
  else if (row.role === 'LEAD') tally.lead.add(row.ownerId);
  else tally.support.add(row.ownerId);
  const spellings = row.departmentId === tally.node.id ? tally.spellings : tally.mergedSpellings;
  if (row.name !== null) spellings.set(row.name, (spellings.get(row.name) ?? 0) + 1);
}

const sorted = (values: Iterable<string>) => [...values].sort();

/** The spelling written most often: the unit's own when it has one, else one of a department merged into it. */
function mostWritten(tally: Tally): string {
  const pool = tally.spellings.size > 0 ? tally.spellings : tally.mergedSpellings;
  const ranked = [...pool].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked[0]?.[0] ?? tally.node.name;
}

function toInfo(tally: Tally, policyIds: readonly string[]): DepartmentInfo {
  const written = mostWritten(tally);
  const spellings = new Set([...tally.spellings.keys(), ...tally.mergedSpellings.keys()]);
  return {
    id: tally.node.id,
    name: toSimplified(written),
    canonicalName: tally.node.canonicalName,
    functions: sorted(tally.functions),
    regionCode: tally.node.regionCode,
    // A clause that names the department as lead and, through a merged name, as support, is led by it.
    leadClauseIds: sorted(tally.lead),
    supportClauseIds: sorted([...tally.support].filter((id) => !tally.lead.has(id))),
    ledSectionIds: sorted(tally.sections),
    requestIds: sorted(tally.requests),
    // Edges written before spellings were recorded on them carry none: the node's own spelling stands in.
    asWritten: spellings.size > 0 ? sorted(spellings) : [tally.node.name],
    mergedIds: sorted(tally.mergedIds),
    policyIds: [...policyIds],
  };
}

/** The heaviest lead first, then the heaviest support, then by id. */
function byLoad(a: DepartmentInfo, b: DepartmentInfo): number {
  const load = (d: DepartmentInfo) => [d.leadClauseIds.length + d.ledSectionIds.length, d.supportClauseIds.length];
  const [x, y] = [load(a), load(b)];
  return (y[0] ?? 0) - (x[0] ?? 0) || (y[1] ?? 0) - (x[1] ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function tallyOf(node: DepartmentNode): Tally {
  return {
    node,
    functions: new Set(node.functions),
    lead: new Set(),
    support: new Set(),
    sections: new Set(),
    requests: new Set(),
    spellings: new Map(),
    mergedSpellings: new Map(),
    mergedIds: new Set(),
  };
}

/** The departments of one group of documents, from the rows of those documents. */
function departmentsOfGroup(
  group: readonly string[],
  rows: readonly Responsibility[],
  byId: Map<string, DepartmentNode>,
  merges: Map<string, string>,
): DepartmentInfo[] {
  const inGroup = new Set(group);
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    if (!inGroup.has(row.policyId)) continue;
    const id = merges.get(row.departmentId) ?? row.departmentId;
    const node = byId.get(id);
    if (!node) continue;
    const tally = tallies.get(id) ?? tallyOf(node);
    tallies.set(id, tally);
    if (id !== row.departmentId) {
      tally.mergedIds.add(row.departmentId);
      for (const key of byId.get(row.departmentId)?.functions ?? []) tally.functions.add(key);
    }
    add(tally, row);
  }
  return [...tallies.values()].map((tally) => toInfo(tally, group)).sort(byLoad);
}

/**
 * For each group of documents, every department responsible for something in them with its load there, heaviest
 * first: two statements for all groups. Merged departments appear once, under the id of the unit they are merged
 * into.
 */
export async function departmentsIn(
  runner: CypherRunner,
  groups: readonly (readonly string[])[],
): Promise<DepartmentInfo[][]> {
  const rows = await responsibilities(runner, groups.flat());
  const regions = [...new Set(rows.map((row) => row.departmentId.split('/')[0] ?? ''))];
  const nodes = await departmentNodes(runner, regions);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const merges = mergeTargets(nodes);
  return groups.map((group) => departmentsOfGroup(group, rows, byId, merges));
}

/** `{departmentId}@{policyId}`: a department as counted in one document (the DataLoader key of getDepartments). */
export function departmentKey(departmentId: string, policyId: string): string {
  return `${departmentId}@${policyId}`;
}

/** The key of a department reached from a clause, area or annex row: counted in that owner's document. */
export function assignmentKey(departmentId: string, ownerId: string): string {
  // Owned nodes have ids `{policyId}/…` (DESIGN.md §3).
  return departmentKey(departmentId, ownerId.slice(0, ownerId.indexOf('/')));
}

/**
 * Departments by key, each counted in the document the key names (DataLoader batch function); a department merged
 * into another answers as that one; null when the department has nothing to do in that document.
 */
export async function getDepartments(
  runner: CypherRunner,
  keys: readonly string[],
): Promise<(DepartmentInfo | null)[]> {
  const policyIds = [...new Set(keys.map((key) => key.slice(key.lastIndexOf('@') + 1)))];
  const perPolicy = await departmentsIn(
    runner,
    policyIds.map((id) => [id]),
  );
  const found = new Map<string, DepartmentInfo>();
  policyIds.forEach((policyId, i) => {
    for (const department of perPolicy[i] ?? []) {
      for (const id of [department.id, ...department.mergedIds]) found.set(departmentKey(id, policyId), department);
    }
  });
  return keys.map((key) => found.get(key) ?? null);
}
