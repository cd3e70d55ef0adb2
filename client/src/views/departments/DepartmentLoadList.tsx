import type { DepartmentLoad } from './departmentsOperations';

/** "As written: 區發改局, 区发改局" — the spellings behind a name shown in Simplified. */
export function asWrittenTitle(department: Pick<DepartmentLoad, 'name' | 'asWritten'>): string {
  return department.asWritten.length ? `As written 原文: ${department.asWritten.join('、')}` : department.name;
}

/**
 * Departments as bars sized by their load in the document counted: the dark part counts the clauses they lead, the
 * light part those they support, on one scale for the region. Names are in Simplified, the spellings of the text
 * on hover. Each is a toggle button that shows its clauses beside the list.
 */
export function DepartmentLoadList({
  departments,
  selectedId,
  onSelect,
}: {
  departments: readonly DepartmentLoad[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const max = Math.max(1, ...departments.map((d) => d.leadCount + d.supportCount));
  return (
    <ol className="department-loads" aria-label="Departments by load, heaviest first">
      {departments.map((d) => {
        const total = d.leadCount + d.supportCount;
        return (
          <li key={d.id}>
            <button
              type="button"
              className="department-load"
              aria-pressed={d.id === selectedId}
              aria-label={`${d.name}: leads ${d.leadCount}, supports ${d.supportCount} clauses`}
              title={asWrittenTitle(d)}
              onClick={() => onSelect(d.id)}
            >
              <span className="department-name">{d.name}</span>
              <span className="department-bar" aria-hidden="true" style={{ width: `${(total / max) * 100}%` }}>
                <span className="department-lead" style={{ flexGrow: d.leadCount }} />
                <span className="department-support" style={{ flexGrow: d.supportCount }} />
              </span>
              <span className="department-counts" aria-hidden="true">
                {d.leadCount} / {d.supportCount}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
