/**
 * The sheet's columns: which header names we read, how a header row becomes a `Layout` (which column holds which
 * field, in which language), and the way back from a validator's path to the column it came from. Kept apart from
 * `csv.ts` because it knows only about headers, never about a row's values.
 */
import { canonicalLanguageTag } from '../model/languages.js';
import { quote } from '../model/validate-context.js';
import type { Diagnostic } from '../model/validate.js';

/** The header names we read, lower-cased: TimelineJS's template, then our own. */
const FIELDS = [
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'alt text',
  'type',
  'group',
  'background',
  'id',
  'date',
  'end',
  'category',
  'importance',
  'source',
  'source title',
] as const;
export type Field = (typeof FIELDS)[number];

/** Fields whose text is read per language (`Headline@ko`). */
const LOCALIZED = new Set<Field>([
  'headline',
  'text',
  'media caption',
  'alt text',
  'group',
  'category',
  'source title',
]);
/** TimelineJS's text fields hold HTML there; ours are plain text already. */
export const HTML_FIELDS = new Set<Field>(['headline', 'text', 'media caption', 'alt text', 'group']);
/** Fields that do not carry over, and the note that says so. */
export const NOT_CARRIED: Partial<Record<Field, string>> = {
  time: 'the time of day is dropped: dates are calendar days',
  'end time': 'the time of day is dropped: dates are calendar days',
  'display date': 'the display date is replaced by our own date label',
  background: 'backgrounds are not carried over',
  'media thumbnail': 'thumbnails are not carried over',
};
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export interface Column {
  readonly index: number;
  /** As the header writes it, for diagnostics. */
  readonly name: string;
}
interface TaggedColumn extends Column {
  readonly lang: string;
}

/** Which column holds which field. */
export interface Layout {
  readonly plain: ReadonlyMap<Field, Column>;
  readonly tagged: ReadonlyMap<Field, readonly TaggedColumn[]>;
}

/** Reads the header row: which column is which field, in which language. Unknown columns are noted. */
export function readHeader(
  header: readonly string[],
  row: string,
  note: (path: string, message: string) => void,
  diagnostics: Diagnostic[],
): Layout {
  const plain = new Map<Field, Column>();
  const tagged = new Map<Field, TaggedColumn[]>();
  header.forEach((raw, index) => {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name) return;
    const at = name.indexOf('@');
    const key = (at < 0 ? name : name.slice(0, at)).trim().toLowerCase() as Field;
    if (!FIELDS.includes(key)) return note(`${row}, ${name}`, 'this column is not read');
    if (at < 0) {
      if (plain.has(key)) return note(`${row}, ${name}`, `a second ${name} column is not read`);
      plain.set(key, { index, name });
      return;
    }
    if (!LOCALIZED.has(key))
      return note(`${row}, ${name}`, 'only text columns can have a language; this one is not read');
    const tag = name.slice(at + 1).trim();
    const lang = LANGUAGE_TAG.test(tag) ? canonicalLanguageTag(tag) : undefined;
    if (!lang) {
      const path = `${row}, ${name}`;
      diagnostics.push({
        severity: 'warning',
        path,
        code: 'invalid-language-tag',
        message: `${path}: ${quote(tag)} is not a BCP 47 language tag; the column is not read`,
      });
      return;
    }
    const columns = tagged.get(key) ?? [];
    if (columns.some((column) => column.lang === lang)) {
      return note(`${row}, ${name}`, `a second ${name} column is not read`);
    }
    tagged.set(key, [...columns, { index, name, lang }]);
  });
  return { plain, tagged };
}

/** `$.events[3].sources[0].url` → `row 6, source`: a validator's path as the cell it came from. */
export function nameCell(
  path: string,
  layout: Layout,
  eventRows: readonly number[],
  eraRows: readonly number[],
): string {
  const match = /^\$\.(events|eras)\[(\d+)\](.*)$/.exec(path);
  if (!match) return path;
  const [, list, index, rest = ''] = match;
  const sheetRow = (list === 'events' ? eventRows : eraRows)[Number(index)];
  if (sheetRow === undefined) return path;
  const row = `row ${sheetRow}`;
  const [, key, tail = ''] = /^\.(\w+)(.*)$/.exec(rest) ?? [];
  if (!key) return row;
  const plain = (field: Field) => layout.plain.get(field)?.name;
  const text = (field: Field) => {
    // `.ko` or `["zh-Hant"]` after the field: the language of a map entry.
    const entry = /^(?:\.([\w$]+)|\[("(?:[^"\\]|\\.)*")\])/.exec(tail);
    const lang = entry ? (entry[1] ?? (JSON.parse(entry[2]!) as string)) : undefined;
    const tagged = layout.tagged.get(field)?.find((column) => column.lang === lang);
    return tagged?.name ?? plain(field) ?? layout.tagged.get(field)?.[0]?.name;
  };
  const columns: Record<string, () => string | undefined> = {
    id: () => plain('id'),
    date: () => plain('date') ?? plain('year'),
    end: () => plain('end') ?? plain('end year'),
    title: () => text('headline'),
    description: () => text('text'),
    category: () => text('category') ?? text('group'),
    importance: () => plain('importance'),
    media: () => (tail.startsWith('.alt') ? (text('alt text') ?? text('media caption')) : plain('media')),
    sources: () => (/^\[\d+\]\.title/.test(tail) ? text('source title') : plain('source')),
  };
  return `${row}, ${columns[key]?.() ?? key}`;
}
