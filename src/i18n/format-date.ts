import { startOf, type CalendarDate } from '../model/dates.js';
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
