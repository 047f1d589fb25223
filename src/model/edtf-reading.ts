/**
 * An EDTF value (edtf.ts) as the model holds an event's dates: calendar dates at year, month or day precision, and
 * what EDTF says besides them. A decade or century becomes the years it spans (201X: 2010–2019), so that sorting,
 * the axis and zooming need nothing new; only its label names it ("the 2010s").
 */
import type { CalendarDate, DatePrecision } from './dates.js';
import { parseEdtf, type EdtfDate, type EdtfEnd } from './edtf.js';

/** When something happened, as the model holds it and a date label says it: an event's dates, an era's. */
export interface DatedPeriod {
  readonly date: CalendarDate;
  readonly end?: CalendarDate | undefined;
  /** `~` or `%`: the dates are approximate ("c. 2014"). */
  readonly approximate: boolean;
  /** `?` or `%`: the dates are uncertain ("2014?"), which is not approximate. */
  readonly uncertain?: boolean | undefined;
  /** A decade or a century written as one date (`201X`, `19XX`): its label names it ("the 2010s"). */
  readonly named?: 'decade' | 'century' | undefined;
  /** An interval open at one end (`../1990`, `2014/..`, `2014/`): the end that has no limit. */
  readonly open?: 'start' | 'end' | undefined;
}

/** What an event's `date` (and `end`) say, in the model's terms. */
export interface DateReading extends DatedPeriod {
  readonly uncertain: boolean;
}

/** The reading of a validated EDTF text; `undefined` for text that is not EDTF. */
export function readEdtfText(text: string): DateReading | undefined {
  const value = parseEdtf(text);
  if ('error' in value) return undefined;
  if (value.kind === 'date') {
    const { date } = value;
    const span = date.precision === 'century' ? 99 : date.precision === 'decade' ? 9 : 0;
    return {
      date: calendarDateOf(date),
      ...(span > 0 && { end: yearDate(date.year + span), named: date.precision as 'decade' | 'century' }),
      approximate: date.approximate,
      uncertain: date.uncertain,
    };
  }
  const { start, end } = value;
  const known = [start, end].filter(isDate);
  // parseEdtf rejects an interval open at both ends: one of them is a date.
  const first = known[0]!;
  return {
    date: calendarDateOf(isDate(start) ? start : first),
    ...(isDate(start) && isDate(end) && { end: lastOf(end) }),
    ...(!isDate(start) && { open: 'start' as const }),
    ...(!isDate(end) && { open: 'end' as const }),
    approximate: known.some((date) => date.approximate),
    uncertain: known.some((date) => date.uncertain),
  };
}

const isDate = (end: EdtfEnd): end is EdtfDate => typeof end !== 'string';

/** The first day of an EDTF date, at the precision a calendar date has (a decade's first year). */
function calendarDateOf(date: EdtfDate): CalendarDate {
  if (date.precision === 'decade' || date.precision === 'century') return yearDate(date.year);
  const precision: DatePrecision = date.precision;
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    precision,
    iso: isoOf(date.year, date, precision),
  };
}

/** The period an interval's end names, at its own precision (a decade's last year). */
function lastOf(date: EdtfDate): CalendarDate {
  if (date.precision === 'decade') return yearDate(date.year + 9);
  if (date.precision === 'century') return yearDate(date.year + 99);
  return calendarDateOf(date);
}

function yearDate(year: number): CalendarDate {
  return { year, month: 1, day: 1, precision: 'year', iso: isoOf(year, { month: 1, day: 1 }, 'year') };
}

const pad = (value: number, length: number) => String(Math.abs(value)).padStart(length, '0');

/** ISO 8601 text at `precision`: "2014", "2014-06", "-0043-03-15". */
function isoOf(
  year: number,
  { month, day }: { month: number; day: number },
  precision: DatePrecision,
): string {
  const yearText = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
  if (precision === 'year') return yearText;
  return precision === 'month'
    ? `${yearText}-${pad(month, 2)}`
    : `${yearText}-${pad(month, 2)}-${pad(day, 2)}`;
}
