import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectOf, rectsOverlap } from './geometry';
import type { Box } from './geometry';
import { separateBoxes } from './separate';

describe('separateBoxes', () => {
  it('moves 湖州 right of 海宁 when a force layout left them overlapping, and nothing vertically', () => {
    const moved = separateBoxes(
      [
        { id: 'haining', x: 0, y: 100, w: 184, h: 68 },
        { id: 'huzhou', x: 120, y: 80, w: 184, h: 68 },
        { id: 'zhejiang', x: 60, y: -100, w: 184, h: 68 },
      ],
      8,
    );
    expect([...moved]).toEqual([['huzhou', 192]]);
  });

  it('leaves no two boxes overlapping, whatever the layout', () => {
    const box = fc.record({
      id: fc.uuid(),
      x: fc.integer({ min: -500, max: 500 }),
      y: fc.integer({ min: -300, max: 300 }),
      w: fc.constant(184),
      h: fc.constant(68),
    });
    fc.assert(
      fc.property(fc.uniqueArray(box, { maxLength: 25, selector: (b) => b.id }), (boxes: Box[]) => {
        const moved = separateBoxes(boxes, 8);
        const after = boxes.map((b) => ({ ...b, x: moved.get(b.id) ?? b.x }));
        for (const [i, a] of after.entries()) {
          for (const b of after.slice(i + 1)) expect(rectsOverlap(rectOf(a), rectOf(b))).toBe(false);
        }
      }),
    );
  });
});
