import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphStyle } from './styles';
import { LARGE_GRAPH_ELEMENTS, viewportModeOf, watchGraphSize } from './viewportMode';

const nodes = (from: number, count: number): ElementDefinition[] =>
  Array.from({ length: count }, (_, i) => ({ data: { id: `n${from + i}`, caption: '科创平台' }, classes: 'entity' }));

/** Lets the watcher's microtask run. */
const settle = () => new Promise<void>((done) => queueMicrotask(done));

describe('viewport mode by graph size', () => {
  it('keeps a cascade detailed and lightens a whole network, switching back when it shrinks', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle });
    const stop = watchGraphSize(cy);
    cy.add(nodes(0, 40));
    await settle();
    expect(viewportModeOf(cy)).toBe('detailed');
    expect(cy.getElementById('n0').numericStyle('min-zoomed-font-size')).toBe(0);

    cy.add(nodes(40, LARGE_GRAPH_ELEMENTS));
    await settle();
    expect(viewportModeOf(cy)).toBe('large');
    // Labels smaller than 7 px on screen are skipped; the rest of the look is the cascade's.
    expect(cy.getElementById('n0').numericStyle('min-zoomed-font-size')).toBe(7);
    expect(cy.getElementById('n0').style('shape')).toBe('ellipse');

    cy.elements().remove();
    cy.add(nodes(0, 10));
    await settle();
    expect(viewportModeOf(cy)).toBe('detailed');
    expect(cy.getElementById('n0').numericStyle('min-zoomed-font-size')).toBe(0);

    stop();
    cy.add(nodes(100, LARGE_GRAPH_ELEMENTS + 1));
    await settle();
    expect(viewportModeOf(cy)).toBe('detailed');
    cy.destroy();
  });
});
