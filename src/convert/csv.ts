/**
 * CSV import, the public side: `fromCsv`, `parseTimelineCsv` and their option and result types, the reading of the
 * text into records (d3-dsv) and the walk over the rows that turns them into events, eras and diagnostics. The
 * header layout lives in `csv-columns.ts` and the per-cell readers in `csv-cells.ts`.
 *
 * A module of its own: the one-file build loads it only for a `src` that answers CSV.
 */
import { dsvFormat } from 'd3-dsv';
import { canonicalLanguageTag } from '../model/languages.js';
import { LIMITS } from '../model/limits.js';
import type {
  LocalizedText,
  TimelineDocumentJson,
  TimelineEraJson,
  TimelineEventJson,
} from '../model/types.js';
import { quote, type Mutable } from '../model/validate-context.js';
import {
  fatalDiagnostic,
  reject,
  validateTimeline,
  type Diagnostic,
  type DiagnosticCode,
  type ValidationResult,
} from '../model/validate.js';
import { type CellProblem, sheetDate, sheetMedia, sheetSource, slug } from './csv-cells.js';
import { HTML_FIELDS, NOT_CARRIED, nameCell, readHeader, type Column, type Field } from './csv-columns.js';
import type { ConversionNote, ConversionResult } from './note.js';
import { toPlainText } from './plain-text.js';

export interface CsvOptions {
  /**
   * The language of the columns without an `@tag` (`Headline`, `Text`…), as a BCP 47 tag; it becomes the
   * document's `lang`. Without it the document has no `lang`, and where a text also has per-language columns
   * (`Headline@ko`) the unlabelled one is taken to be English, as TimelineJS's template is.
   */
  readonly lang?: string;
}

/** A spreadsheet converted to a timeline document, to be validated like any other. */
export interface CsvConversionResult extends ConversionResult {
  /**
   * What is wrong with the sheet, in row order: skipped rows (`error`) and ignored cells (`warning`). Paths and
   * messages name the spreadsheet row (the header is row 1) and the column: `row 7, End Year: "abc" is not a year`.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** True when the text is no timeline spreadsheet at all; the document is then empty and the diagnostic says why. */
  readonly rejected: boolean;
}

/**
 * Converts a spreadsheet in CSV, laid out as TimelineJS's template (Year, Month, Day, … Headline, Text, Media, …,
 * Type, Group, Background) or with our own columns (`id`, `date`, `end`, `category`, `importance`, `source`,
 * `source title`), into a timeline document. Headers are matched case-insensitively; a text column may be repeated
 * per language as `Headline@ko`, `Text@zh-Hant`. HTML in TimelineJS's columns becomes plain text. A row whose
 * dates cannot be read is skipped with a diagnostic naming its row and column; the other rows still make events.
 * `notes` list what did not carry over (times of day, display dates, backgrounds, non-image media). Never throws.
 */
export function fromCsv(text: string, options: CsvOptions = {}): CsvConversionResult {
  return convert(text, options).result;
}

/**
 * Reads CSV text as `fromCsv` does, then validates the document: the sheet's own diagnostics come first, then the
 * validator's, with `$.events[3].sources[0].url` named as the cell it came from (`row 5, source`). Rejects text
 * that is not a timeline spreadsheet (`kind: "parse"`). Never throws.
 */
export function parseTimelineCsv(text: string, options: CsvOptions = {}): ValidationResult {
  if (text.length > LIMITS.documentSize) {
    return reject(
      'parse',
      '$',
      'document-too-large',
      `the spreadsheet is larger than ${LIMITS.documentSize} characters`,
    );
  }
  const { result, cellOf } = convert(text, options);
  if (result.rejected) return { ok: false, kind: 'parse', diagnostics: result.diagnostics };
  const validated = validateTimeline(result.document);
  const named = validated.diagnostics.map((diagnostic) => {
    const path = cellOf(diagnostic.path);
    if (path === diagnostic.path) return diagnostic;
    const message = diagnostic.message.startsWith(diagnostic.path)
      ? path + diagnostic.message.slice(diagnostic.path.length)
      : diagnostic.message;
    return { ...diagnostic, path, message };
  });
  const diagnostics = [...result.diagnostics, ...named];
  return validated.ok
    ? { ok: true, document: validated.document, diagnostics }
    : { ok: false, kind: validated.kind, diagnostics };
}

function convert(
  text: string,
  options: CsvOptions,
): { result: CsvConversionResult; cellOf: (path: string) => string } {
  const notes: ConversionNote[] = [];
  const diagnostics: Diagnostic[] = [];
  const note = (path: string, message: string) => notes.push({ path, message });
  const rejected = (message: string, where = '$') => ({
    result: {
      document: { events: [] },
      notes,
      diagnostics: [fatalDiagnostic('missing-field', message, where)],
      rejected: true,
    },
    cellOf: (path: string) => path,
  });

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return rejected('the spreadsheet is empty: it has no header row');
  if (/^\s*</.test(body)) {
    return rejected(
      'this is an HTML page, not CSV (a spreadsheet that is not published to the web as CSV answers with a page)',
    );
  }
  const { records, unclosed } = readRecords(body, guessDelimiter(body));
  const headerIndex = records.findIndex((record) => !isBlank(record));
  const header = records[headerIndex] ?? [];
  const headerRow = `row ${headerIndex + 1}`;
  const layout = readHeader(header, headerRow, note, diagnostics);
  const missing = [
    layout.plain.has('year') || layout.plain.has('date') ? '' : 'Year or date column',
    layout.plain.has('headline') || layout.tagged.has('headline') ? '' : 'Headline column',
  ].filter(Boolean);
  if (missing.length > 0) {
    return rejected(
      `not a timeline spreadsheet: its header has no ${missing.join(' and no ')} (TimelineJS's template has Year and Headline)`,
      headerRow,
    );
  }

  const lang = options.lang === undefined ? undefined : canonicalLanguageTag(options.lang);
  if (options.lang !== undefined && !lang) {
    note('$', `the lang option ${quote(options.lang)} is not a BCP 47 language tag; it is ignored`);
  }
  // A language map needs a tag for every text, the unlabelled column's too.
  const plainLang = lang ?? 'en';
  if (!lang && layout.tagged.size > 0) {
    note(headerRow, 'the columns without an @language are read as English; pass a lang to say otherwise');
  }

  const document: Mutable<TimelineDocumentJson> = { events: [] };
  if (lang) document.lang = lang;
  const events: TimelineEventJson[] = [];
  const eras: TimelineEraJson[] = [];
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  const name = (field: Field, fallback: string) =>
    layout.plain.get(field)?.name ?? layout.tagged.get(field)?.[0]?.name ?? fallback;
  const dateColumn = name('date', name('year', 'Year'));

  // Generated ids must not take one that a later row gives itself.
  const ids = new Set<string>();
  const idColumn = layout.plain.get('id');
  for (const record of idColumn ? records.slice(headerIndex + 1) : []) {
    const id = (record[idColumn!.index] ?? '').trim();
    if (id) ids.add(id);
  }
  let titled = false;

  for (let index = headerIndex + 1; index < records.length; index += 1) {
    const record = records[index]!;
    if (isBlank(record)) continue;
    const row = `row ${index + 1}`;
    const at = (column: string) => `${row}, ${column}`;
    const cell = (field: Field) => {
      const column = layout.plain.get(field);
      return column ? (record[column.index] ?? '').trim() : '';
    };
    const rowId = cell('id') || undefined;
    const skip = (problem: CellProblem | { column?: undefined; code: DiagnosticCode; message: string }) => {
      const path = problem.column === undefined ? row : at(problem.column);
      const diagnostic: Mutable<Diagnostic> = {
        severity: 'error',
        path,
        code: problem.code,
        message: `${path}: ${problem.message}; the row is skipped`,
      };
      if (rowId) diagnostic.id = rowId;
      diagnostics.push(diagnostic);
    };
    if (unclosed === index) {
      skip({
        code: 'invalid-value',
        message: 'a quoted cell is never closed, so the rest of the file is in it',
      });
      continue;
    }
    const textOf = (field: Field): LocalizedText | undefined => {
      const read = (column: Column) => {
        const raw = (record[column.index] ?? '').trim();
        if (!raw || !HTML_FIELDS.has(field)) return raw;
        const plain = toPlainText(raw);
        if (plain.hadMarkup)
          note(at(column.name), 'HTML became plain text (links, emphasis and line breaks are gone)');
        return plain.text;
      };
      const plainColumn = layout.plain.get(field);
      const plain = plainColumn ? read(plainColumn) : '';
      const tagged = layout.tagged.get(field);
      if (!tagged) return plain || undefined;
      const texts: Record<string, string> = {};
      if (plain) texts[plainLang] = plain;
      for (const column of tagged) {
        const value = read(column);
        if (value) texts[column.lang] = value;
      }
      return Object.keys(texts).length > 0 ? texts : undefined;
    };
    for (const [field, message] of Object.entries(NOT_CARRIED) as [Field, string][]) {
      if (cell(field)) note(at(name(field, field)), message);
    }

    const type = cell('type').toLowerCase();
    if (type === 'title') {
      if (titled) {
        note(row, 'only the first title row is read; this one is not');
        continue;
      }
      titled = true;
      const title = textOf('headline');
      const description = textOf('text');
      if (title) document.title = title;
      if (description) document.description = description;
      if (cell('media')) note(at(name('media', 'Media')), 'the title row’s media is not carried over');
      continue;
    }

    const start = sheetDate(cell, layout, 'start');
    if (start && 'message' in start) {
      skip(start);
      continue;
    }
    const end = sheetDate(cell, layout, 'end');
    if (end && 'message' in end) {
      skip(end);
      continue;
    }
    for (const found of [start, end]) {
      if (found?.bce) note(at(found.column), found.bce);
    }
    const title = textOf('headline');
    if (!start && !title) {
      skip({ code: 'missing-field', message: 'it has neither a date nor a headline' });
      continue;
    }
    if (!start) {
      skip({ column: dateColumn, code: 'missing-field', message: 'it has no date' });
      continue;
    }
    if (!title) {
      skip({ column: name('headline', 'Headline'), code: 'missing-field', message: 'it has no headline' });
      continue;
    }

    if (type === 'era') {
      if (!end) {
        skip({
          column: name('end', name('end year', 'End Year')),
          code: 'missing-field',
          message: 'an era needs an end date',
        });
        continue;
      }
      for (const field of ['text', 'media', 'group', 'category'] as const) {
        if (cell(field) || layout.tagged.get(field)?.some((column) => record[column.index]?.trim())) {
          note(at(name(field, field)), 'an era has only a headline and dates; this is not carried over');
        }
      }
      eras.push({ title, date: start.iso, end: end.iso });
      eraRows.push(index + 1);
      continue;
    }

    let id = rowId;
    if (!id) {
      const base = slug(start.iso, title);
      id = base;
      for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
      ids.add(id);
    }
    const event: Mutable<TimelineEventJson> = { id, date: start.iso, title };
    if (end && end.iso !== start.iso) event.end = end.iso;
    const description = textOf('text');
    if (description) event.description = description;
    const category = textOf('category') ?? textOf('group');
    if (category) event.category = category;
    if (layout.plain.has('category') && cell('category') && cell('group')) {
      note(at(name('group', 'Group')), 'the category column is used instead');
    }
    const importance = cell('importance');
    // A number when it is one; anything else goes on for the validator to report.
    if (importance)
      (event as Record<string, unknown>)['importance'] = /^\d+$/.test(importance)
        ? Number(importance)
        : importance;
    const media = sheetMedia(cell, textOf, title, (column, message) =>
      note(at(name(column, column)), message),
    );
    if (media && 'media' in media) event.media = media.media;
    if (media && 'link' in media) event.links = [media.link];
    const source = sheetSource(cell, textOf);
    if (source) event.sources = [source];
    else if (textOf('source title')) {
      const path = at(name('source title', 'source title'));
      diagnostics.push({
        severity: 'warning',
        path,
        code: 'missing-field',
        message: `${path}: a source title needs a source URL beside it; it is ignored`,
        ...(rowId && { id: rowId }),
      });
    }
    events.push(event);
    eventRows.push(index + 1);
  }

  document.events = events;
  if (eras.length > 0) document.eras = eras;
  const cellOf = (path: string) => nameCell(path, layout, eventRows, eraRows);
  return { result: { document, notes, diagnostics, rejected: false }, cellOf };
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** Comma, unless the header row has none and semicolons or tabs instead (spreadsheets in some locales). */
function guessDelimiter(text: string): string {
  const line = text.slice(0, text.search(/\r|\n|$/));
  const count = (delimiter: string) => line.split(delimiter).length - 1;
  if (count(',') > 0) return ',';
  if (count('\t') > 0) return '\t';
  return count(';') > 0 ? ';' : ',';
}

/**
 * Splits CSV text into records of cells with d3-dsv (RFC 4180: quoted cells may hold the delimiter, line breaks and
 * `""`; CRLF, LF or CR line ends), which is small, ESM and well kept. A blank line stays a record, so that record
 * numbers are spreadsheet rows. `unclosed`: the record whose quote never closes, which d3-dsv lets run to the end
 * of the text: an odd number of quotes means the last record is that one.
 */
function readRecords(text: string, delimiter: string): { records: string[][]; unclosed?: number } {
  const records = dsvFormat(delimiter).parseRows(text);
  const quotes = text.split('"').length - 1;
  return quotes % 2 === 1 ? { records, unclosed: records.length - 1 } : { records };
}
