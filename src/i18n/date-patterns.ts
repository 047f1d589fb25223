import type { DatePrecision } from '../model/dates.js';
import type { Translation } from './translation.js';

/** The fields written at each precision; the locale's own pattern orders and joins them. */
const FIELDS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<DatePrecision, Intl.DateTimeFormatOptions>;

/**
 * `formatDate` for a translation: a calendar date (a UTC midnight) in `locale`'s words, "28 October 2014",
 * "2014년 10월 28일", "2014年10月28日", naming the era before 1 CE (or `withEra`), in the width `era` that the
 * language writes: "44 BC", "14 AD" (short), "기원전 44년", "서기 14년", "公元前44年", "公元14年" (long).
 * `Intl.DateTimeFormat` in UTC, so the day never moves with the reader's time zone; every engine formats the
 * Gregorian calendar proleptically (no Julian days before 1582: tc39/ecma402#1003), and writes the era year (44
 * for -0043).
 * It costs the bundle nothing, where date-fns `lightFormat` and locale names cost 600 B. The formats are made
 * once per precision and era, on first use.
 */
export function dateFormatter(
  locale: string,
  era: 'short' | 'long',
): (date: Date, precision: DatePrecision, withEra?: boolean) => string {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (date, precision, withEra) => {
    const named = withEra || date.getUTCFullYear() <= 0;
    const key = precision + named;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, {
        ...FIELDS[precision],
        timeZone: 'UTC',
        ...(named && { era }),
      });
      formats.set(key, format);
    }
    return format.format(date);
  };
}

/**
 * `formatDate` for a built-in language, written without `Intl`. On a fresh page the first `Intl.DateTimeFormat` of
 * any kind costs 30–80 ms while ICU loads its data (headless Chromium on a 2-core machine), and the first render
 * would wait for it: a timeline in the built-in languages now makes none. `write` gets the precision, the era year
 * (44 for -0043), the era to name (`bc`, `ad`, or `''` for none) and the month and day; it writes what
 * `Intl.DateTimeFormat` writes for the language (test/i18n/format-date.test.ts compares them over many dates).
 */
export function calendarFormatter(
  write: (
    precision: DatePrecision,
    year: number,
    era: '' | 'bc' | 'ad',
    month: number,
    day: number,
  ) => string,
): Translation['formatDate'] {
  return (date, precision, withEra) => {
    const year = date.getUTCFullYear();
    const era = year <= 0 ? 'bc' : withEra ? 'ad' : '';
    return write(precision, year <= 0 ? 1 - year : year, era, date.getUTCMonth() + 1, date.getUTCDate());
  };
}
