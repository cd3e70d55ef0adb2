/**
 * Pushes overlapping boxes apart sideways. A force layout (fcose) keeps its superior-above-implementer
 * constraints but may leave two boxes overlapping; moving boxes only horizontally keeps every vertical relation, and
 * one sweep left to right settles each box right of every box it would overlap, so none overlaps afterwards.
 */
import type { Box } from './geometry';

/** New x of each box that had to move, keeping `gap` between boxes that share height. */
export function separateBoxes(boxes: readonly Box[], gap: number): Map<string, number> {
  const sorted = [...boxes].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  const placed: Box[] = [];
  const moved = new Map<string, number>();
  for (const box of sorted) {
    let x = box.x;
    for (const other of placed) {
      const sharesHeight = Math.abs(other.y - box.y) < (other.h + box.h) / 2 + gap;
      if (sharesHeight) x = Math.max(x, other.x + (other.w + box.w) / 2 + gap);
    }
    if (x !== box.x) moved.set(box.id, x);
    placed.push({ ...box, x });
  }
  return moved;
}
