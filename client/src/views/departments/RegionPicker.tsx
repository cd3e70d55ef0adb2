import { useId } from 'react';
import { LEVEL_NAMES } from '../../ui/labels';
import type { RegionOption } from './departmentsOperations';

const LEVELS = ['PROVINCE', 'CITY', 'COUNTY'] as const;

/** A labelled select of the regions, grouped by government level. */
export function RegionPicker({
  regions,
  value,
  onChange,
}: {
  regions: readonly RegionOption[];
  value: string | undefined;
  onChange: (code: string) => void;
}) {
  const id = useId();
  const known = regions.some((r) => r.code === value);
  return (
    <div className="region-picker">
      <label htmlFor={id}>Region</label>
      <select id={id} value={value ?? ''} onChange={(event) => event.target.value && onChange(event.target.value)}>
        {value === undefined ? <option value="">Loading regions…</option> : null}
        {value !== undefined && !known ? <option value={value}>{value}</option> : null}
        {LEVELS.map((level) => {
          const items = regions.filter((r) => r.level === level);
          if (items.length === 0) return null;
          return (
            <optgroup key={level} label={LEVEL_NAMES[level]}>
              {items.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name} ({r.code})
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
