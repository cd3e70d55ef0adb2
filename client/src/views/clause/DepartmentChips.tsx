import type { DepartmentRole } from '../../api/generated/graphql';

/** Departments responsible for a clause or an annex row, lead first and marked (列第一位的为牵头单位). */
export function DepartmentChips({
  assignments,
}: {
  assignments: readonly { role: DepartmentRole; rank: number; department: { id: string; name: string } }[];
}) {
  return (
    <ul className="chips">
      {[...assignments]
        .sort((a, b) => a.rank - b.rank)
        .map((d) => (
          <li key={d.department.id} className={`chip chip-department${d.role === 'LEAD' ? ' chip-lead' : ''}`}>
            {d.department.name}
            {d.role === 'LEAD' ? ' (牵头 lead)' : ''}
          </li>
        ))}
    </ul>
  );
}
