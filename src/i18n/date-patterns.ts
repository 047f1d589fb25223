import type { Locale } from 'date-fns';
import { lightFormat } from 'date-fns/lightFormat';
import type { DatePrecision } from '../model/dates.js';

/**
 * `lightFormat` patterns for languages that write dates with numbers and unit characters. The day patterns are
 * date-fns' own long dates for `ko` ("y년 M월 d일") and `zh-HK` ("y'年'M'月'd'日'"); month and year drop the finer
 * fields. `lightFormat` writes the era year (500 for 500 BCE), so the era word is added separately.
 */
const PATTERNS = {
  ko: { year: "y'년'", month: "y'년' M'월'", day: "y'년' M'월' d'일'" },
  zhHant: { year: "y'年'", month: "y'年'M'月'", day: "y'年'M'月'd'日'" },
} as const satisfies Record<string, Record<DatePrecision, string>>;

/** True for a date before 1 CE (astronomical year 0 or less). */
export function isBeforeCommonEra(date: Date): boolean {
  return date.getFullYear() <= 0;
}

/**
 * A date written with numbers and unit characters, preceded by the locale's word for BCE when needed
 * ("기원전 500년", "公元前500年").
 */
export function formatNumericDate(
  date: Date,
  precision: DatePrecision,
  language: keyof typeof PATTERNS,
  locale: Locale,
  separator: string,
): string {
  const text = lightFormat(date, PATTERNS[language][precision]);
  return isBeforeCommonEra(date) ? `${locale.localize.era(0, { width: 'wide' })}${separator}${text}` : text;
}
