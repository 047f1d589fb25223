import { canonicalLanguageTag } from './languages.js';
import { LIMITS } from './limits.js';
import { endsBeforeItStarts, readCalendarDate, type CalendarDate } from './dates.js';
import { parseEdtf } from './edtf.js';
import { readEdtfText } from './edtf-reading.js';
import type { LocalizedText } from './types.js';
import { checkUrl, FETCH_PROTOCOLS, LINK_PROTOCOLS } from './url.js';
import {
  isRecord,
  Problem,
  quote,
  warn,
  wrongType,
  type Context,
  type Place,
  type Read,
} from './validate-context.js';

export function readString(value: unknown): Read<string> {
  return typeof value === 'string' ? withinLimit(value) : wrongType('a string', value);
}

/** Every string of a document goes through here: none longer than `LIMITS.textLength` is used. */
function withinLimit(value: string): Read<string> {
  return value.length > LIMITS.textLength
    ? new Problem('text-too-long', `the text is longer than ${LIMITS.textLength} characters`)
    : value;
}

export function readBoolean(value: unknown): Read<boolean> {
  return typeof value === 'boolean' ? value : wrongType('true or false', value);
}

/** True for text with more than white space. `trim()` returns the very string when there is none to remove. */
export const hasText = (value: string) => value.trim() !== '';

export function readId(value: unknown): Read<string> {
  if (typeof value !== 'string') return wrongType('a string', value);
  if (!hasText(value)) return new Problem('empty-text', 'the id is empty');
  return withinLimit(value);
}

/**
 * A date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or EDTF (edtf.ts: `2014~`, `201X`, `2013/2014`, `2014/..`). The calendar
 * date returned is where the date starts; its `iso` is the text as written, which the model reads again.
 */
export function readDate(value: unknown): Read<CalendarDate> {
  if (typeof value === 'string' && value.includes('/'))
    return new Problem('invalid-date-format', `${quote(value)}: only an event's date may be an interval`);
  return readEventDate(value);
}

/** An event's date: a date as `readDate` reads it, or an EDTF interval (`2013/2014`, `2014/..`). */
export function readEventDate(value: unknown): Read<CalendarDate> {
  if (typeof value !== 'string') return wrongType('a date string such as "2024-10-28"', value);
  if (value.length > 40) return new Problem('invalid-date-format', `${quote(value)} is not a date`);
  const date = readCalendarDate(value);
  if (typeof date !== 'string') return date;
  if (date === 'calendar') return new Problem('invalid-date', `${quote(value)} is not a real calendar date`);
  // Not one of the plain forms: EDTF, whose errors name the part that is wrong ("month 13").
  const edtf = parseEdtf(value);
  if ('error' in edtf) {
    return edtf.error === 'not an EDTF date'
      ? new Problem(
          'invalid-date-format',
          `${quote(value)} is not a date of the form "YYYY", "YYYY-MM" or "YYYY-MM-DD", nor EDTF such as "2014~", "201X" or "2013/2014"`,
        )
      : new Problem(
          /(^|: )(month|day) /.test(edtf.error) ? 'invalid-date' : 'invalid-date-format',
          `${quote(value)}: ${edtf.error}`,
        );
  }
  return { ...readEdtfText(value)!.date, iso: value };
}

/** A date as the document writes it (after checking it is one). */
export function readDateText(value: unknown): Read<string> {
  const date = readDate(value);
  return date instanceof Problem ? date : date.iso;
}

/** An end date: not before the start of the event or era being read (`context.start`). */
export function readEnd(value: unknown, context: Context): Read<string> {
  const end = readDate(value);
  if (end instanceof Problem) return end;
  const start = context.start!;
  if (endsBeforeItStarts(start, end)) {
    return new Problem('end-before-date', `the end ${quote(end.iso)} is before the date ${quote(start.iso)}`);
  }
  return end.iso;
}

export function readLanguageTag(value: unknown): Read<string> {
  if (typeof value !== 'string') return wrongType('a language tag such as "en"', value);
  return canonicalLanguageTag(value) ?? invalidTag(value);
}

function invalidTag(value: string): Problem {
  return new Problem('invalid-language-tag', `${quote(value)} is not a BCP 47 language tag`);
}

/**
 * Reads plain text or a language map. Bad entries of a map are dropped with a warning; the text as a whole
 * fails only when nothing usable is left.
 */
export function readText(value: unknown, context: Context, parent: Place, key: string): Read<LocalizedText> {
  if (typeof value === 'string') {
    return hasText(value) ? withinLimit(value) : new Problem('empty-text', 'the text is empty');
  }
  if (!isRecord(value)) {
    return wrongType('a string or an object mapping language tags to strings', value);
  }
  const place: Place = [parent, key];
  const texts: Record<string, string> = {};
  for (const [entryKey, text] of Object.entries(value)) {
    const tag = canonicalLanguageTag(entryKey);
    const problem = !tag
      ? invalidTag(entryKey)
      : typeof text !== 'string'
        ? wrongType('a string', text)
        : hasText(text)
          ? undefined
          : new Problem('empty-text', 'the text is empty');
    if (problem) {
      warn(context, [place, entryKey], problem);
    } else {
      // defineProperty, not assignment: a tag can never reach a prototype, whatever it spells.
      Object.defineProperty(texts, tag!, {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  if (Object.keys(texts).length === 0) return new Problem('empty-text', 'no language has usable text');
  return texts;
}

export const readLinkUrl = (value: unknown) => readUrl(value, LINK_PROTOCOLS);
export const readFetchUrl = (value: unknown) => readUrl(value, FETCH_PROTOCOLS);

function readUrl(value: unknown, protocols: readonly string[]): Read<string> {
  if (typeof value !== 'string') return wrongType('a URL string', value);
  if (value.length > LIMITS.textLength) return withinLimit(value);
  const checked = checkUrl(value, protocols);
  if (checked.ok) return checked.url;
  return checked.reason === 'protocol'
    ? new Problem(
        'unsafe-url',
        `${quote(value)} uses the protocol "${checked.protocol}"; only ${protocols.join(', ')} are allowed`,
      )
    : new Problem('invalid-url', `${quote(value)} is not an absolute URL`);
}
