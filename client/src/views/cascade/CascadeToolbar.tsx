import type { Core } from 'cytoscape';
import { useState } from 'react';
import type { RefObject } from 'react';
import { exportJson, safeFileName } from '../../graph/exportGraph';
import { exportFramedPng } from '../../graph/framedPng';
import { cascadeExportFrame } from './cascadeExportFrame';
import { GRAPH_LAYOUTS } from '../../state/route';
import type { Direction, GraphLayout, Route } from '../../state/route';
import type { MergedCascade } from './mergeCascades';

type CascadeRoute = Extract<Route, { view: 'cascade' }>;

const DIRECTIONS: readonly { value: Direction; label: string }[] = [
  { value: 'UP', label: 'Up 向上' },
  { value: 'BOTH', label: 'Both 双向' },
  { value: 'DOWN', label: 'Down 向下' },
];
const LAYOUT_LABELS: Record<GraphLayout, string> = {
  lanes: 'Swimlanes by level',
  dagre: 'Layered (dagre)',
  elk: 'Layered (elk)',
  fcose: 'Network (fcose)',
};

/**
 * Direction, depth and layout of the cascade (kept in the URL; expansions are kept across them), export of what is
 * drawn, and the switch that hides the clause panel to give the graph the full width.
 */
export function CascadeToolbar({
  route,
  cy,
  data,
  onChange,
  fullWidth,
  onFullWidth,
}: {
  route: CascadeRoute;
  cy: RefObject<Core | undefined>;
  data: MergedCascade | undefined;
  onChange: (change: Partial<CascadeRoute>, replace?: boolean) => void;
  fullWidth: boolean;
  onFullWidth: (on: boolean) => void;
}) {
  const direction = route.direction ?? 'BOTH';
  const fileName = safeFileName('cascade', route.clauseId ?? 'none', direction.toLowerCase());
  const depth = route.depth ?? 2;
  const frame = () =>
    data ? cascadeExportFrame(data, { direction, depth, link: window.location.href, date: new Date() }) : undefined;
  const meta = () => ({ clauseId: route.clauseId, direction, depth, expanded: route.expanded ?? [], ...frame() });
  const [exportError, setExportError] = useState<string>();
  const exportPng = () => {
    const about = frame();
    if (!cy.current || !about) return;
    setExportError(undefined);
    exportFramedPng(cy.current, about, `${fileName}.png`).catch((error: unknown) =>
      setExportError(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Cascade options">
      <fieldset className="segmented">
        <legend>Direction</legend>
        {DIRECTIONS.map((d) => (
          <label key={d.value}>
            <input
              type="radio"
              name="direction"
              value={d.value}
              checked={direction === d.value}
              onChange={() => onChange({ direction: d.value })}
            />
            {d.label}
          </label>
        ))}
      </fieldset>
      <label>
        Depth{' '}
        <select value={route.depth ?? 2} onChange={(event) => onChange({ depth: Number(event.target.value) }, true)}>
          {[1, 2, 3, 4].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        Layout{' '}
        <select
          value={route.layout ?? 'lanes'}
          onChange={(event) => onChange({ layout: event.target.value as GraphLayout }, true)}
        >
          {GRAPH_LAYOUTS.map((layout) => (
            <option key={layout} value={layout}>
              {LAYOUT_LABELS[layout]}
            </option>
          ))}
        </select>
      </label>
      <span className="toolbar-spacer" />
      <button type="button" aria-pressed={fullWidth} onClick={() => onFullWidth(!fullWidth)}>
        Graph full width
      </button>
      <button type="button" disabled={!data} onClick={exportPng}>
        Export PNG
      </button>
      <button type="button" disabled={!data} onClick={() => cy.current && exportJson(cy.current, fileName, meta())}>
        Export JSON
      </button>
      {exportError ? (
        <p role="alert" className="status status-error">
          Export failed: {exportError}
        </p>
      ) : null}
    </div>
  );
}
