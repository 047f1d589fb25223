import type { DatePrecision } from '../model/dates.js';

/** `lightFormat` patterns for the languages that write dates with numbers and unit characters. */
export const utcDatePatterns: Readonly<Record<'ko' | 'zhHant', Readonly<Record<DatePrecision, string>>>> = {
  ko: { year: "y'년'", month: "y'년' M'월'", day: "y'년' M'월' d'일'" },
  zhHant: { year: "y'年'", month: "y'年'M'月'", day: "y'年'M'月'd'日'" },
};
