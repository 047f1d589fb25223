/**
 * The time axis's named zoom steps, as frappe-gantt names its views: pure arithmetic, kept apart from the element.
 * A step gives its unit (a decade, a year, …) a fixed width on screen, so that the ticks and labels read the same at
 * every step; "fit" shows the whole axis. Zoom never goes past the data's finest precision: a dataset of years never
 * zooms to days. Also the `period` attribute's form: two dates joined by `/`.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { calendarDayOf, DAY_MS, parseCalendarDate, type DatePrecision } from '../../model/dates.js';
import { spanOf, type Dated } from './axis-layout.js';

export const ZOOM_STEPS = ['decade', 'year', 'quarter', 'month', 'week', 'day'] as const;
export type ZoomStep = (typeof ZOOM_STEPS)[number];
/** A zoom a page can ask for: a step, or the whole axis. */
export type ZoomLevel = ZoomStep | 'fit';

/** The length of each step's unit, in days. */
const UNIT_DAYS: Readonly<Record<ZoomStep, number>> = {
  decade: 3652.425,
  year: 365.2425,
  quarter: 91.310625,
  month: 30.436875,
  week: 7,
  day: 1,
};
/** How wide a step's unit is drawn, in pixels. */
export const UNIT_PIXELS = 160;

/** The finest step each precision allows. */
const FINEST: Readonly<Record<DatePrecision, ZoomStep>> = { year: 'year', month: 'month', day: 'day' };

/** Pixels per millisecond at a step. */
export function stepScale(step: ZoomStep): number {
  return UNIT_PIXELS / (UNIT_DAYS[step] * DAY_MS);
}

/** The finest step for data whose finest precision is `precision`. */
export function finestStep(precision: DatePrecision): ZoomStep {
  return FINEST[precision];
}

/**
 * The steps a reader can choose for an axis spanning `spanMs` in a viewport `viewportWidth` pixels wide: those that
 * show less than the whole axis (coarser ones would zoom out past "fit") and are no finer than `finest`.
 */
export function availableSteps(spanMs: number, viewportWidth: number, finest: ZoomStep): ZoomStep[] {
  const fitScale = viewportWidth / spanMs;
  return ZOOM_STEPS.slice(0, ZOOM_STEPS.indexOf(finest) + 1).filter(
    (step) => stepScale(step) > fitScale * 1.05,
  );
}

/** The zoom factor (1: the whole axis fits the viewport) that shows `level`. */
export function zoomForLevel(level: ZoomLevel, spanMs: number, viewportWidth: number): number {
  if (level === 'fit' || viewportWidth <= 0) return 1;
  return Math.max(1, (stepScale(level) * spanMs) / viewportWidth);
}

/** The most a reader can zoom in: to the finest step (and never past a million pixels of track). */
export function maxZoom(spanMs: number, viewportWidth: number, finest: ZoomStep): number {
  return Math.min(zoomForLevel(finest, spanMs, viewportWidth), 1_000_000 / Math.max(1, viewportWidth));
}

/**
 * The named level nearest to a zoom factor (on a log scale), among "fit" and the available steps: what the zoom
 * control marks as current.
 */
export function levelOf(
  zoom: number,
  spanMs: number,
  viewportWidth: number,
  steps: readonly ZoomStep[],
): ZoomLevel {
  let best: ZoomLevel = 'fit';
  let distance = Math.abs(Math.log(zoom));
  for (const step of steps) {
    const d = Math.abs(Math.log(zoom / zoomForLevel(step, spanMs, viewportWidth)));
    if (d < distance) {
      best = step;
      distance = d;
    }
  }
  return best;
}

/** The next level in (`+1`) or out (`-1`) from a zoom factor: the buttons and the `+`/`-` keys. */
export function nextLevel(
  zoom: number,
  direction: 1 | -1,
  spanMs: number,
  viewportWidth: number,
  steps: readonly ZoomStep[],
): ZoomLevel | undefined {
  const levels: ZoomLevel[] = ['fit', ...steps];
  const zooms = levels.map((level) => zoomForLevel(level, spanMs, viewportWidth));
  // Strictly beyond the current zoom, by more than rounding: a level already shown is not "next".
  if (direction > 0) return levels.find((_, i) => zooms[i]! > zoom * 1.01);
  return levels.filter((_, i) => zooms[i]! < zoom / 1.01).at(-1);
}

/** Whether a string names a zoom level; anything else is ignored with a warning by the element. */
export function isZoomLevel(value: unknown): value is ZoomLevel {
  return value === 'fit' || (ZOOM_STEPS as readonly unknown[]).includes(value);
}

/** The finest precision among the dates of `items`: what the zoom may reach. */
export function finestPrecision(items: readonly Dated[]): DatePrecision {
  let finest: DatePrecision = 'year';
  for (const item of items) {
    for (const date of [item.date, item.end]) {
      if (date?.precision === 'day') return 'day';
      if (date?.precision === 'month') finest = 'month';
    }
  }
  return finest;
}

/** `"2023-01/2024-06"`, `"2023/2024"`, `"2024-02-01/2024-05-31"`: from the start of the first to the end of the last. */
export function parsePeriod(value: string): [number, number] | undefined {
  const [from, to, extra] = value.split('/');
  if (extra !== undefined || !from || !to) return undefined;
  const start = parseCalendarDate(from.trim());
  const end = parseCalendarDate(to.trim());
  if (!start.ok || !end.ok) return undefined;
  const span = spanOf({ date: start.date, end: end.date });
  return span.end > span.start ? [span.start, span.end] : undefined;
}

/** `[start, end)` in milliseconds as the `period` attribute writes it: two UTC days, `2023-01-01/2024-06-30`. */
export function formatPeriod(start: number, end: number): string {
  // A UTCDateMini's getters read UTC: calendarDayOf gives the UTC day.
  const day = (ms: number) => calendarDayOf(new UTCDateMini(ms)).iso;
  return `${day(start)}/${day(Math.max(start, end - 1))}`;
}
