import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { drawGraph } from './drawGraph';
import { GraphControls } from './GraphControls';
import { GraphTooltip, useGraphTooltip } from './GraphTooltip';
import type { LayoutName } from './layouts';
import { graphStyle } from './styles';
import { exposeForTests } from './testHook';
import { fitAll, keepInView, zoomBy } from './viewport';
import { watchGraphSize } from './viewportMode';

// jsdom has no canvas: component tests run Cytoscape headless (same model, positions and events, nothing drawn).
const headless = typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom');

export interface CytoscapeGraphProps {
  /** The graph, always derived from query results (never edited in place). */
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Accessible name of the canvas, e.g. "Cascade of 推动高能级科创平台提质增效". */
  label: string;
  selectedId?: string | undefined;
  /** The node the opening view is centred on when the whole graph cannot be shown readably (the root). */
  focusId?: string | undefined;
  /** A node focused outside the canvas (in the list of its nodes): its tooltip shows. */
  focusedId?: string | undefined;
  onSelect?: (id: string) => void;
  onExpand?: (id: string) => void;
  /** Receives the instance (for export) once created, and undefined when it is destroyed. */
  onReady?: (cy: Core | undefined) => void;
  /** Nodes with this class react to tap/double-tap; others (lane bands) are decoration. */
  interactiveSelector?: string;
}

/**
 * A Cytoscape.js canvas as a React component, with zoom controls and tooltips. The instance is created once; new
 * `elements` replace the old ones and are laid out again (whole-graph replace keeps the renderer a pure function of
 * the data). Keyboard: arrows pan, + and - zoom, 0 fits; the views render a list of the same nodes for keyboard
 * users to open and expand.
 */
export function CytoscapeGraph(props: CytoscapeGraphProps) {
  const { elements, layout, label, selectedId, focusId, focusedId, onReady } = props;
  const { container, cy } = useCytoscape(props);
  const [resets, setResets] = useState(0);
  const tip = useGraphTooltip(cy, focusedId);

  useEffect(() => {
    onReady?.(cy);
    return () => onReady?.(undefined);
  }, [cy, onReady]);

  useEffect(() => {
    if (!cy) return;
    let current = true;
    void drawGraph(cy, elements, layout, { focusId, isCurrent: () => current });
    return () => {
      current = false;
    };
    // focusId only matters for the opening view of new elements; resets draw the same elements again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, elements, layout, resets]);

  useEffect(() => {
    if (!cy) return;
    cy.$(':selected').unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  }, [cy, selectedId, elements]);

  // The canvas changes size with the window and when the narrow layout's clause drawer opens: Cytoscape is told,
  // and the selected node is kept on screen.
  useEffect(() => {
    const element = container.current;
    if (!cy || !element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      cy.resize();
      const selected = cy.nodes(':selected');
      if (selected.nonempty()) keepInView(cy, selected.first());
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [cy, container]);

  return (
    <div className="graph-frame">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-roledescription="graph"
        aria-label={`${label}. Arrow keys pan, + and - zoom, 0 fits.`}
        tabIndex={0}
        onKeyDown={(event) => cy && onGraphKey(cy, event)}
        data-testid="graph-canvas"
      />
      <GraphControls cy={cy} onReset={() => setResets((n) => n + 1)} />
      <GraphTooltip tip={tip} />
    </div>
  );
}

/** Creates the instance once per interactive selector; taps and double-taps call the latest callbacks. */
function useCytoscape({ onSelect, onExpand, interactiveSelector }: CytoscapeGraphProps) {
  const interactive = interactiveSelector ?? 'node';
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core>();
  const handlers = useRef({ onSelect, onExpand });
  useEffect(() => {
    handlers.current = { onSelect, onExpand };
  }, [onSelect, onExpand]);
  useEffect(() => {
    const instance = cytoscape({
      container: headless ? undefined : container.current,
      headless,
      styleEnabled: true,
      style: graphStyle,
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    instance.on('tap', interactive, (event) => handlers.current.onSelect?.(event.target.id() as string));
    instance.on('dbltap', interactive, (event) => handlers.current.onExpand?.(event.target.id() as string));
    // Whole-network sizes get the lighter style and Cytoscape's viewport options; cascades keep every detail.
    const stopWatching = watchGraphSize(instance);
    setCy(instance);
    exposeForTests(instance);
    return () => {
      stopWatching();
      exposeForTests(undefined);
      instance.destroy();
    };
  }, [interactive]);
  return { container, cy };
}

const PAN: Record<string, [number, number]> = {
  ArrowLeft: [60, 0],
  ArrowRight: [-60, 0],
  ArrowUp: [0, 60],
  ArrowDown: [0, -60],
};

function onGraphKey(cy: Core, event: KeyboardEvent<HTMLDivElement>): void {
  const by = PAN[event.key];
  if (by) cy.panBy({ x: by[0], y: by[1] });
  else if (event.key === '+' || event.key === '=') zoomBy(cy, 1);
  else if (event.key === '-') zoomBy(cy, -1);
  else if (event.key === '0') fitAll(cy);
  else return;
  event.preventDefault();
}
