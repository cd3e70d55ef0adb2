import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { layoutOptions } from './layouts';
import type { LayoutName } from './layouts';
import { graphStyle } from './styles';
import { countLayoutForTests, exposeForTests } from './testHook';
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
  onSelect?: (id: string) => void;
  onExpand?: (id: string) => void;
  /** Receives the instance (for export) once created, and undefined when it is destroyed. */
  onReady?: (cy: Core | undefined) => void;
  /** Nodes with this class react to tap/double-tap; others (lane bands) are decoration. */
  interactiveSelector?: string;
}

/**
 * A Cytoscape.js canvas as a React component. The instance is created once; new `elements` replace the old ones and
 * are laid out again (whole-graph replace keeps the renderer a pure function of the data). Keyboard: arrows pan,
 * + and - zoom, 0 fits; the views render a list of the same nodes for keyboard users to open and expand.
 */
export function CytoscapeGraph(props: CytoscapeGraphProps) {
  const { elements, layout, label, selectedId, onSelect, onExpand, onReady } = props;
  const interactive = props.interactiveSelector ?? 'node';
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core>();
  // Cytoscape's listeners are bound once; they call the latest callbacks through this ref.
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

  useEffect(() => {
    onReady?.(cy);
    return () => onReady?.(undefined);
  }, [cy, onReady]);

  useEffect(() => {
    if (!cy) return;
    let current = true;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    void layoutOptions(layout).then((options) => {
      if (!current || cy.destroyed()) return;
      const run = cy.elements().not('.lane').layout(options);
      run.one('layoutstop', () => {
        if (!current) return;
        cy.fit(undefined, 24);
        // A three-node cascade would otherwise be blown up to fill the screen.
        if (cy.zoom() > 1.2) cy.zoom(1.2).center();
        countLayoutForTests();
      });
      run.run();
    });
    return () => {
      current = false;
    };
  }, [cy, elements, layout]);

  useEffect(() => {
    if (!cy) return;
    cy.$(':selected').unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  }, [cy, selectedId, elements]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!cy) return;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [60, 0],
      ArrowRight: [-60, 0],
      ArrowUp: [0, 60],
      ArrowDown: [0, -60],
    };
    const by = pan[event.key];
    if (by) cy.panBy({ x: by[0], y: by[1] });
    else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: centre(cy) });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: centre(cy) });
    else if (event.key === '0') cy.fit(undefined, 24);
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-roledescription="graph"
      aria-label={`${label}. Arrow keys pan, + and - zoom, 0 fits.`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="graph-canvas"
    />
  );
}

function centre(cy: Core) {
  return { x: cy.width() / 2, y: cy.height() / 2 };
}
