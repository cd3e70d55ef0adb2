/** Where a scrolling list with a line pinned at its bottom must scroll for one of its options to show whole. */
export interface ListGeometry {
  /** The list's scrollTop and visible height. */
  scrollTop: number;
  viewHeight: number;
  /** The option's top (in the list's content, as offsetTop) and height. */
  optionTop: number;
  optionHeight: number;
  /** Height of the sticky line at the bottom that covers the options scrolled under it (0 when none). */
  pinnedHeight: number;
}

/**
 * The scrollTop that shows the option whole above the pinned line, moving as little as possible: unchanged when it
 * already shows, its top at the list's top when it is above, its bottom on the pinned line when it is below (or at
 * the top when it is taller than the room left).
 */
export function scrollTopToShow(g: ListGeometry): number {
  const room = g.viewHeight - g.pinnedHeight;
  if (g.optionTop < g.scrollTop || g.optionHeight >= room) return g.optionTop;
  const bottom = g.optionTop + g.optionHeight;
  if (bottom > g.scrollTop + room) return bottom - room;
  return g.scrollTop;
}
