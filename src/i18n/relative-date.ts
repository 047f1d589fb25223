import type { Locale } from 'date-fns';
import { formatDistance } from 'date-fns/formatDistance';
import { isBefore } from 'date-fns/isBefore';
import { enGB } from 'date-fns/locale/en-GB';
import { ko } from 'date-fns/locale/ko';
import { zhHK } from 'date-fns/locale/zh-HK';
import { contains, middleOf, startOf, type CalendarDate } from '../model/dates.js';
import type { SupportedLanguage } from '../model/languages.js';
import type { Translation } from './translation.js';

/**
 * The date-fns locales whose `formatDistance` words "about 10 years". The same locales as the translations'
 * `dateLocale` (a test keeps them in step), imported here on their own because the standalone bundle loads this
 * module only for timelines with `relative-to` and keeps the distance words out of its entry.
 */
export const DISTANCE_LOCALES: Readonly<Record<SupportedLanguage, Locale>> = {
  en: enGB,
  ko,
  'zh-Hant': zhHK,
};

/**
 * How far an event lies from a reference date, in the translation's words: "about 10 years earlier",
 * "약 10년 전", "大約 10 年前". Measured from the middle of the event's period, so "2014" is not read as 1 January.
 */
export function formatRelativeDate(
  date: CalendarDate,
  reference: CalendarDate,
  translation: Translation,
): string {
  if (contains(date, reference)) return translation.relative('', 'same');
  const middle = middleOf(date);
  const locale = DISTANCE_LOCALES[translation.lang as SupportedLanguage] ?? enGB;
  const distance = formatDistance(middle, startOf(reference), { locale });
  return translation.relative(distance, isBefore(middle, startOf(reference)) ? 'earlier' : 'later');
}
