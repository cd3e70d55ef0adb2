import type { SearchFilter } from '../../state/route';
import { LEVEL_NAMES } from '../../ui/labels';
import type { FacetCount, SearchFacets as Facets } from './searchOperations';

type FilterKey = keyof SearchFilter;

/** The API's facets in the order an analyst narrows a search, each with the filter it sets. */
const GROUPS: { facet: keyof Facets; filter: FilterKey; title: string }[] = [
  { facet: 'localities', filter: 'regionCode', title: 'Locality 地区' },
  { facet: 'levels', filter: 'level', title: 'Level 层级' },
  { facet: 'years', filter: 'year', title: 'Year 年份' },
  { facet: 'statuses', filter: 'status', title: 'Issued or draft 状态' },
  { facet: 'departments', filter: 'department', title: 'Department 部门' },
  { facet: 'programs', filter: 'programId', title: 'Program 项目' },
];

const STATUS_NAMES: Record<string, string> = { ISSUED: '已印发 issued', DRAFT: '征求意见稿 draft' };

/** What a facet value is called on screen: level and status names in words, the API's label otherwise. */
export function facetLabel(filter: FilterKey, count: Pick<FacetCount, 'value' | 'label'>): string {
  if (filter === 'level') return LEVEL_NAMES[count.value as keyof typeof LEVEL_NAMES] ?? count.label;
  if (filter === 'status') return STATUS_NAMES[count.value] ?? count.label;
  return count.label;
}

/** The value of a filter as the route keeps it (years are numbers). */
export function filterValue(filter: FilterKey, value: string): SearchFilter[FilterKey] {
  return filter === 'year' ? Number(value) : (value as SearchFilter[FilterKey]);
}

/**
 * Facets of all hits (not just this page), from the API: each value is a toggle that narrows the search to it,
 * with its count. A chosen value stays listed (pressed) so it can be turned off where it was turned on.
 */
export function SearchFacets({
  facets,
  filter,
  onChange,
}: {
  facets: Facets;
  filter: SearchFilter;
  onChange: (key: FilterKey, value: SearchFilter[FilterKey] | undefined) => void;
}) {
  return (
    <nav className="search-facets" aria-label="Narrow the results">
      {GROUPS.map((group) => {
        const counts = facets[group.facet];
        if (counts.length === 0) return null;
        return (
          <section key={group.facet} className="search-facet" aria-label={group.title}>
            <h3>{group.title}</h3>
            <ul>
              {counts.map((count) => {
                const value = filterValue(group.filter, count.value);
                const pressed = filter[group.filter] === value;
                return (
                  <li key={count.value}>
                    <button
                      type="button"
                      className="facet-value"
                      aria-pressed={pressed}
                      onClick={() => onChange(group.filter, pressed ? undefined : value)}
                    >
                      <span>{facetLabel(group.filter, count)}</span> <span className="facet-count">{count.count}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

export const FILTER_TITLES: Record<FilterKey, string> = Object.fromEntries(
  GROUPS.map((g) => [g.filter, g.title]),
) as Record<FilterKey, string>;
