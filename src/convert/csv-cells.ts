/**
 * One row's cells read into parts of an event: its start and end dates (ISO or TimelineJS's Year, Month, Day), its
 * image, its source and a generated id. Kept apart from `csv.ts`, which walks the rows and collects diagnostics,
 * because these readers only look at cells and say what they found or what is wrong with them.
 */
import { readCalendarDate } from '../model/dates.js';
import { parseEdtf } from '../model/edtf.js';
import type { LocalizedText, TimelineSourceJson } from '../model/types.js';
import { quote } from '../model/validate-context.js';
import type { DiagnosticCode } from '../model/validate.js';
import type { Field, Layout } from './csv-columns.js';
import { mediaFrom } from './media.js';
import { isoYear } from './note.js';

/** Why a row is skipped or a cell ignored: the column concerned, and what is wrong. */
export interface CellProblem {
  readonly column: string;
  readonly code: DiagnosticCode;
  readonly message: string;
}

interface SheetDate {
  readonly iso: string;
  /** The column the year came from, and a note when TimelineJS's BCE year became an ISO one. */
  readonly column: string;
  readonly bce?: string;
}

/**
 * The start or end of a row: our `date`/`end` column when it is filled (ISO: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`),
 * else TimelineJS's Year, Month and Day (or End Year…). `undefined` when every cell is empty.
 */
export function sheetDate(
  cell: (field: Field) => string,
  layout: Layout,
  which: 'start' | 'end',
): SheetDate | CellProblem | undefined {
  const column = (field: Field, fallback: string) => layout.plain.get(field)?.name ?? fallback;
  const [isoField, yearField, monthField, dayField] =
    which === 'start'
      ? (['date', 'year', 'month', 'day'] as const)
      : (['end', 'end year', 'end month', 'end day'] as const);
  const prefix = which === 'start' ? '' : 'End ';
  const iso = cell(isoField);
  if (iso) {
    const name = column(isoField, isoField);
    const date = readCalendarDate(iso);
    if (typeof date !== 'string') return { iso: date.iso, column: name };
    if (date === 'calendar')
      return { column: name, code: 'invalid-date', message: `${quote(iso)} is not a real calendar date` };
    // Our own columns take EDTF too ("2014~", "201X", "2013/2014"), as the schema's dates do.
    const edtf = parseEdtf(iso);
    if (!('error' in edtf)) return { iso, column: name };
    return edtf.error === 'not an EDTF date'
      ? {
          column: name,
          code: 'invalid-date-format',
          message: `${quote(iso)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD, nor EDTF such as 2014~ or 201X`,
        }
      : { column: name, code: 'invalid-date-format', message: `${quote(iso)}: ${edtf.error}` };
  }
  const [year, month, day] = [cell(yearField), cell(monthField), cell(dayField)];
  const yearColumn = column(yearField, `${prefix}Year`);
  const monthColumn = column(monthField, `${prefix}Month`);
  const dayColumn = column(dayField, `${prefix}Day`);
  if (!year) {
    if (month)
      return { column: monthColumn, code: 'invalid-date', message: `a month (${quote(month)}) needs a year` };
    if (day)
      return { column: dayColumn, code: 'invalid-date', message: `a day (${quote(day)}) needs a year` };
    return undefined;
  }
  // Sheets may write a year formatted as a number with a thousands separator: "2,014".
  const yearNumber = /^[+-]?(\d+|\d{1,3}(,\d{3})+)$/.test(year) ? Number(year.replace(/,/g, '')) : NaN;
  if (!Number.isInteger(yearNumber)) {
    return { column: yearColumn, code: 'invalid-date-format', message: `${quote(year)} is not a year` };
  }
  // TimelineJS counts no year 0: its -500 is 500 BCE, which ISO 8601 writes -0499.
  const written = isoYear(yearNumber < 0 ? yearNumber + 1 : yearNumber);
  if (written === undefined) {
    return {
      column: yearColumn,
      code: 'invalid-date',
      message: `the year ${quote(year)} is beyond ±9999 and cannot be written as an ISO 8601 date`,
    };
  }
  const bce =
    yearNumber < 0
      ? `the year ${yearNumber} (${-yearNumber} BCE) is written "${written}" in ISO 8601`
      : undefined;
  const found = (iso: string): SheetDate => ({ iso, column: yearColumn, ...(bce && { bce }) });
  if (!month) {
    if (day)
      return { column: dayColumn, code: 'invalid-date', message: `a day (${quote(day)}) needs a month` };
    return found(written);
  }
  const monthNumber = /^\d{1,2}$/.test(month) ? Number(month) : NaN;
  if (!(monthNumber >= 1 && monthNumber <= 12)) {
    const code = Number.isNaN(monthNumber) ? 'invalid-date-format' : 'invalid-date';
    return { column: monthColumn, code, message: `${quote(month)} is not a month (1 to 12)` };
  }
  const yearMonth = `${written}-${String(monthNumber).padStart(2, '0')}`;
  if (!day) return found(yearMonth);
  const dayNumber = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const full = `${yearMonth}-${String(dayNumber).padStart(2, '0')}`;
  if (Number.isNaN(dayNumber) || typeof readCalendarDate(full) === 'string') {
    const code = Number.isNaN(dayNumber) ? 'invalid-date-format' : 'invalid-date';
    return { column: dayColumn, code, message: `${quote(day)} is not a day of ${yearMonth}` };
  }
  return found(full);
}

/** An image from Media, described by Alt Text (else the caption, else the headline); other media are noted. */
export function sheetMedia(
  cell: (field: Field) => string,
  textOf: (field: Field) => LocalizedText | undefined,
  title: LocalizedText,
  note: (field: Field, message: string) => void,
): ReturnType<typeof mediaFrom> {
  const url = cell('media');
  const caption = textOf('media caption');
  if (!url) {
    if (caption) note('media caption', 'a caption without media is not carried over');
    return undefined;
  }
  const texts = { alt: textOf('alt text'), caption, credit: textOf('media credit') };
  return mediaFrom(url, texts, title, (message) => note('media', message));
}

export function sheetSource(
  cell: (field: Field) => string,
  textOf: (field: Field) => LocalizedText | undefined,
): TimelineSourceJson | undefined {
  const url = cell('source');
  if (!url) return undefined;
  const title = textOf('source title');
  return title ? { url, title } : { url };
}

/**
 * A readable id that stays when rows move: the date and the headline's first words, e.g.
 * `2014-10-sensetime-is-founded`.
 */
export function slug(date: string, title: LocalizedText): string {
  const text = typeof title === 'string' ? title : (Object.values(title)[0] ?? '');
  // Accents off Latin letters (é → e); NFC again so that Hangul stays syllables.
  const words =
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  let id = date;
  for (const word of words) {
    if (id.length + word.length > 60) break;
    id += `-${word}`;
  }
  return id;
}
