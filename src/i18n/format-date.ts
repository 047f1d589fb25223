import { formatDistance } from 'date-fns/formatDistance';
import { isBefore } from 'date-fns/isBefore';
import { contains, middleOf, startOf, type CalendarDate } from '../model/dates.js';
import type { LabelPart, Translation } from './translation.js';

/** A calendar date in the translation's words, at its own precision ("October 2014", "2014년 10월"). */
export function formatCalendarDate(date: CalendarDate, translation: Translation): string {
  return translation.formatDate(startOf(date), date.precision);
}

/**
 * The label of an event's date: its start, the end of a period, and the approximation wording, as parts in
 * which each date is passed through `wrap` (a renderer wraps them in `<time>`; `String` gives plain text).
 */
export function formatDateLabel<T>(
  when: { readonly date: CalendarDate; readonly end?: CalendarDate; readonly approximate: boolean },
  translation: Translation,
  wrap: (date: CalendarDate, label: string) => T,
): LabelPart<T>[] {
  const start = wrap(when.date, formatCalendarDate(when.date, translation));
  const parts =
    when.end && when.end.iso !== when.date.iso
      ? translation.range(start, wrap(when.end, formatCalendarDate(when.end, translation)))
      : [start];
  return when.approximate ? translation.approximate(parts) : parts;
}

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
  const distance = formatDistance(middle, startOf(reference), { locale: translation.dateLocale });
  return translation.relative(distance, isBefore(middle, startOf(reference)) ? 'earlier' : 'later');
}
