import type { ElementDefinition } from 'cytoscape';
import type { ClauseCard, RegionLevel } from '../../api/fragments';
import { wrapText } from '../../graph/caption';
import { CAPTION_EM } from '../../graph/styles';
import { swimlaneLayout } from '../../graph/swimlanes';
import type { LaneNode } from '../../graph/swimlanes';
import { LEVEL_NAMES, ORIGIN_TEXT, localityOf } from '../../ui/labels';
import type { CascadeEdge } from './cascadeQuery';
import type { MergedCascade } from './mergeCascades';

const LEVEL_CAPTIONS: Record<RegionLevel, string> = {
  PROVINCE: `${LEVEL_NAMES.PROVINCE}\nProvince`,
  CITY: `${LEVEL_NAMES.CITY}\nCity`,
  COUNTY: `${LEVEL_NAMES.COUNTY}\nCounty`,
};

const EDGE_NAMES: Record<CascadeEdge['type'], string> = {
  IMPLEMENTS: 'implements 落实',
  CORRESPONDS_TO: 'same measure 对应',
  SUCCEEDS: 'replaces 替代',
};

/**
 * Cytoscape elements for a cascade. Each clause node carries its locality, level, a caption wrapped to its box
 * (locality · year, then the title over two lines) and its full title for the tooltip; edges carry score, type and
 * evidence. Nodes always get their swimlane positions: with `lanes` they stay there (and three band nodes, class
 * `lane`, are drawn behind them); other layouts start from them.
 */
export function cascadeElements(cascade: MergedCascade, lanes: boolean): ElementDefinition[] {
  const laneNodes: LaneNode[] = cascade.nodes.map(({ clause }) => ({
    id: clause.id,
    level: clause.policy.region?.level ?? 'COUNTY',
    regionCode: clause.policy.region?.code ?? clause.policy.id,
    parentCode: clause.policy.region?.parent?.code ?? null,
  }));
  const layout = swimlaneLayout(
    laneNodes,
    cascade.edges.map((e) => ({ source: e.from, target: e.to })),
  );
  const expanded = new Set(cascade.expanded);
  const nodes: ElementDefinition[] = cascade.nodes.map(({ clause, distance }, i) => ({
    group: 'nodes',
    data: {
      id: clause.id,
      caption: captionOf(clause),
      locality: localityOf(clause),
      level: laneNodes[i]?.level,
      regionCode: laneNodes[i]?.regionCode,
      policyId: clause.policy.id,
      title: clause.title,
      inferred: clause.inferred,
      distance,
      tipTitle: clause.label ? `${clause.label} ${clause.title}` : clause.title,
      tipDetail: documentLine(clause),
    },
    classes: ['clause', clause.id === cascade.root.id ? 'root' : '', expanded.has(clause.id) ? 'expanded' : '']
      .filter(Boolean)
      .join(' '),
    position: layout.positions.get(clause.id) ?? { x: 0, y: 0 },
  }));
  const bands: ElementDefinition[] = (lanes ? layout.lanes : []).map((lane) => ({
    group: 'nodes',
    data: {
      id: `lane:${lane.level}`,
      level: lane.level,
      caption: LEVEL_CAPTIONS[lane.level],
      width: lane.x2 - lane.x1,
      height: lane.height - 8,
    },
    classes: 'lane',
    position: { x: (lane.x1 + lane.x2) / 2, y: lane.y },
    selectable: false,
    grabbable: false,
    pannable: true,
  }));
  return [...bands, ...nodes, ...cascade.edges.map(edgeElement)];
}

/** "海宁市 · 2025 草案" over the title in two lines, each line short enough for the node's box. */
export function captionOf(clause: ClauseCard): string {
  const marks = [clause.policy.status === 'DRAFT' ? '草案' : '', clause.inferred ? '推断' : ''].filter(Boolean);
  const head = [localityOf(clause), clause.policy.year ?? ''].filter(Boolean).join(' · ');
  const first = wrapText([head, ...marks].join(' '), CAPTION_EM, 1);
  return [...first, ...wrapText(clause.title.replace(/[。;；]$/u, ''), CAPTION_EM, 2)].join('\n');
}

/** "海宁市 · 海政发〔2025〕10号 · 2025" for the tooltip: where the clause comes from. */
function documentLine(clause: ClauseCard): string {
  const policy = clause.policy;
  const parts = [localityOf(clause), policy.docNumber ?? policy.title, policy.year ?? ''];
  if (policy.status === 'DRAFT') parts.push('征求意见稿 draft');
  if (clause.inferred) parts.push('inferred from its implementers 推断');
  return parts.filter(Boolean).join(' · ');
}

function edgeClasses(edge: CascadeEdge): string {
  if (edge.origin !== 'MACHINE') return `reviewed ${edge.origin.toLowerCase()}`;
  if (edge.candidate) return 'candidate';
  return edge.score < 0.5 ? 'weak' : '';
}

function edgeElement(edge: CascadeEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.from,
      target: edge.to,
      type: edge.type,
      score: edge.score,
      scoreLabel: edge.score.toFixed(2),
      method: edge.method,
      evidence: edge.evidence,
      merged: edge.merged,
      origin: edge.origin,
      tipTitle: `${EDGE_NAMES[edge.type]} · score ${edge.score.toFixed(2)}${edge.merged ? ' · merged 合并' : ''}${edge.inheritedFrom ? " · inferred 推断 through the locality's older clause" : ''}${edge.candidate ? ' · candidate 候选, not counted in coverage' : ''}${edge.origin === 'MACHINE' ? '' : ` · ${ORIGIN_TEXT[edge.origin]}`}`,
      tipDetail: edge.evidence.length ? `shared: ${edge.evidence.join('、')}` : edge.method,
    },
    // A reviewed edge is drawn as a person's (styles.ts): never dotted as weak, whatever its score; a candidate (a
    // weak match the alignment leaves out of coverage) in grey dashes.
    classes: edgeClasses(edge),
  };
}
