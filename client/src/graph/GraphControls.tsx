import type { Core } from 'cytoscape';
import { fitAll, zoomBy } from './viewport';

/**
 * Visible zoom controls over the graph's corner, for users who do not know the wheel and key bindings: fit the
 * whole graph, zoom in and out, and reset (the layout as drawn first and the opening view).
 */
export function GraphControls({ cy, onReset }: { cy: Core | undefined; onReset: () => void }) {
  return (
    <div className="graph-controls" role="group" aria-label="Zoom">
      <button type="button" disabled={!cy} onClick={() => cy && fitAll(cy)} title="Fit the whole graph (0)">
        Fit
      </button>
      <button type="button" disabled={!cy} onClick={() => cy && zoomBy(cy, 1)} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button
        type="button"
        disabled={!cy}
        onClick={() => cy && zoomBy(cy, -1)}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        −
      </button>
      <button type="button" disabled={!cy} onClick={onReset} title="Reset the layout and the zoom">
        Reset
      </button>
    </div>
  );
}
