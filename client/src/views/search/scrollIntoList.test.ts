import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrollTopToShow } from './scrollIntoList';

describe('scrollTopToShow', () => {
  it('leaves an option in sight where it is', () => {
    expect(scrollTopToShow({ scrollTop: 0, viewHeight: 500, optionTop: 100, optionHeight: 80, pinnedHeight: 40 })).toBe(
      0,
    );
  });

  it('brings an option under the pinned line up above it', () => {
    // The option's bottom (500) was under the pinned line (460 → 500): scroll by 40.
    expect(scrollTopToShow({ scrollTop: 0, viewHeight: 500, optionTop: 420, optionHeight: 80, pinnedHeight: 40 })).toBe(
      40,
    );
  });

  it('always shows the option whole above the pinned line when it fits', () => {
    const geometry = fc.record({
      scrollTop: fc.nat(2000),
      viewHeight: fc.integer({ min: 100, max: 900 }),
      optionTop: fc.nat(3000),
      optionHeight: fc.integer({ min: 20, max: 120 }),
      pinnedHeight: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(geometry, (g) => {
        fc.pre(g.optionHeight < g.viewHeight - g.pinnedHeight);
        const top = scrollTopToShow(g);
        expect(top).toBeLessThanOrEqual(g.optionTop);
        expect(g.optionTop + g.optionHeight).toBeLessThanOrEqual(top + g.viewHeight - g.pinnedHeight);
      }),
    );
  });
});
