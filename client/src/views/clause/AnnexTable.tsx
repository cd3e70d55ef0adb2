import type { AnnexRequest } from './clauseQuery';
import { DepartmentChips } from './DepartmentChips';

/**
 * The annex request table (积极争取上级政策事项清单: what a locality asks of the superior governments) as a table,
 * grouped by area as the documents print it, each row with its departments (the lead first and marked). A row
 * opened from a search hit is highlighted.
 */
export function AnnexTable({ requests, highlighted }: { requests: AnnexRequest[]; highlighted: string | undefined }) {
  if (requests.length === 0) return null;
  const areas = groupByArea(requests);
  return (
    <section className="annex" aria-labelledby="annex-heading">
      <h3 id="annex-heading">
        附件 积极争取上级政策事项清单 <span className="muted">Annex: requests to the superior governments</span>
      </h3>
      <table className="annex-table">
        <thead>
          <tr>
            <th scope="col">序号 No.</th>
            <th scope="col">争取事项 Item</th>
            <th scope="col">具体目标 Goal</th>
            <th scope="col">责任单位 Departments</th>
          </tr>
        </thead>
        {areas.map(([area, rows]) => (
          <tbody key={area}>
            <tr className="annex-area">
              <th scope="rowgroup" colSpan={4}>
                {area}
              </th>
            </tr>
            {rows.map((row) => (
              <tr key={row.id} id={`request-${row.id}`} className={row.id === highlighted ? 'highlighted' : undefined}>
                <td>{row.ordinal}</td>
                <th scope="row">{row.item}</th>
                <td>{row.goal}</td>
                <td>
                  <DepartmentChips assignments={row.departments} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

/** Rows by area, in the order the areas first appear. */
function groupByArea(requests: readonly AnnexRequest[]): [string, AnnexRequest[]][] {
  const areas = new Map<string, AnnexRequest[]>();
  for (const row of [...requests].sort((a, b) => a.ordinal - b.ordinal)) {
    areas.set(row.area, [...(areas.get(row.area) ?? []), row]);
  }
  return [...areas];
}
