import type { StylesheetJson } from 'cytoscape';

/**
 * How the graph looks. Nodes are coloured by government level (the lanes repeat the colour), inferred clauses of a
 * stub document are dashed, the root is thick-bordered. Edges: width and darkness grow with the alignment score,
 * IMPLEMENTS is solid with an arrow towards the superior clause, CORRESPONDS_TO (peers) dashed, weak edges
 * (score < 0.5) dotted, a merge is drawn double-ish with a wider halo.
 *
 * Every text is at least MIN_FONT_PX in model units, and the views never zoom below READABLE_ZOOM on their own
 * (viewport.ts), so text reaches the screen at 12 px or more; captions are wrapped to fit their box (caption.ts).
 */
export const CJK_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", sans-serif';

export const LEVEL_COLORS = {
  PROVINCE: { fill: '#fff1e6', border: '#c2410c', lane: '#fff7ed' },
  CITY: { fill: '#e0ecff', border: '#1d4ed8', lane: '#f0f6ff' },
  COUNTY: { fill: '#e3f7e8', border: '#15803d', lane: '#f1fbf3' },
} as const;

/** Smallest font size of any text in the graph (score labels); clause captions are larger. */
export const MIN_FONT_PX = 12;
/** The zoom at which the smallest text is 12 px on screen: views fit the graph but never zoom out further. */
export const READABLE_ZOOM = 12 / MIN_FONT_PX;

/** A clause node: three caption lines (locality · year, then the title over two lines) inside the box. */
export const CLAUSE_NODE = { width: 184, height: 68, fontSize: 13, lineHeight: 1.3, textWidth: 170 } as const;
/** Characters (em) per caption line. */
export const CAPTION_EM = Math.floor(CLAUSE_NODE.textWidth / CLAUSE_NODE.fontSize);

/** Score labels on edges: a conservative box for "0.55" in 12 px with its background padding. */
export const EDGE_LABEL = { fontSize: MIN_FONT_PX, w: 34, h: 20 } as const;

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(caption)',
      'font-family': CJK_FONT,
      'font-size': CLAUSE_NODE.fontSize,
      'line-height': CLAUSE_NODE.lineHeight,
      color: '#1f2937',
      'text-wrap': 'wrap',
      'text-max-width': `${CLAUSE_NODE.textWidth}px`,
      // A safety net only: captions come wrapped (caption.ts), this keeps an underestimated line inside the box.
      'text-overflow-wrap': 'anywhere',
      'text-valign': 'center',
      'text-halign': 'center',
      shape: 'round-rectangle',
      width: CLAUSE_NODE.width,
      height: CLAUSE_NODE.height,
      'background-color': '#f3f4f6',
      'border-width': 1.5,
      'border-color': '#6b7280',
    },
  },
  ...(['PROVINCE', 'CITY', 'COUNTY'] as const).map((level) => ({
    selector: `node.clause[level = "${level}"]`,
    style: { 'background-color': LEVEL_COLORS[level].fill, 'border-color': LEVEL_COLORS[level].border },
  })),
  { selector: 'node.clause[?inferred]', style: { 'border-style': 'dashed', 'font-style': 'italic' } },
  { selector: 'node.root', style: { 'border-width': 4 } },
  {
    selector: 'node:selected',
    style: { 'border-color': '#111827', 'border-width': 4, 'overlay-color': '#111827', 'overlay-opacity': 0.08 },
  },
  {
    selector: 'node.lane',
    style: {
      shape: 'rectangle',
      width: 'data(width)',
      height: 'data(height)',
      'background-opacity': 1,
      'border-width': 0,
      'font-size': 13,
      'font-weight': 'bold',
      color: '#374151',
      'text-halign': 'left',
      'text-valign': 'center',
      'text-margin-x': -10,
      'text-max-width': '120px',
      'z-compound-depth': 'bottom',
      'z-index': 0,
      events: 'no',
    },
  },
  ...(['PROVINCE', 'CITY', 'COUNTY'] as const).map((level) => ({
    selector: `node.lane[level = "${level}"]`,
    style: { 'background-color': LEVEL_COLORS[level].lane },
  })),
  // Other node kinds of a network (policies, departments, programs, targets …).
  {
    selector: 'node.entity',
    style: { width: 24, height: 24, shape: 'ellipse', 'font-size': 9, 'text-valign': 'bottom' },
  },
  { selector: 'node.entity[kind = "Policy"]', style: { 'background-color': '#7c3aed', width: 40, height: 40 } },
  { selector: 'node.entity[kind = "Clause"]', style: { 'background-color': '#16a34a' } },
  { selector: 'node.entity[kind = "Department"]', style: { 'background-color': '#0891b2', shape: 'diamond' } },
  { selector: 'node.entity[kind = "Program"]', style: { 'background-color': '#db2777', shape: 'star' } },
  { selector: 'node.entity[kind = "Target"]', style: { 'background-color': '#ca8a04', width: 14, height: 14 } },
  {
    selector: 'edge',
    style: {
      // Straight until routed: applyRoutes.ts bends the edges that would cross a node into segments.
      'curve-style': 'straight',
      'edge-distances': 'node-position',
      width: 'mapData(score, 0, 1, 1, 6)',
      'line-color': 'mapData(score, 0.3, 1, #cbd5e1, #1e3a8a)',
      'target-arrow-color': 'mapData(score, 0.3, 1, #cbd5e1, #1e3a8a)',
      opacity: 0.9,
      'font-family': CJK_FONT,
      'font-size': EDGE_LABEL.fontSize,
      label: 'data(scoreLabel)',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'z-index': 5,
    },
  },
  { selector: 'edge[type = "IMPLEMENTS"]', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9 } },
  {
    selector: 'edge[type = "CORRESPONDS_TO"]',
    style: {
      'line-style': 'dashed',
      'line-color': 'mapData(score, 0.3, 1, #fde68a, #b45309)',
    },
  },
  { selector: 'edge.weak', style: { 'line-style': 'dotted' } },
  // A candidate is a guess the alignment does not count (Alignment.candidate): grey, short dashes.
  {
    selector: 'edge.candidate',
    style: {
      'line-style': 'dashed',
      'line-dash-pattern': [4, 4],
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
    },
  },
  {
    selector: 'edge[?merged]',
    style: { 'underlay-color': '#a855f7', 'underlay-opacity': 0.25, 'underlay-padding': 4 },
  },
  { selector: 'edge.no-score', style: { label: '' } },
  // Edges a reviewer confirmed (solid green) or added (long purple dashes): a person's word, not a score.
  {
    selector: 'edge.reviewed',
    style: { 'line-style': 'solid', width: 3, 'line-color': '#15803d', 'target-arrow-color': '#15803d' },
  },
  {
    selector: 'edge.added',
    style: {
      'line-style': 'dashed',
      'line-dash-pattern': [10, 3],
      'line-color': '#7c3aed',
      'target-arrow-color': '#7c3aed',
    },
  },
  { selector: 'edge.plain', style: { width: 1, 'line-color': '#cbd5e1', label: '', 'target-arrow-shape': 'none' } },
  { selector: 'edge:selected', style: { 'line-color': '#111827', 'target-arrow-color': '#111827' } },
];

/**
 * Appended to graphStyle above LARGE_GRAPH_ELEMENTS (viewportMode.ts), where a whole network is surveyed rather than
 * read node by node: no label is drawn smaller than 7 px on screen (a grey smudge at that size); zoom in and the
 * labels come back. Straight "haystack" edges were tried too and left out: no measurable gain in bench/client.ts,
 * and they drop the arrows.
 */
export const largeGraphStyle: StylesheetJson = [
  { selector: 'node', style: { 'min-zoomed-font-size': 7 } },
  { selector: 'edge', style: { 'min-zoomed-font-size': 7 } },
];
