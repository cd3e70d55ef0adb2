import type { Core, SingularElementArgument } from 'cytoscape';
import { useEffect, useState } from 'react';

/**
 * The full title of a node (and the score and evidence of an edge) over the graph: captions are cut to three lines,
 * so the whole text shows on hover, and on focus when the keyboard user moves through the list of the graph's nodes
 * (`focusedId`). Elements say what to show in `data.tipTitle` and `data.tipDetail`.
 */
export interface Tip {
  id: string;
  title: string;
  detail: string;
  /** Anchor in the container's pixels: the top centre of the element. */
  x: number;
  y: number;
}

/** Width of the tooltip box in CSS pixels (styles.css .graph-tooltip). */
const TIP_WIDTH = 280;

export function tipOf(element: SingularElementArgument): Tip | undefined {
  const title = element.data('tipTitle') as string | undefined;
  if (!title) return undefined;
  const box = element.renderedBoundingBox({ includeLabels: false });
  // Kept inside the canvas: a node at its edge would otherwise push half its tooltip out of view.
  const half = TIP_WIDTH / 2;
  const x = Math.min(Math.max((box.x1 + box.x2) / 2, half), Math.max(half, element.cy().width() - half));
  return {
    id: element.id(),
    title,
    detail: (element.data('tipDetail') as string | undefined) ?? '',
    x,
    y: element.isNode() ? box.y1 : (box.y1 + box.y2) / 2,
  };
}

export function useGraphTooltip(cy: Core | undefined, focusedId: string | undefined): Tip | undefined {
  const [hovered, setHovered] = useState<Tip>();
  // Bumped when the view moves, so the focused node's tooltip is recomputed where the node now is.
  const [, setMoves] = useState(0);
  useEffect(() => {
    if (!cy) return;
    const over = (event: { target: SingularElementArgument }) => setHovered(tipOf(event.target));
    const out = () => setHovered(undefined);
    const moved = () => {
      setHovered(undefined);
      setMoves((n) => n + 1);
    };
    cy.on('mouseover', 'node, edge', over);
    cy.on('mouseout', 'node, edge', out);
    cy.on('viewport drag layoutstop', moved);
    // Leaving the canvas straight from a node fires no mouseout in Cytoscape.
    const container = cy.container();
    container?.addEventListener('mouseleave', out);
    return () => {
      cy.off('mouseover', 'node, edge', over);
      cy.off('mouseout', 'node, edge', out);
      cy.off('viewport drag layoutstop', moved);
      container?.removeEventListener('mouseleave', out);
    };
  }, [cy]);
  const focused = cy && focusedId ? tipOf(cy.getElementById(focusedId)) : undefined;
  return hovered ?? focused;
}

export function GraphTooltip({ tip }: { tip: Tip | undefined }) {
  if (!tip) return null;
  return (
    <div
      className="graph-tooltip"
      role="tooltip"
      style={{ left: tip.x, top: tip.y, width: TIP_WIDTH }}
      data-for={tip.id}
    >
      <strong lang="zh">{tip.title}</strong>
      {tip.detail ? <span lang="zh">{tip.detail}</span> : null}
    </div>
  );
}
