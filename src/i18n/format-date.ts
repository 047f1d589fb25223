import { startOf, type CalendarDate } from '../model/dates.js';
import type { DatedPeriod } from '../model/edtf-reading.js';
import type { LabelPart, Translation } from './translation.js';

/** A calendar date in the translation's words, at its own precision ("October 2014", "2014년 10월"). */
export function formatCalendarDate(date: CalendarDate, translation: Translation): string {
  return translation.formatDate(startOf(date), date.precision);
}

/**
 * The label of an event's date: its start, the end of a period, and the approximation wording, as parts in
 * which each date is passed through `wrap` (a renderer wraps them in `<time>`; `String` gives plain text).
 *
 * A period says once what its dates share, as each language writes it: "9–23 August 622", "622년 8월 9일~23일",
 * "622年8月9日至23日". What is shared stays with the date it is written beside, so each date keeps its own part:
 * the start's is "9", the end's "23 August 622".
 */
export function formatDateLabel<T>(
  when: DatedPeriod,
  translation: Translation,
  wrap: (date: CalendarDate, label: string) => T,
): LabelPart<T>[] {
  const parts = periodLabel(when, translation, wrap);
  const sure = when.uncertain ? translation.uncertain(parts) : parts;
  return when.approximate ? translation.approximate(sure) : sure;
}

function periodLabel<T>(
  when: DatedPeriod,
  translation: Translation,
  wrap: (date: CalendarDate, label: string) => T,
): LabelPart<T>[] {
  const { date, end } = when;
  // A decade or century written as one date is named ("the 2010s"); an open period says which end it lacks.
  if (when.named === 'decade') return [wrap(date, translation.decade(date.year))];
  if (when.named === 'century') return [wrap(date, translation.century(Math.floor(date.year / 100) + 1))];
  if (when.open) return translation.openPeriod(wrap(date, formatCalendarDate(date, translation)), when.open);
  let start = formatCalendarDate(date, translation);
  let parts: LabelPart<T>[] = [wrap(date, start)];
  if (end && end.iso !== date.iso) {
    // A period from BCE into CE names both eras: "44 BC – 14 AD", "기원전 44년~서기 14년".
    let last = translation.formatDate(startOf(end), end.precision, date.year < 1);
    // Dates at different precisions share nothing: "2013 – June 2014".
    const same = date.precision === end.precision;
    if (same && date.precision === 'year') {
      // Years of one era share the era and the unit: "2013–2014", "44–43 BC", "기원전 44~43년", "2013至2014年".
      if (date.year < 1 === end.year < 1) {
        start = start.replace(/\D+$/, '');
        last = last.replace(/^\D+/, '');
      }
    } else if (same && date.year === end.year) {
      // Dates of one year say it once (with the era and, if the same, the month), where the language writes the
      // year: after the start where the day comes first ("1 August – 3 September 2024"), before the end where the
      // year does ("2024년 8월 1일~9월 3일"). Dates of different years are written in full: "March 44 BC –
      // April 43 BC", so no reader takes "43" for a year of the common era.
      const a = start.split(FIELD);
      const b = last.split(FIELD);
      let i = 0;
      if (translation.yearFirst) {
        while (a[i] === b[i]) i++;
        last = b.slice(i).join('');
      } else {
        while (a.at(~i) === b.at(~i)) i++;
        start = a.slice(0, -i).join('').trim();
      }
    }
    parts = translation.range(wrap(date, start), wrap(end, last), same && /^\d+$/.test(start));
  }
  return parts;
}

/**
 * Splits a written date into its fields, each with what follows it: after a space, or after the unit of 年, 月
 * and 日 ("2024年", "8月", "1日"). Two dates of the same precision differ in at least one field, so the loops that
 * skip the shared fields stop.
 */
const FIELD = /(?<=[ 年月日])/;
