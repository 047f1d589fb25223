/**
 * Where things go on the horizontal time axis: pure arithmetic on milliseconds and pixels, kept apart from the
 * element so it can be tested on its own. Dates are UTC calendar days (see model/dates.ts).
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { DAY_MS, utcDay, utcMilliseconds, type CalendarDate } from '../../model/dates.js';

/** Something with a date and an optional end: an event or an era. */
export interface Dated {
  readonly date: CalendarDate;
  readonly end?: CalendarDate | undefined;
}

/** The span of the axis, in milliseconds since the epoch. */
export interface Extent {
  readonly min: number;
  readonly max: number;
}

const YEAR_MS = 365.2425 * DAY_MS;

/** The instants a dated thing covers, in milliseconds: `[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The first and last instant a dated thing covers: a year-precision date covers the whole year. */
export function spanOf({ date, end = date }: Dated): Span {
  // The span ends where the day after its last one starts. Plain numbers: the axis takes every event's span.
  const { year, month, day, precision } = end;
  return {
    start: utcMilliseconds(date.year, date.month, date.day),
    end:
      precision === 'year'
        ? utcMilliseconds(year + 1, 1, 1)
        : utcMilliseconds(year, month + (precision === 'month' ? 1 : 0), precision === 'month' ? 1 : day + 1),
  };
}

/**
 * The axis runs from the earliest start to the latest end of the spans of everything on it (taken once per data, for
 * the layout too), with 3% of room at each end so markers do not sit on the edge; a single day still gets a year
 * of axis.
 */
export function axisExtent(spans: readonly Span[]): Extent {
  let min = Infinity;
  let max = -Infinity;
  // An index loop: for…of makes an iterator result per span before the engine optimizes it.
  for (let i = 0; i < spans.length; i += 1) {
    min = Math.min(min, spans[i]!.start);
    max = Math.max(max, spans[i]!.end);
  }
  if (!Number.isFinite(min)) return { min: 0, max: YEAR_MS };
  const room = Math.max((max - min) * 0.03, YEAR_MS / 2 - (max - min) / 2);
  return { min: min - room, max: max + room };
}

/** Where an instant lies on the axis, from 0 (start) to 1 (end). */
export function fractionOf(ms: number, extent: Extent): number {
  return (ms - extent.min) / (extent.max - extent.min);
}

export interface Tick {
  readonly date: Date;
  /** 0 to 1 along the axis. */
  readonly at: number;
  /** `year`: 1 January; `month`: the 1st of another month; `day`: another day (labelled with its number). */
  readonly unit: 'year' | 'month' | 'day';
}

/** Year steps that read well: every year, every 2, 5, 10, 20, 50… */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** Day steps within a month: every day, every other day, or the 1st, 8th, 15th and 22nd. */
const DAY_STEPS = [1, 2, 7];
/** The least room a labelled tick needs, in pixels. */
export const MIN_TICK_SPACING = 64;

/**
 * The ticks of an axis `width` pixels wide, between `from` and `to` (milliseconds; the whole axis by default):
 * days when a week gets at least `MIN_TICK_SPACING` pixels, months when a month does (every 3rd month when a quarter
 * does), else years at the smallest readable step. Dates come from date-fns on UTC days, so the ticks never shift
 * with the reader's time zone; a long axis asks only for the ticks on screen.
 */
export function axisTicks(extent: Extent, width: number, from = extent.min, to = extent.max): Tick[] {
  const pixelsPerDay = (width * DAY_MS) / (extent.max - extent.min);
  const pixelsPerYear = pixelsPerDay * (YEAR_MS / DAY_MS);
  const first = new UTCDateMini(Math.max(from, extent.min));
  const last = Math.min(to, extent.max);
  const tick = (date: Date, unit: Tick['unit']): Tick => ({
    date,
    at: fractionOf(date.getTime(), extent),
    unit,
  });
  const inside = (item: Tick) => item.at >= 0 && item.at <= 1;
  if (pixelsPerDay * 7 >= MIN_TICK_SPACING) {
    const step = DAY_STEPS.find((days) => days * pixelsPerDay >= MIN_TICK_SPACING) ?? 7;
    const ticks: Tick[] = [];
    for (
      let day = utcDay(first.getUTCFullYear(), first.getUTCMonth() + 1, 1).getTime();
      day <= last;
      day += DAY_MS
    ) {
      const date = new UTCDateMini(day);
      const dayOfMonth = date.getUTCDate();
      // The month's last day: day 0 of the next month.
      const monthDays = utcDay(date.getUTCFullYear(), date.getUTCMonth() + 2, 0).getUTCDate();
      if (dayOfMonth === 1) ticks.push(tick(date, date.getUTCMonth() ? 'month' : 'year'));
      // A full step before the next month's 1st, or none: no two labels closer than a step.
      else if ((dayOfMonth - 1) % step === 0 && dayOfMonth + step <= monthDays + 1)
        ticks.push(tick(date, 'day'));
    }
    return ticks.filter(inside);
  }
  // From 1 January of the first year: ticks land on 1 January and on the 1st of months.
  const ticks: Tick[] = [];
  if (pixelsPerYear / 4 >= MIN_TICK_SPACING) {
    const every = pixelsPerYear / 12 >= MIN_TICK_SPACING ? 1 : 3;
    for (
      let year = first.getUTCFullYear(), month = 0;
      utcDay(year, month + 1, 1).getTime() <= last;
      month += every
    ) {
      if (month > 11) [year, month] = [year + 1, month - 12];
      ticks.push(tick(utcDay(year, month + 1, 1), month ? 'month' : 'year'));
    }
  } else {
    const step = YEAR_STEPS.find((years) => years * pixelsPerYear >= MIN_TICK_SPACING) ?? 1000;
    for (
      let year = Math.ceil(first.getUTCFullYear() / step) * step;
      utcDay(year, 1, 1).getTime() <= last;
      year += step
    )
      ticks.push(tick(utcDay(year, 1, 1), 'year'));
  }
  return ticks.filter(inside);
}
