import type { Locale } from 'date-fns';
import { formatDistance } from 'date-fns/formatDistance';
import { isBefore } from 'date-fns/isBefore';
import { enGB } from 'date-fns/locale/en-GB';
import { ko } from 'date-fns/locale/ko';
import { zhHK } from 'date-fns/locale/zh-HK';
import { contains, DAY_MS, middleOf, startOf, type CalendarDate } from '../model/dates.js';
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
 * A registered language with no date-fns `distanceLocale` gets its distance from `Intl` ("10 年").
 */
export function formatRelativeDate(
  date: CalendarDate,
  reference: CalendarDate,
  translation: Translation,
): string {
  if (contains(date, reference)) return translation.relative('', 'same');
  const middle = middleOf(date);
  const locale = translation.distanceLocale ?? DISTANCE_LOCALES[translation.lang as SupportedLanguage];
  const distance = locale
    ? formatDistance(middle, startOf(reference), { locale })
    : intlDistance(Math.abs(middle.getTime() - startOf(reference).getTime()), translation.lang);
  return translation.relative(distance, isBefore(middle, startOf(reference)) ? 'earlier' : 'later');
}

/**
 * A distance in `lang`'s own words, from `Intl.NumberFormat`'s units: whole years from a year on, else months, else
 * days ("10 years", "3 か月"). Rounded as date-fns rounds, without its "about": `Intl` has no such words.
 */
function intlDistance(milliseconds: number, lang: string): string {
  const days = milliseconds / DAY_MS;
  const [value, unit] =
    days >= 365
      ? [Math.round(days / 365.25), 'year']
      : days >= 30
        ? [Math.round(days / 30.44), 'month']
        : [Math.max(1, Math.round(days)), 'day'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
