/**
 * How a Mermaid timeline period reads as a date or a range of dates: ISO 8601 years, months and days (a time of
 * day is dropped), `BC`/`BCE`/`CE`/`AD` years, ranges of those (`2013 - 2014`, `2013-2014`, `2013 to 2014`) and
 * `c.`/`ca.`/`circa`/`~` for approximate ones, with the remarks and reasons that become conversion notes. It is
 * separate from `mermaid.ts` because it deals in text and dates only, not in diagram statements or documents.
 */
import { endsBeforeItStarts, readCalendarDate } from '../model/dates.js';
import { isoYear } from './note.js';
import { parseEdtf } from '../model/edtf.js';

export interface PeriodDate {
  readonly date: string;
  readonly end?: string;
  readonly approximate: boolean;
  /** What the reader should know about how the period was read, e.g. how a BC year is written. */
  readonly remarks: readonly string[];
}

/** A period that is no date, and why when it nearly is one. */
export interface NotADate {
  readonly reason: string | undefined;
}

interface Point {
  readonly iso: string;
  readonly remark?: string;
}

const APPROXIMATE = /^(?:c\.|ca\.|circa\s|~)\s*/i;
const RANGE_SEPARATOR = /\s+(?:[-–—]|to|until)\s+|\s*[–—]\s*/i;
const COMPACT_YEARS = /^(-?\d{4})-(\d{4})$/;

/** How a period reads as a date or a range of dates; the forms are listed above and in `fromMermaid`. */
export function readPeriod(text: string): PeriodDate | NotADate {
  // No date form is this long; longer text is not scanned for one.
  if (text.length > 64) return { reason: undefined };
  // EDTF as the schema takes it ("201X", "2014?", "2014/.."): the same grammar, the period kept as written.
  if (/[X?%~/]|\.\./.test(text) && !('error' in parseEdtf(text)))
    return { date: text, approximate: false, remarks: [] };
  const approximate = APPROXIMATE.exec(text);
  const body = approximate ? text.slice(approximate[0].length) : text;
  const single = readPoint(body);
  if (single && 'reason' in single) return single;
  if (single) {
    return { date: single.iso, approximate: !!approximate, remarks: single.remark ? [single.remark] : [] };
  }
  const compact = COMPACT_YEARS.exec(body);
  const sides = compact ? [compact[1]!, compact[2]!] : body.split(RANGE_SEPARATOR);
  if (sides.length !== 2) return { reason: undefined };
  const [start, end] = sides.map((side) => readPoint(side.trim()));
  if (!start || !end) return { reason: undefined };
  if ('reason' in start) return start;
  if ('reason' in end) return end;
  const remarks = [start.remark, end.remark].filter((remark) => remark !== undefined);
  const range = { date: start.iso, approximate: !!approximate, remarks };
  if (end.iso === start.iso) return range;
  const [from, to] = [readCalendarDate(start.iso), readCalendarDate(end.iso)];
  if (typeof from !== 'string' && typeof to !== 'string' && endsBeforeItStarts(from, to)) {
    return { reason: 'it ends before it starts' };
  }
  return { ...range, end: end.iso };
}

const CALENDAR_FORM = /^-?\d{4}(?:-\d{2}){0,2}$/;
const WITH_TIME =
  /^(-?\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)$/i;
const BEFORE_COMMON_ERA = /^(\d{1,5})\s*(?:BCE|BC|B\.C\.E\.|B\.C\.)$/i;
const COMMON_ERA = /^(?:(\d{1,4})\s*(?:CE|AD|C\.E\.|A\.D\.)|(?:AD|A\.D\.)\s*(\d{1,4}))$/i;

/** One date, or why it is not one (`undefined`: it does not look like one at all). */
function readPoint(text: string): Point | NotADate | undefined {
  const withTime = WITH_TIME.exec(text);
  const iso = withTime ? withTime[1]! : text;
  if (CALENDAR_FORM.test(iso)) {
    const date = readCalendarDate(iso);
    if (date === 'calendar') return { reason: `there is no such day or month on the calendar` };
    if (date === 'format') return { reason: 'ISO 8601 writes 1 BC as "0000", never "-0000"' };
    return withTime
      ? { iso, remark: `the time of day (${withTime[2]}) is dropped (dates are calendar days)` }
      : { iso };
  }
  const bc = BEFORE_COMMON_ERA.exec(text);
  if (bc) {
    const year = Number(bc[1]);
    if (year === 0) return { reason: 'there is no year 0 BC' };
    const written = isoYear(1 - year);
    if (!written) return { reason: 'ISO 8601 dates reach back only to 10000 BC' };
    return { iso: written, remark: `${year} BC is written "${written}" (ISO 8601 counts a year 0)` };
  }
  const ce = COMMON_ERA.exec(text);
  if (ce) {
    const year = Number(ce[1] ?? ce[2]);
    return year === 0 ? { reason: 'there is no year 0 AD' } : { iso: isoYear(year)! };
  }
  const number = /^(-?)(\d{1,3}|\d{5,})$/.exec(text);
  if (!number) return undefined;
  const [, minus, digits] = number;
  if (digits!.length > 4) return { reason: 'ISO 8601 dates have years of four digits' };
  const padded = digits!.padStart(4, '0');
  const year = Number(digits);
  // "-500" is ambiguous: 500 BC to a historian, 501 BC in ISO 8601 ("-0500"). Neither is guessed.
  if (minus && year > 0) {
    return {
      reason: `ambiguous: write "${year} BC", or "-${padded}", which ISO 8601 reads as ${year + 1} BC`,
    };
  }
  if (year === 0) return { reason: 'ISO 8601 writes 1 BC as "0000"' };
  return { reason: `years are written with four digits, "${padded}", or with an era, "${year} CE"` };
}
