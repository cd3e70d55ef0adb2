import { useId } from 'react';
import { useQuery } from '../../api/useQuery';
import { REGION_POLICIES_QUERY } from './departmentsOperations';
import type { PolicyOption } from './departmentsOperations';

/**
 * Which of a region's documents the departments are counted in: by default the latest issued one (so 秀洲's 2024
 * draft is never added to its 2025 text), or any one of them, newest first; drafts say so.
 */
export function DocumentPicker({
  regionCode,
  value,
  onChange,
}: {
  regionCode: string;
  value: string | undefined;
  onChange: (policyId: string | undefined) => void;
}) {
  const id = useId();
  const policies = useQuery(REGION_POLICIES_QUERY, { code: regionCode });
  const options = (policies.data?.region?.policies ?? [])
    .filter((p) => !p.stub)
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.id.localeCompare(b.id));
  return (
    <div className="region-picker">
      <label htmlFor={id}>Document</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">Latest issued 最新印发</option>
        {value && !options.some((p) => p.id === value) ? <option value={value}>{value}</option> : null}
        {options.map((policy) => (
          <option key={policy.id} value={policy.id}>
            {policyOptionLabel(policy)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "2024 征求意见稿 draft · 嘉兴市秀洲区贯彻…" */
export function policyOptionLabel(policy: Pick<PolicyOption, 'year' | 'status' | 'title'>): string {
  const draft = policy.status === 'DRAFT' ? ' 征求意见稿 draft' : '';
  return `${policy.year ?? '—'}${draft} · ${policy.title}`;
}
