import { useId, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { navigate } from '../../state/route';
import { ErrorMessage } from '../../ui/Status';
import { SuperiorPicker } from '../coverage/SuperiorPicker';
import { useSuperiors } from '../coverage/useSuperiors';
import { MEASURES_QUERY } from './compareOperations';
import type { MeasureOption } from './compareOperations';

/**
 * Choose what to compare: a superior document, then one of its measures, grouped by area. The superior follows the
 * clause in the URL when that clause is a measure of one (330400-2025/c3 → 嘉政发〔2025〕6号).
 */
export function MeasurePicker({ clauseId }: { clauseId: string | undefined }) {
  const [chosenSuperior, setChosenSuperior] = useState<string | undefined>();
  const fromClause = clauseId?.split('/')[0];
  const { superiors, policyId: defaultId } = useSuperiors(undefined);
  const policyId = chosenSuperior ?? (superiors.some((p) => p.id === fromClause) ? fromClause : undefined) ?? defaultId;
  const measures = useQuery(MEASURES_QUERY, { policyId: policyId ?? '' }, { skip: !policyId });
  const id = useId();
  const options = measures.data?.policy?.clauses ?? [];
  const known = options.some((m) => m.id === clauseId);

  return (
    <div className="measure-picker">
      <SuperiorPicker superiors={superiors} value={policyId} onChange={setChosenSuperior} />
      <label htmlFor={id}>Measure</label>
      <select
        id={id}
        value={clauseId ?? ''}
        disabled={measures.status === 'loading' && options.length === 0}
        onChange={(event) => event.target.value && navigate({ view: 'compare', clauseId: event.target.value })}
      >
        <option value="">{measures.status === 'loading' ? 'Loading measures…' : 'Choose a measure…'}</option>
        {clauseId && !known ? <option value={clauseId}>{clauseId}</option> : null}
        {byArea(options).map(([area, items]) => (
          <optgroup key={area} label={area}>
            {items.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label || m.ordinal}. {m.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {measures.status === 'error' ? <ErrorMessage error={measures.error} onRetry={measures.reload} /> : null}
    </div>
  );
}

function byArea(measures: readonly MeasureOption[]): [string, MeasureOption[]][] {
  const areas = new Map<string, MeasureOption[]>();
  for (const m of measures) {
    const area = m.section ? `${m.section.label}${m.section.title}` : 'Outside any area';
    areas.set(area, [...(areas.get(area) ?? []), m]);
  }
  return [...areas];
}
