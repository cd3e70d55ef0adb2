import type { ElementDefinition } from 'cytoscape';
import { swimlaneLayout } from '../../graph/swimlanes';
import type { LaneNode } from '../../graph/swimlanes';
import type { RegionLevel } from '../../api/fragments';
import { LEVEL_NAMES, localityOf, shortTitle } from '../../ui/labels';
import type { MergedCascade } from './mergeCascades';

const LEVEL_CAPTIONS: Record<RegionLevel, string> = {
  PROVINCE: `${LEVEL_NAMES.PROVINCE}\nProvince`,
  CITY: `${LEVEL_NAMES.CITY}\nCity`,
  COUNTY: `${LEVEL_NAMES.COUNTY}\nCounty / district`,
};

/**
 * Cytoscape elements for a cascade. Each clause node carries its locality, level and a two-line caption
 * (locality · year / short title); edges carry score, type and evidence. With `lanes`, nodes get their swimlane
 * positions and three band nodes (class `lane`) are added behind them; other layouts position nodes themselves.
 */
export function cascadeElements(cascade: MergedCascade, lanes: boolean): ElementDefinition[] {
  const laneNodes: LaneNode[] = cascade.nodes.map(({ clause }) => ({
    id: clause.id,
    level: clause.policy.region?.level ?? 'COUNTY',
    regionCode: clause.policy.region?.code ?? clause.policy.id,
    parentCode: clause.policy.region?.parent?.code ?? null,
  }));
  const edges = cascade.edges.map((e) => ({ source: e.from, target: e.to }));
  const layout = lanes ? swimlaneLayout(laneNodes, edges) : undefined;
  const expanded = new Set(cascade.expanded);

  const nodes: ElementDefinition[] = cascade.nodes.map(({ clause, distance }, i) => {
    const locality = localityOf(clause);
    const year = clause.policy.year ? ` · ${clause.policy.year}` : '';
    const classes = ['clause', clause.id === cascade.root.id ? 'root' : '', expanded.has(clause.id) ? 'expanded' : ''];
    return {
      group: 'nodes',
      data: {
        id: clause.id,
        caption: `${locality}${year}${clause.inferred ? ' (推断)' : ''}\n${shortTitle(clause.title)}`,
        locality,
        level: laneNodes[i]?.level,
        regionCode: laneNodes[i]?.regionCode,
        policyId: clause.policy.id,
        title: clause.title,
        inferred: clause.inferred,
        distance,
      },
      classes: classes.filter(Boolean).join(' '),
      ...(layout ? { position: layout.positions.get(clause.id) ?? { x: 0, y: 0 } } : {}),
    };
  });

  const bands: ElementDefinition[] = (layout?.lanes ?? []).map((lane) => ({
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

  const edgeElements: ElementDefinition[] = cascade.edges.map((edge) => ({
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
    },
    // A reviewed edge is drawn as a person's (styles.ts): never dotted as weak, whatever its score.
    classes: edge.origin !== 'MACHINE' ? `reviewed ${edge.origin.toLowerCase()}` : edge.score < 0.5 ? 'weak' : '',
  }));

  return [...bands, ...nodes, ...edgeElements];
}
