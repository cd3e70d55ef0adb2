/**
 * Which documents a department list counts (issue 12 item 5): one policy when asked for one; for a region, its
 * documents of the year asked, or of its latest year, issued ones only when it has any (a draft is not added to the
 * issued text of the same locality); and the same per locality for a comparison of one department function.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { departmentsIn } from './departments';
import { RepositoryError } from './errors';
import { reader } from './rows';
import type { DepartmentInfo } from './types';

const documentsStatement = defineStatement({
  name: 'repository.departmentDocuments',
  cypher: `
    MATCH (p:Policy)-[:ISSUED_FOR]->(r:Region)
    WHERE coalesce(p.stub, false) = false AND ($regionCode IS NULL OR r.code = $regionCode)
      AND ($policyId IS NULL OR p.id = $policyId)
    RETURN p.id AS policyId, r.code AS regionCode, p.year AS year, p.status AS status
    ORDER BY regionCode, policyId`,
  params: ['regionCode', 'policyId'],
});

const read = reader('departmentScope');

export interface DepartmentScope {
  regionCode?: string | null;
  policyId?: string | null;
  year?: number | null;
}

interface Document {
  policyId: string;
  regionCode: string;
  year: number | null;
  status: string | null;
}

async function documents(runner: CypherRunner, regionCode: string | null, policyId: string | null) {
  const rows = await runStatement(runner, documentsStatement, { regionCode, policyId });
  return rows.map((row): Document => ({
    policyId: read.str(row, 'policyId'),
    regionCode: read.str(row, 'regionCode'),
    year: read.optNum(row, 'year'),
    status: read.optStr(row, 'status'),
  }));
}

/** A locality's documents to count: of `year` (else its latest year), issued ones when there are any. */
export function chooseDocuments(candidates: readonly Document[], year: number | null): string[] {
  const ofYear = year === null ? candidates : candidates.filter((d) => d.year === year);
  const issued = ofYear.filter((d) => d.status !== 'DRAFT');
  const pool = issued.length > 0 ? issued : ofYear;
  const latest = Math.max(...pool.map((d) => d.year ?? 0));
  return pool.filter((d) => (d.year ?? 0) === latest).map((d) => d.policyId);
}

/** The ids of the documents a department list counts; [] for a region without a document of that year. */
export async function scopeDocuments(runner: CypherRunner, scope: DepartmentScope): Promise<string[]> {
  if (scope.policyId != null) return (await documents(runner, null, scope.policyId)).map((d) => d.policyId);
  if (scope.regionCode == null) {
    throw new RepositoryError('BAD_INPUT', 'departments: give policyId, or regionCode with an optional year');
  }
  return chooseDocuments(await documents(runner, scope.regionCode, null), scope.year ?? null);
}

/** The departments of the documents the scope names, heaviest lead first. */
export async function departmentsOf(runner: CypherRunner, scope: DepartmentScope): Promise<DepartmentInfo[]> {
  const policyIds = await scopeDocuments(runner, scope);
  if (policyIds.length === 0) return [];
  return (await departmentsIn(runner, [policyIds]))[0] ?? [];
}

/** One locality's departments of one function, in the documents chosen for it. */
export interface FunctionLoad {
  regionCode: string;
  policyIds: string[];
  departments: DepartmentInfo[];
}

/**
 * One department function (development-reform, science …) across every locality with a document: per locality,
 * the departments covering it in the documents of `year` (else the latest), by region code. Localities where no
 * department covers it are listed with none.
 */
export async function functionAcrossLocalities(
  runner: CypherRunner,
  functionKey: string,
  year: number | null,
): Promise<FunctionLoad[]> {
  const all = await documents(runner, null, null);
  const regions = [...new Set(all.map((d) => d.regionCode))];
  const groups = regions
    .map((code) => ({
      code,
      ids: chooseDocuments(
        all.filter((d) => d.regionCode === code),
        year,
      ),
    }))
    .filter((group) => group.ids.length > 0);
  const loads = await departmentsIn(
    runner,
    groups.map((group) => group.ids),
  );
  return groups.map((group, i) => ({
    regionCode: group.code,
    policyIds: group.ids,
    departments: (loads[i] ?? []).filter((department) => department.functions.includes(functionKey)),
  }));
}
