import type { CascadeLevel } from './cascadeQuery';

/** Where a level lies from the clause the cascade is of, in words. */
function levelName(distance: number): string {
  if (distance === 0) return 'beside the clause';
  const steps = Math.abs(distance);
  return `at ${steps} step${steps === 1 ? '' : 's'} ${distance < 0 ? 'up' : 'down'}`;
}

/**
 * What the server left out of a cascade cut to its limit, from the counts it gives for the whole cascade (Cascade.
 * nodesTotal and levels): "Showing 150 of 1,003 clauses; not drawn: 840 beside the clause, 13 at 1 step up". Undefined
 * when nothing was left out.
 */
export function leftOutSummary(levels: readonly CascadeLevel[], nodesTotal: number): string | undefined {
  const shown = levels.reduce((sum, level) => sum + level.shown, 0);
  if (shown >= nodesTotal) return undefined;
  const missing = levels
    .filter((level) => level.total > level.shown)
    .map((level) => `${(level.total - level.shown).toLocaleString('en')} ${levelName(level.distance)}`);
  return `Showing ${shown.toLocaleString('en')} of ${nodesTotal.toLocaleString('en')} clauses; not drawn: ${missing.join(', ')}`;
}
