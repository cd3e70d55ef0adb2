import { Fragment } from 'react';
import { ROLE_NAMES } from '../../api/fragments';
import { highlightSegments } from './highlight';
import type { MarkKind, MarkTerm } from './highlight';
import type { ClauseDetails, Quantity } from './clauseQuery';

const KIND_LABELS: Record<MarkKind, string> = {
  amount: 'amount 金额',
  target: 'target 目标',
  program: 'program 项目',
  department: 'department 部门',
};

/** The original text with amounts, targets, programs and departments marked, and a key to the marks. */
export function ClauseText({ clause }: { clause: ClauseDetails }) {
  const terms: MarkTerm[] = [
    ...clause.amounts.map((q) => ({ term: q.text, kind: 'amount' as const, note: quantityNote(q), ...roleBadge(q) })),
    ...clause.targets.map((q) => ({ term: q.text, kind: 'target' as const, note: quantityNote(q), ...roleBadge(q) })),
    ...clause.programs.map((p) => ({ term: p.name, kind: 'program' as const, note: p.kind })),
    ...clause.departments.flatMap((d) => [
      { term: d.department.name, kind: 'department' as const, note: d.role === 'LEAD' ? '牵头 lead' : '配合 support' },
      { term: d.department.canonicalName, kind: 'department' as const },
    ]),
  ];
  const segments = highlightSegments(clause.text, clause.textSimplified, terms);
  const present = new Set(segments.flatMap((s) => (s.kind ? [s.kind] : [])));
  return (
    <section aria-label="Original text" className="clause-text">
      <p lang="zh">
        {segments.map((segment, i) =>
          segment.kind ? (
            <Fragment key={i}>
              <mark className={`mark-${segment.kind}`} title={segment.note}>
                {segment.text}
              </mark>
              {segment.badge ? <sup className="mark-role">{segment.badge}</sup> : null}
            </Fragment>
          ) : (
            segment.text
          ),
        )}
      </p>
      {present.size ? (
        <p className="mark-key" aria-label="Highlight key">
          {[...present].map((kind) => (
            <mark key={kind} className={`mark-${kind}`}>
              {KIND_LABELS[kind]}
            </mark>
          ))}
        </p>
      ) : null}
    </section>
  );
}

/** Every figure but a plain goal says what it does beside it (cap, threshold …), so a bar is never read as a grant. */
function roleBadge(q: Quantity): { badge?: string } {
  return q.role === 'GOAL' ? {} : { badge: ROLE_NAMES[q.role] };
}

function quantityNote(q: Quantity): string {
  const qualifier = q.qualifier ? ` (${q.qualifier})` : '';
  const from = q.from === null ? '' : `, from ${q.from}${q.unit}`;
  return `${ROLE_NAMES[q.role]} · ${q.metric}: ${q.normalizedValue.toLocaleString('zh-CN')} ${q.normalizedUnit}${qualifier}${from}`;
}
