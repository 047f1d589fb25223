/**
 * Which events of a long list are in the DOM: pure arithmetic on indexes, kept apart from the element so it can be
 * tested on its own. Indexes count the events shown (after search and filter), from 0.
 */

/** Past this many events, only a window of them is in the DOM; spacers stand in for the rest. */
export const WINDOW_THRESHOLD = 200;
/** Events kept above the first one on screen, and at least as many below the last one. */
export const WINDOW_MARGIN = 8;
/** The height assumed for an event before any was measured: a card with a date, a title and a line of text. */
export const ESTIMATED_EVENT_HEIGHT = 100;
/** However small events measure, a window holds no more than this. */
export const MAX_WINDOW_SIZE = 400;

/**
 * How many events a window holds: a screenful (`viewportHeight` over the average `eventHeight`, or the estimate
 * while nothing is measured) plus a margin on both sides, so scrolling by less than the margin shows no gap.
 */
export function windowSizeFor(viewportHeight: number, eventHeight = ESTIMATED_EVENT_HEIGHT): number {
  const height = eventHeight > 0 ? Math.max(1, eventHeight) : ESTIMATED_EVENT_HEIGHT;
  const onScreen = Math.ceil(Math.max(0, viewportHeight) / height);
  return Math.min(MAX_WINDOW_SIZE, onScreen + 2 * WINDOW_MARGIN);
}

/** The events to render: `[start, end)` of a window of `size`, or all of them when the list is short. */
export function listWindow(
  count: number,
  start: number,
  size: number,
): { start: number; end: number; windowed: boolean } {
  if (count <= WINDOW_THRESHOLD) return { start: 0, end: count, windowed: false };
  const first = Math.max(0, Math.min(start, count - size));
  return { start: first, end: Math.min(count, first + size), windowed: true };
}

/** A window start that holds event `index`: the current one if it already does. */
export function windowHolding(current: number, index: number, size: number): number {
  return index < current || index >= current + size ? Math.max(0, index - WINDOW_MARGIN) : current;
}

/**
 * The window start for a scroll position, `firstOnScreen` being the index of the first event in view. A focused
 * event (`active`, or -1) stays in the window; moves of a few events are skipped, so small scrolls re-render nothing,
 * except at the ends of the list.
 */
export function windowForScroll(
  count: number,
  firstOnScreen: number,
  active: number,
  current: number,
  size: number,
): number {
  let start = Math.max(0, Math.min(firstOnScreen - WINDOW_MARGIN, count - size));
  if (active >= 0) start = Math.min(Math.max(start, active - size + 1), active);
  // At either end of the list there is no margin left to skip on.
  const atAnEnd = start === 0 || start === count - size;
  return Math.abs(start - current) > WINDOW_MARGIN / 2 || atAnEnd ? start : current;
}

/**
 * The event at the top of the screen (y = 0), for a window whose first event is `start`, and where its top is
 * (relative to the screen): from the rendered events' boxes (the first one's top, every one's bottom) where the
 * screen shows one of them, else by counting `eventHeight`s through the spacer above or below them.
 */
export function indexAtTop(
  start: number,
  firstTop: number,
  bottoms: readonly number[],
  eventHeight: number,
): { index: number; top: number } {
  if (firstTop > 0 || bottoms.length === 0) {
    const index = Math.max(0, start - Math.ceil(firstTop / eventHeight));
    return { index, top: firstTop - (start - index) * eventHeight };
  }
  const onScreen = bottoms.findIndex((bottom) => bottom > 0);
  if (onScreen >= 0) return { index: start + onScreen, top: onScreen ? bottoms[onScreen - 1]! : firstTop };
  const past = Math.floor(-bottoms.at(-1)! / eventHeight);
  return { index: start + bottoms.length + past, top: bottoms.at(-1)! + past * eventHeight };
}
