/**
 * The filter shared by clauses, quantities and search (issue 15 items 1 and 5), as Cypher conditions over fixed
 * variables — `p` the policy, `r` its region (or null), `s` the section (or null), `c` the clause. A plain condition
 * that is not given is a null parameter and its test passes; the subquery conditions (program, measure, department)
 * are written only into the statement variants that need them (filterStatements), so each statement's texts are
 * fixed and declared.
 *
 * A clause's departments are the ones it names (责任单位), or, when it names none, the lead of its area
 * (由区科技局牵头): 湖州's document gives responsibility per area only.
 */
import { canonicalizeDepartment } from '@policy-cascade/graph-seed';
import type { CypherParams } from '../store/CypherStore';
import { defineStatement } from '../store/statement';
import type { Statement } from '../store/statement';
import { RepositoryError } from './errors';
import type { RegionLevel } from './types';

export interface ClauseFilter {
  policyId?: string | null;
  regionCode?: string | null;
  level?: RegionLevel | null;
  year?: number | null;
  status?: string | null;
  sectionId?: string | null;
  /** A department id (330411/发改局), or a name in any script or alias (發展和改革局), matched by canonical name. */
  department?: string | null;
  departmentRole?: 'LEAD' | 'SUPPORT' | null;
  /** A function key of the alias table (development-reform, science …). */
  departmentFunction?: string | null;
  programId?: string | null;
  /** A superior clause: only clauses implementing it, directly or through a city clause. */
  measureId?: string | null;
  localAddition?: boolean | null;
  inferred?: boolean | null;
  /** Only clauses of partial texts (Policy.partial), or only of whole documents and stubs. */
  partial?: boolean | null;
}

/** The parameters CLAUSE_CONDITION and POLICY_CONDITION read. */
export const CLAUSE_FILTER_PARAMS = [
  'policyId',
  'regionCode',
  'level',
  'year',
  'status',
  'sectionId',
  'byDepartment',
  'departmentId',
  'departmentName',
  'departmentRole',
  'departmentFunction',
  'programId',
  'measureId',
  'localAddition',
  'inferred',
  'partial',
] as const;

/** Conditions on the document: `p` and `r` bound. */
export const POLICY_CONDITION = `($policyId IS NULL OR p.id = $policyId)
      AND ($regionCode IS NULL OR coalesce(r.code, p.regionCode) = $regionCode)
      AND ($level IS NULL OR r.level = $level)
      AND ($year IS NULL OR p.year = $year)
      AND ($status IS NULL OR p.status = $status)
      AND ($partial IS NULL OR coalesce(p.partial, false) = $partial)`;

/** Conditions on a department `fd` (names inside the subqueries are their own, so they never meet the outer ones). */
const DEPARTMENT_MATCH = `($departmentId IS NULL OR fd.id = $departmentId)
        AND ($departmentName IS NULL OR fd.canonicalName = $departmentName)
        AND ($departmentFunction IS NULL OR $departmentFunction IN fd.functions)`;

/** Whether `owner` (a clause or an annex row) has a department matching the filter, by its own list. */
export function assignedCondition(owner: string): string {
  return `EXISTS { MATCH (${owner})-[fa:ASSIGNED_TO]->(fd:Department)
        WHERE ${DEPARTMENT_MATCH} AND ($departmentRole IS NULL OR fa.role = $departmentRole) }`;
}

/** The department condition on an annex row `q` when the variant asks for departments, else nothing. */
export function requestDepartmentCondition(variant: FilterVariant): string {
  return variant.department ? `AND ${assignedCondition('q')}` : '';
}

/** The same for a clause that names no department: the lead of its area, as LEAD. */
const INHERITED_LEAD = `(($departmentRole IS NULL OR $departmentRole = 'LEAD')
        AND NOT EXISTS { MATCH (c)-[:ASSIGNED_TO]->(:Department) }
        AND EXISTS { MATCH (c)<-[:HAS_CLAUSE]-(:Section)-[:LED_BY]->(fd:Department) WHERE ${DEPARTMENT_MATCH} })`;

/**
 * Which of the filter's subquery conditions a statement holds. Grafeo 0.6 runs an EXISTS subquery for every row even
 * when the `$x IS NULL OR` before it is already true (the department ones alone cost 250 ms over the clauses of 100
 * documents), so each statement comes in one variant per combination of the subqueries a filter asks for, and the
 * others are not written at all.
 */
export interface FilterVariant {
  program: boolean;
  measure: boolean;
  department: boolean;
}

const DEPARTMENT_PARAMS = ['departmentId', 'departmentName', 'departmentRole', 'departmentFunction'];

const VARIANTS: readonly FilterVariant[] = [false, true].flatMap((program) =>
  [false, true].flatMap((measure) => [false, true].map((department) => ({ program, measure, department }))),
);

/** The conditions of the filter on a clause, `p`, `r`, `s` and `c` bound, with only the variant's subqueries. */
export function clauseCondition(variant: FilterVariant): string {
  return [
    POLICY_CONDITION,
    '($sectionId IS NULL OR s.id = $sectionId)',
    '($localAddition IS NULL OR coalesce(c.localAddition, false) = $localAddition)',
    '($inferred IS NULL OR coalesce(c.inferred, false) = $inferred)',
    ...(variant.program ? ['EXISTS { MATCH (c)-[:MENTIONS]->(fg:Program) WHERE fg.id = $programId }'] : []),
    ...(variant.measure ? ['EXISTS { MATCH (c)-[:IMPLEMENTS*1..2]->(fm:Clause) WHERE fm.id = $measureId }'] : []),
    ...(variant.department ? [`(${assignedCondition('c')} OR ${INHERITED_LEAD})`] : []),
  ].join('\n      AND ');
}

/** The variant a filter's parameters (clauseFilterParams) need. */
function variantOf(params: CypherParams): FilterVariant {
  return {
    program: params.programId != null,
    measure: params.measureId != null,
    department: params.byDepartment === true,
  };
}

/**
 * One statement per variant (each declared, so the Cypher lint sees every one), named `name` plus the subqueries it
 * holds; returns the one a filter's parameters need.
 */
export function filterStatements(
  name: string,
  params: readonly string[],
  cypher: (variant: FilterVariant) => string,
): (filterParams: CypherParams) => Statement {
  const statements = new Map(
    VARIANTS.map((variant) => {
      const parts = Object.entries(variant).flatMap(([part, on]) => (on ? [part] : []));
      const suffix = parts.length > 0 ? `+${parts.join('+')}` : '';
      const unused = new Set([
        'byDepartment',
        ...(variant.program ? [] : ['programId']),
        ...(variant.measure ? [] : ['measureId']),
        ...(variant.department ? [] : DEPARTMENT_PARAMS),
      ]);
      const declared = params.filter((param) => !unused.has(param));
      return [
        JSON.stringify(variant),
        defineStatement({ name: `${name}${suffix}`, cypher: cypher(variant), params: declared }),
      ];
    }),
  );
  return (filterParams) => statements.get(JSON.stringify(variantOf(filterParams))) as Statement;
}

const ROLES = ['LEAD', 'SUPPORT'];
const LEVELS = ['PROVINCE', 'CITY', 'COUNTY'];

/** The department filter: an id when it has one (330411/发改局), else the canonical name of any spelling. */
function departmentParams(department: string | null | undefined) {
  const given = department?.trim() ?? '';
  if (given === '') return { departmentId: null, departmentName: null };
  if (given.includes('/')) return { departmentId: given, departmentName: null };
  return { departmentId: null, departmentName: canonicalizeDepartment(given, '330000').canonicalName };
}

/** The Cypher parameters of a filter; a value of the wrong kind is refused naming the field. */
export function clauseFilterParams(operation: string, filter: ClauseFilter | null | undefined): CypherParams {
  const f = filter ?? {};
  if (f.departmentRole != null && !ROLES.includes(f.departmentRole)) {
    throw new RepositoryError('BAD_INPUT', `${operation}: filter.departmentRole must be LEAD or SUPPORT`);
  }
  if (f.level != null && !LEVELS.includes(f.level)) {
    throw new RepositoryError('BAD_INPUT', `${operation}: filter.level must be PROVINCE, CITY or COUNTY`);
  }
  const department = departmentParams(f.department);
  const byDepartment =
    department.departmentId !== null ||
    department.departmentName !== null ||
    f.departmentRole != null ||
    f.departmentFunction != null;
  return {
    policyId: f.policyId ?? null,
    regionCode: f.regionCode ?? null,
    level: f.level ?? null,
    year: f.year ?? null,
    status: f.status ?? null,
    sectionId: f.sectionId ?? null,
    byDepartment,
    ...department,
    departmentRole: f.departmentRole ?? null,
    departmentFunction: f.departmentFunction ?? null,
    programId: f.programId ?? null,
    measureId: f.measureId ?? null,
    localAddition: f.localAddition ?? null,
    inferred: f.inferred ?? null,
    partial: f.partial ?? null,
  };
}

/** True when the filter asks something only a clause can answer (an annex row has no area, program or measure). */
export function isClauseOnly(filter: ClauseFilter | null | undefined): boolean {
  const f = filter ?? {};
  return [f.sectionId, f.programId, f.measureId, f.localAddition, f.inferred].some((value) => value != null);
}
