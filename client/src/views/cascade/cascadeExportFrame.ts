import type { PolicyRef } from '../../api/fragments';
import type { ExportFrame, LegendEntry } from '../../graph/framedPng';
import { LEVEL_COLORS } from '../../graph/styles';
import { LANE_ORDER } from '../../graph/swimlanes';
import type { Direction } from '../../state/route';
import { LEVEL_NAMES, clauseHeading, localityOf } from '../../ui/labels';
import type { MergedCascade } from './mergeCascades';

const DIRECTION_NAMES: Record<Direction, string> = { UP: 'up 向上', DOWN: 'down 向下', BOTH: 'both ways 双向' };

const LEGEND: LegendEntry[] = [
  ...LANE_ORDER.map((level) => ({
    kind: 'box' as const,
    label: LEVEL_NAMES[level],
    fill: LEVEL_COLORS[level].fill,
    border: LEVEL_COLORS[level].border,
  })),
  { kind: 'line', label: 'implements 落实 (width = score)', color: '#1e3a8a' },
  { kind: 'line', label: 'same measure 对应', color: '#b45309', dashed: true },
  { kind: 'box', label: 'inferred 推断', fill: '#ffffff', border: '#6b7280', dashed: true },
];

/**
 * What the cascade's exported PNG says around the graph: which cascade it is, the legend, every document a drawn
 * clause comes from (superiors first), the inferred clauses explained, the date and the link that reopens it.
 */
export function cascadeExportFrame(
  cascade: MergedCascade,
  settings: { direction: Direction; depth: number; link: string; date: Date },
): ExportFrame {
  const root = cascade.root;
  const inferred = cascade.nodes.filter((n) => n.clause.inferred);
  const stubs = unique(inferred.map((n) => n.clause.policy));
  const notes = [
    'Scores: how closely two clauses match (0–1), from shared wording, programmes, targets and the order of the areas.',
  ];
  if (stubs.length > 0) {
    notes.unshift(
      `推断 Inferred: ${inferred.length} clause${inferred.length === 1 ? '' : 's'} (dashed) of ${stubs
        .map((p) => p.docNumber ?? p.title)
        .join(
          ', ',
        )} — known by reference only — reconstructed from the clauses that implement them; not the text itself.`,
    );
  }
  const expanded = cascade.expanded.length ? ` · ${cascade.expanded.length} expanded` : '';
  return {
    title: `Cascade of ${clauseHeading(root)} — ${localityOf(root)} ${root.policy.year ?? ''}`.trim(),
    subtitle: `${cascade.nodes.length} clauses · direction ${DIRECTION_NAMES[settings.direction]} · depth ${settings.depth}${expanded}`,
    legend: LEGEND,
    sources: unique(cascade.nodes.map((n) => n.clause.policy)).map(sourceLine),
    notes,
    footer: `Exported ${settings.date.toISOString().slice(0, 10)} from policy-cascade · ${settings.link}`,
  };
}

/** "嘉兴市 · 嘉兴市推动经济高质量发展若干政策 嘉政发〔2025〕6号 · 2025 · known by reference only" */
function sourceLine(policy: PolicyRef): string {
  const parts = [policy.region?.name, `${policy.title}${policy.docNumber ? ` ${policy.docNumber}` : ''}`, policy.year];
  if (policy.status === 'DRAFT') parts.push('征求意见稿 draft');
  if (policy.stub) parts.push('known by reference only 仅见引用');
  return parts.filter(Boolean).join(' · ');
}

/** Each policy once, province first, then by id. */
function unique(policies: readonly PolicyRef[]): PolicyRef[] {
  const byId = new Map(policies.map((p) => [p.id, p]));
  const rank = (p: PolicyRef) => LANE_ORDER.indexOf(p.region?.level ?? 'COUNTY');
  return [...byId.values()].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}
