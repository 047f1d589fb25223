/**
 * Which events of a long list are in the DOM: pure arithmetic on indexes, kept apart from the element so it can be
 * tested on its own. Indexes count the events shown (after search and filter), from 0.
 */

/** Past this many events, only a window of them is in the DOM; spacers stand in for the rest. */
export const WINDOW_THRESHOLD = 200;
/** Events in the window. */
export const WINDOW_SIZE = 60;
/** Events kept above the first one on screen. */
export const WINDOW_MARGIN = 10;

/** The events to render: `[start, end)`, all of them when the list is short. */
export function listWindow(count: number, start: number): { start: number; end: number; windowed: boolean } {
  if (count <= WINDOW_THRESHOLD) return { start: 0, end: count, windowed: false };
  const first = Math.max(0, Math.min(start, count - WINDOW_SIZE));
  return { start: first, end: first + WINDOW_SIZE, windowed: true };
}

/** A window start that holds event `index`: the current one if it already does. */
export function windowHolding(current: number, index: number): number {
  return index < current || index >= current + WINDOW_SIZE ? Math.max(0, index - WINDOW_MARGIN) : current;
}

/**
 * The window start for a scroll position, `firstOnScreen` being the index of the first event in view. A focused
 * event (`active`, or -1) stays in the window; moves of a few events are skipped, so small scrolls re-render nothing.
 */
export function windowForScroll(
  count: number,
  firstOnScreen: number,
  active: number,
  current: number,
): number {
  let start = Math.max(0, Math.min(firstOnScreen - WINDOW_MARGIN, count - WINDOW_SIZE));
  if (active >= 0) start = Math.min(Math.max(start, active - WINDOW_SIZE + 1), active);
  return Math.abs(start - current) > WINDOW_MARGIN / 2 ? start : current;
}
