/**
 * The subset of EDTF (Library of Congress Extended Date/Time Format, ISO 8601-2) that a timeline needs:
 * `YYYY`, `YYYY-MM` and `YYYY-MM-DD` (as in dates.ts, with a leading `-` before 1 BCE), a qualifier for the
 * whole date (`2014~`, `2014-06?`, `2014-06-01%`), unspecified digits from the right (`201X`, `19XX`,
 * `2004-XX`, `1985-04-XX`, `1985-XX-XX`) and intervals of those, with open (`..`) or unknown (empty) ends.
 * Not seasons (`2014-21`), times of day, qualifiers on part of a date (`2014?-06`) or other level 2 forms.
 *
 * Why not the `edtf` package: it parses all of EDTF with nearley (a runtime dependency), about 60 kB
 * minified (13 kB gzipped), and its errors are the grammar's ("Syntax error at line 1 col 7"). Validating
 * thousands of events in the browser bundle needs a subset, two regular expressions per date, and messages
 * that say what is wrong ("month 13"). `edtf` stays the test oracle (test/node/edtf-oracle.test.js): on the
 * subset, both accept the same strings and give the same spans, except where that test says why not.
 */
import { readCalendarDate, utcMilliseconds } from './dates.js';

/** How much of the calendar a date names: 19XX a century, 201X a decade, 2014 a year, and so on. */
export type EdtfPrecision = 'century' | 'decade' | 'year' | 'month' | 'day';

/** One EDTF date: a period of the calendar, at the precision it was written with, and how sure it is. */
export interface EdtfDate {
  /** ISO 8601 (astronomical) year of the period's first day: 0 is 1 BCE; `-004X` (years -49 to -40): -49. */
  readonly year: number;
  /** 1–12; 1 when the precision does not reach the month. */
  readonly month: number;
  /** 1–31; 1 when the precision does not reach the day. */
  readonly day: number;
  readonly precision: EdtfPrecision;
  /** Written with `~` (approximate) or `%` (approximate and uncertain). */
  readonly approximate: boolean;
  /** Written with `?` (uncertain) or `%`. */
  readonly uncertain: boolean;
  /** This date's own text, e.g. `"2014~"`, also when it is one end of an interval. */
  readonly text: string;
}

/** An interval's end: a date, `..` (`'open'`: no limit) or nothing (`'unknown'`: a limit nobody knows). */
export type EdtfEnd = EdtfDate | 'open' | 'unknown';

/** A parsed EDTF value: one date, or an interval `start/end`. */
export type EdtfValue =
  | { readonly kind: 'date'; readonly date: EdtfDate }
  | { readonly kind: 'interval'; readonly start: EdtfEnd; readonly end: EdtfEnd };

/** Why a text is not EDTF, naming the part that is wrong (`"month 13"`), to follow `path: "value": `. */
export interface EdtfError {
  readonly error: string;
}

/**
 * Parses an EDTF date or interval, strictly: no surrounding spaces, no lowercase `x`, no time of day, and
 * only days on the (proleptic Gregorian) calendar. Never throws: tell the outcome by `'error' in result`.
 */
export function parseEdtf(text: string): EdtfValue | EdtfError {
  const slash = text.indexOf('/');
  if (slash < 0) {
    const date = readDate(text);
    return typeof date === 'string' ? { error: date } : { kind: 'date', date };
  }
  if (text.includes('/', slash + 1)) return { error: 'an interval has one "/" between its start and end' };
  const start = readEnd(text.slice(0, slash));
  if (typeof start === 'object' && 'error' in start) return { error: `start: ${start.error}` };
  const end = readEnd(text.slice(slash + 1));
  if (typeof end === 'object' && 'error' in end) return { error: `end: ${end.error}` };
  if (typeof start !== 'object' && typeof end !== 'object')
    return { error: 'an interval cannot be open at both ends' };
  // As endsBeforeItStarts in dates.ts: impossible only when the end's period is over before the start's
  // begins, so "2014-06/2014" (June to some time in 2014) is allowed.
  if (typeof start === 'object' && typeof end === 'object' && edtfSpan(end).end <= edtfSpan(start).start)
    return { error: `an interval's end "${end.text}" is before its start "${start.text}"` };
  return { kind: 'interval', start, end };
}

/**
 * First and last instant (UTC ms) a date covers: start of first day, start of the day after its last day.
 * `201X` covers 2010-01-01 up to 2020-01-01; `19XX` 1900 up to 2000.
 */
export function edtfSpan(date: EdtfDate): { start: number; end: number } {
  const [years, months, days] = PERIOD[date.precision];
  return {
    start: utcMilliseconds(date.year, date.month, date.day),
    // utcMilliseconds rolls over: month 13 is January, day 32 the 1st of the next month.
    end: utcMilliseconds(date.year + years, date.month + months, date.day + days),
  };
}

/** The length of each precision's period, in [years, months, days]. */
const PERIOD: Record<EdtfPrecision, readonly [number, number, number]> = {
  century: [100, 0, 0],
  decade: [10, 0, 0],
  year: [1, 0, 0],
  month: [0, 1, 0],
  day: [0, 0, 1],
};

// Sign, year (X only as its last one or two digits), month, day (X checked in readDate), qualifier.
const EDTF_DATE = /^(-?)(\d\d(?:\d\d|\dX|XX))(?:-([\dX]{2})(?:-([\dX]{2}))?)?([~?%]?)$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function readEnd(text: string): EdtfEnd | EdtfError {
  if (text === '') return 'unknown';
  if (text === '..') return 'open';
  const date = readDate(text);
  return typeof date === 'string' ? { error: date } : date;
}

/** One date, or the error message: a string, not an object, so no wrapper per date (as readCalendarDate). */
function readDate(text: string): EdtfDate | string {
  const match = EDTF_DATE.exec(text);
  if (!match) return whyNotADate(text);
  const [, sign = '', yearDigits = '', monthText, dayText, qualifier] = match;
  const unspecifiedYearDigits = yearDigits.endsWith('XX') ? 2 : yearDigits.endsWith('X') ? 1 : 0;
  const monthUnspecified = monthText === 'XX';
  const dayUnspecified = dayText === 'XX';
  if (unspecifiedYearDigits && monthText !== undefined)
    return 'a decade or century (201X, 19XX) takes no month or day';
  // X stands for a whole month or day, and only from the right: 1985-XX-XX, never 1985-XX-05 or 1985-04-1X.
  const dayAfterUnspecifiedMonth = monthUnspecified && dayText !== undefined && !dayUnspecified;
  if (isPartlyUnspecified(monthText) || isPartlyUnspecified(dayText) || dayAfterUnspecifiedMonth)
    return 'unspecified digits (X) only as a whole month or day, as in 2004-XX or 1985-04-XX';
  if ((unspecifiedYearDigits || monthUnspecified || dayUnspecified) && qualifier)
    return 'a date with unspecified digits (X) takes no ~, ? or %';

  // Without its unspecified parts, the rest is a calendar date for dates.ts to check, so the plain forms stay
  // valid exactly when they were. An unspecified year is its period's first: 201X → 2010, -004X → -0049.
  let calendarText = sign + yearDigits.replaceAll('X', sign ? '9' : '0');
  if (monthText !== undefined && !monthUnspecified) calendarText += `-${monthText}`;
  if (dayText !== undefined && !dayUnspecified) calendarText += `-${dayText}`;
  const calendarDate = readCalendarDate(calendarText);
  // The pattern leaves readCalendarDate one format to refuse: "-0000".
  if (calendarDate === 'format') return 'write year 0 (1 BCE) as 0000, without a "-"';
  if (calendarDate === 'calendar') {
    const month = Number(monthText);
    if (month >= 21 && month <= 24 && dayText === undefined) return 'seasons (21–24) are not supported';
    if (month < 1 || month > 12) return `month ${month}`;
    return `day ${Number(dayText)} is not in ${MONTH_NAMES[month - 1]} ${sign}${yearDigits}`;
  }
  const { year, month, day } = calendarDate;
  // calendarDate is at year precision for 2004-XX and 1985-XX-XX, at month precision for 1985-04-XX.
  const precision =
    unspecifiedYearDigits === 2 ? 'century' : unspecifiedYearDigits ? 'decade' : calendarDate.precision;
  const approximate = qualifier === '~' || qualifier === '%';
  const uncertain = qualifier === '?' || qualifier === '%';
  return { year, month, day, precision, approximate, uncertain, text };
}

function isPartlyUnspecified(part: string | undefined): boolean {
  return part !== undefined && part !== 'XX' && part.includes('X');
}

/** The message for a text that is no date: the most specific thing wrong with it, else "not an EDTF date". */
function whyNotADate(text: string): string {
  if (text.trim() !== text) return 'spaces before or after the date';
  if (text.includes('T')) return 'times of day are not supported';
  if (text.includes('x')) return 'unspecified digits are a capital X';
  const year = /^-?([\dX]{4})(?![\dX])/.exec(text);
  if (year?.[1]?.includes('X')) {
    // The year is named when it is part of the text: the caller quotes the whole text already.
    const part = year[0] === text ? '' : `"${year[0]}": `;
    return /^\d*X+$/.test(year[1])
      ? `${part}at most two unspecified digits (X), as in 201X or 19XX`
      : `${part}unspecified digits (X) only at the end of the year, as in 201X or 19XX`;
  }
  return 'not an EDTF date';
}
