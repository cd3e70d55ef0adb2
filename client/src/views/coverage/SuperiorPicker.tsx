import { useId } from 'react';
import type { SuperiorPolicyNode } from './superiorPolicies';
import { superiorLabel } from './superiorPolicies';

/** A labelled select of the superior documents; keeps an unknown route policy selectable so the URL stays honest. */
export function SuperiorPicker({
  superiors,
  value,
  onChange,
}: {
  superiors: readonly SuperiorPolicyNode[];
  value: string | undefined;
  onChange: (policyId: string) => void;
}) {
  const id = useId();
  const known = superiors.some((p) => p.id === value);
  return (
    <div className="superior-picker">
      <label htmlFor={id}>Superior document</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {value === undefined ? <option value="">Choose a document…</option> : null}
        {value !== undefined && !known ? <option value={value}>{value}</option> : null}
        {superiors.map((policy) => (
          <option key={policy.id} value={policy.id}>
            {superiorLabel(policy)}
          </option>
        ))}
      </select>
    </div>
  );
}
