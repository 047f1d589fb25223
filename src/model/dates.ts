import { UTCDateMini } from '@date-fns/utc/date/mini';
import { compareAsc } from 'date-fns/compareAsc';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfYear } from 'date-fns/endOfYear';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isBefore } from 'date-fns/isBefore';

/** How precisely a date is known; the written form says it: `"2014"`, `"2014-10"`, `"2014-10-01"`. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * A day, month or year on the calendar: not an instant, so it never shifts with the time zone.
 * `year` is an ISO 8601 (astronomical) year: 0 is 1 BCE, -499 is 500 BCE.
 * `month` and `day` are 1-based and are 1 where the precision does not reach them.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly precision: DatePrecision;
  /** The canonical written form, usable as `<time datetime>`. */
  readonly iso: string;
}

export type CalendarDateParseResult =
  | { readonly ok: true; readonly date: CalendarDate }
  | { readonly ok: false; readonly reason: 'format' | 'calendar' };

/**
 * A UTC midnight for a calendar day. Calendar dates live in UTC so that no local time-zone rule (DST gaps,
 * Samoa skipping 30 December 2011) can move them; `setUTCFullYear` keeps years below 100 from being read as
 * 19xx, the two-digit-year trap of `new Date(y, m, d)` and `Date.UTC`. A `UTCDateMini` (@date-fns/utc without
 * its string methods): its getters (`getFullYear`, …) read UTC, so date-fns functions work on the calendar day.
 */
export function utcDay(year: number, month: number, day: number): Date {
  return new UTCDateMini(utcMilliseconds(year, month, day));
}

/**
 * `utcDay` as a number: sorting and laying out thousands of events needs no UTCDateMini objects. Months and days
 * past their end roll over (month 13 is January of the next year).
 */
export function utcMilliseconds(year: number, month: number, day: number): number {
  return SCRATCH.setUTCFullYear(year, month - 1, day);
}

/**
 * The one Date that `utcMilliseconds` sets, rather than one per call: a first render takes several per event. It
 * always holds a midnight (or no time at all, which `setUTCFullYear` reads as the epoch's), so the time of day it
 * keeps is 0.
 */
const SCRATCH = new Date(0);

/**
 * Parses `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`, with a leading `-` for years before 1 BCE (ISO 8601:
 * `"0000"` is 1 BCE, `"-0499"` is 500 BCE). Rejects other forms (`reason: "format"`) and days that are not on the
 * (proleptic Gregorian) calendar, such as 2024-02-30, 2023-02-29 or month 13 (`reason: "calendar"`).
 */
export function parseCalendarDate(value: string): CalendarDateParseResult {
  const read = readCalendarDate(value);
  return typeof read === 'string' ? { ok: false, reason: read } : { ok: true, date: read };
}

/**
 * `parseCalendarDate` without the result object: the date, or why it is not one. Validating and normalizing
 * thousands of dates then allocates no wrapper per date.
 */
export function readCalendarDate(value: string): CalendarDate | 'format' | 'calendar' {
  const match = DATE_FORM.exec(value);
  if (!match || value.startsWith('-0000')) return 'format';
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return 'calendar';
  // Every month has 28 days: only a later day needs the calendar.
  if (day < 1 || (day > 28 && day > getDaysInMonth(utcDay(year, month, 1)))) return 'calendar';
  const precision: DatePrecision = match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
  return { year, month, day, precision, iso: value };
}

const DATE_FORM = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The reader's calendar day of an instant (local time), e.g. today for `relative-to="now"`. */
export function calendarDayOf(instant: Date): CalendarDate {
  const year = instant.getFullYear();
  const month = instant.getMonth() + 1;
  const day = instant.getDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const yearText = year < 0 ? `-${pad(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return { year, month, day, precision: 'day', iso: `${yearText}-${pad(month)}-${pad(day)}` };
}

/** The first day of the period a date names (1 January for a year, the 1st for a month). */
export function startOf(date: CalendarDate): Date {
  return utcDay(date.year, date.month, date.day);
}

/** The last day of the period a date names (31 December for a year, the month's last day for a month). */
export function endOf(date: CalendarDate): Date {
  const start = startOf(date);
  if (date.precision === 'year') return endOfYear(start);
  if (date.precision === 'month') return endOfMonth(start);
  return start;
}

/**
 * Orders dates by the day their period starts; at the same start, the less precise date comes first
 * ("2014" before "2014-01" before "2014-01-01"), because it may also cover what comes before the finer one.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return compareAsc(startOf(a), startOf(b)) || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * A number that sorts like `compareCalendarDates`: the start of the period in milliseconds (always a whole day)
 * plus the precision rank. Sorting thousands of dates by it needs one date per entry, not two per comparison.
 */
export function sortKey(date: CalendarDate): number {
  return utcMilliseconds(date.year, date.month, date.day) + PRECISION_RANK[date.precision];
}

/**
 * `sortKey` counted in days, four to a day for the rank: the same order in small integers, which unoptimized code
 * compares without allocating. Sorting 1,000 entries takes some 10,000 comparisons before the engine optimizes the
 * comparator; in milliseconds each boxed three numbers (400 KB). `Math.round` gives an integer the engine keeps
 * unboxed, where a bare division would not.
 */
export function daySortKey(date: CalendarDate): number {
  return (
    Math.round(utcMilliseconds(date.year, date.month, date.day) / DAY_MS) * 4 + PRECISION_RANK[date.precision]
  );
}

/** A calendar day in milliseconds: UTC has no daylight saving. */
export const DAY_MS = 86_400_000;

/** The middle of the period a date names: a fair point to measure distances from ("about 10 years earlier"). */
export function middleOf(date: CalendarDate): Date {
  return new UTCDateMini((startOf(date).getTime() + endOf(date).getTime()) / 2);
}

/** True when `day` falls within the period `date` names. */
export function contains(date: CalendarDate, day: CalendarDate): boolean {
  return !isBefore(startOf(day), startOf(date)) && !isBefore(endOf(date), startOf(day));
}

/** True when `end` ends before `start` begins: such a period is impossible. */
export function endsBeforeItStarts(start: CalendarDate, end: CalendarDate): boolean {
  return isBefore(endOf(end), startOf(start));
}
