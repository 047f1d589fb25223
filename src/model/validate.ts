import { canonicalLanguageTag } from './languages.js';
import { LIMITS } from './limits.js';
import { endsBeforeItStarts, readCalendarDate, type CalendarDate } from './dates.js';
import {
  CONFIDENCE_LEVELS,
  type Confidence,
  type LocalizedText,
  type TimelineDocumentJson,
  type TimelineEraJson,
  type TimelineEventJson,
  type TimelineMediaJson,
  type TimelineSourceJson,
} from './types.js';
import { checkUrl, FETCH_PROTOCOLS, LINK_PROTOCOLS } from './url.js';

/** What a diagnostic is about, as a stable identifier that code and translations can key on. */
export type DiagnosticCode =
  | 'invalid-json'
  | 'not-an-object'
  | 'missing-events'
  | 'events-not-an-array'
  | 'event-not-an-object'
  | 'missing-field'
  | 'wrong-type'
  | 'empty-text'
  | 'invalid-date-format'
  | 'invalid-date'
  | 'end-before-date'
  | 'duplicate-id'
  | 'invalid-value'
  | 'invalid-language-tag'
  | 'unsafe-url'
  | 'invalid-url'
  | 'unknown-field'
  | 'document-too-large'
  | 'too-deep'
  | 'too-many-events'
  | 'text-too-long'
  | 'unsafe-src'
  | 'http-error'
  | 'network-error'
  | 'timeout';

/**
 * One problem found in a document. `error`: the document or an event could not be used and was rejected or
 * skipped. `warning`: a value was dropped and the rest still shows.
 */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** Where, as a JSONPath: `$.events[3].date`. */
  readonly path: string;
  readonly code: DiagnosticCode;
  /** A sentence a person can act on, starting with the path. */
  readonly message: string;
  /** The id of the event concerned, when it has one. */
  readonly id?: string;
}

/** Why a whole document was rejected. */
export type RejectionKind = 'parse' | 'shape';

/** A diagnostic for a document that was rejected as a whole. */
export function fatalDiagnostic(code: DiagnosticCode, message: string, path = '$'): Diagnostic {
  return { severity: 'error', path, code, message: `${path}: ${message}` };
}

export type ValidationResult =
  | {
      readonly ok: true;
      /** The usable part of the input: invalid events skipped, invalid optional values dropped. */
      readonly document: TimelineDocumentJson;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly kind: RejectionKind; readonly diagnostics: readonly Diagnostic[] };

/**
 * Checks an already-parsed value against the timeline schema. Never throws for any input: a value that is not a
 * document is rejected with a diagnostic; bad events are skipped and bad optional values dropped, each reported.
 */
export function validateTimeline(input: unknown): ValidationResult {
  if (!isRecord(input)) {
    return reject(
      'shape',
      '$',
      'not-an-object',
      `a timeline document must be a JSON object, not ${describe(input)}`,
    );
  }
  if (!Object.hasOwn(input, 'events') || input['events'] === null) {
    return reject('shape', '$.events', 'missing-events', 'the document has no "events" array');
  }
  const events = input['events'];
  if (!Array.isArray(events)) {
    return reject(
      'shape',
      '$.events',
      'events-not-an-array',
      `"events" must be an array, not ${describe(events)}`,
    );
  }
  const context: Context = { diagnostics: [], eventId: undefined, start: undefined };
  const document = readFields(input, DOCUMENT_OPTIONALS, context, '$', { events: [] });
  warnUnknownFields(input, DOCUMENT_FIELDS, context, '$');

  const seenIds = new Set<string>();
  const valid: TimelineEventJson[] = [];
  if (events.length > LIMITS.events) {
    add(
      context,
      'error',
      '$.events',
      'too-many-events',
      `${events.length} events; only the first ${LIMITS.events} are read`,
    );
  }
  const count = Math.min(events.length, LIMITS.events);
  for (let index = 0; index < count; index += 1) {
    // A hole in a sparse array (`delete events[3]`) is no event, and no mistake either.
    if (!(index in events)) continue;
    const event = readEvent(events[index], index, context, seenIds);
    if (event) valid.push(event);
  }
  context.eventId = undefined;
  document.events = valid;
  const eras = optional(input, 'eras', readEras, context, '$');
  if (eras !== undefined) document.eras = eras;
  return { ok: true, document, diagnostics: context.diagnostics };
}

/** A readonly model type while it is being built. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Where a value is: a JSONPath, the index of an event in `$.events`, or its parent's place and its key. Paths are
 * spelled out only for a diagnostic, so that reading thousands of valid events builds none.
 */
type Place = string | number | readonly [parent: Place, key: string | number];

function pathOf(place: Place): string {
  if (typeof place === 'string') return place;
  if (typeof place === 'number') return `$.events[${place}]`;
  const [parent, key] = place;
  return `${pathOf(parent)}${typeof key === 'number' ? `[${key}]` : pathKey(key)}`;
}

/** One pass over one document: what was found so far, and what the readers need to know about where they are. */
interface Context {
  readonly diagnostics: Diagnostic[];
  /** The id of the event being read, for its diagnostics. */
  eventId: string | undefined;
  /** The start of the event or era being read, for its end. */
  start: CalendarDate | undefined;
}

/** Why a value could not be read. Readers return the value itself when they can: valid data allocates no results. */
class Problem {
  constructor(
    readonly code: DiagnosticCode,
    readonly message: string,
  ) {}
}

type Read<T> = T | Problem;
type Reader<T> = (value: unknown, context: Context, parent: Place, key: string) => Read<T>;

function add(
  context: Context,
  severity: Diagnostic['severity'],
  path: string,
  code: DiagnosticCode,
  message: string,
  id = context.eventId,
) {
  const diagnostic: Mutable<Diagnostic> = { severity, path, code, message: `${path}: ${message}` };
  if (id !== undefined) diagnostic.id = id;
  context.diagnostics.push(diagnostic);
}

function warn(context: Context, place: Place, problem: Problem, consequence = 'the value is ignored') {
  add(context, 'warning', pathOf(place), problem.code, `${problem.message}; ${consequence}`);
}

const DOCUMENT_FIELDS = new Set(['$schema', 'lang', 'title', 'description', 'events', 'eras']);
const EVENT_FIELDS = new Set([
  'id',
  'date',
  'approximate',
  'end',
  'title',
  'description',
  'category',
  'tags',
  'sources',
  'media',
  'confidence',
]);
const SOURCE_FIELDS = new Set(['url', 'title', 'publisher', 'date']);
const MEDIA_FIELDS = new Set(['image', 'alt']);
const ERA_FIELDS = new Set(['title', 'date', 'end']);

function readEvent(
  raw: unknown,
  place: Place,
  context: Context,
  seenIds: Set<string>,
): TimelineEventJson | undefined {
  context.eventId = undefined;
  if (!isRecord(raw)) {
    add(
      context,
      'error',
      pathOf(place),
      'event-not-an-object',
      `an event must be an object, not ${describe(raw)}; skipped`,
    );
    return undefined;
  }
  const rawId = Object.hasOwn(raw, 'id') ? raw['id'] : undefined;
  context.eventId = typeof rawId === 'string' && hasText(rawId) ? rawId : undefined;

  const id = required(raw, 'id', readId, context, place);
  if (id instanceof Problem) return skip(context, place, 'id', id);
  if (seenIds.has(id)) {
    return skip(
      context,
      place,
      'id',
      new Problem('duplicate-id', `the id ${quote(id)} is already used by an earlier event`),
    );
  }
  const date = required(raw, 'date', readDate, context, place);
  if (date instanceof Problem) return skip(context, place, 'date', date);
  const title = required(raw, 'title', readText, context, place);
  if (title instanceof Problem) return skip(context, place, 'title', title);
  seenIds.add(id);

  context.start = date;
  const event = readFields(raw, EVENT_OPTIONALS, context, place, { id, date: date.iso, title });
  warnUnknownFields(raw, EVENT_FIELDS, context, place);
  return event;
}

function skip(context: Context, place: Place, key: string, problem: Problem): undefined {
  add(context, 'error', pathOf([place, key]), problem.code, `${problem.message}; the event is skipped`);
  return undefined;
}

/** Optional fields, in the order they are read (and reported) and written to the result. */
type Optionals<T> = readonly (readonly [key: keyof T & string, reader: Reader<unknown>])[];

/** Copies the optional fields that read well onto `into`; absent and `null` ones are left out. */
function readFields<T extends object>(
  record: Record<string, unknown>,
  fields: Optionals<T>,
  context: Context,
  place: Place,
  into: Mutable<T>,
): Mutable<T> {
  // Indexes, not for…of with destructuring: this runs for every event, mostly before the engine optimizes it.
  for (let i = 0; i < fields.length; i += 1) {
    const key = fields[i]![0];
    const value = optional(record, key, fields[i]![1], context, place);
    if (value !== undefined) (into as Record<string, unknown>)[key] = value;
  }
  return into;
}

/** Reads a required field; `null` counts as missing. */
function required<T>(
  record: Record<string, unknown>,
  key: string,
  reader: Reader<T>,
  context: Context,
  parent: Place,
): Read<T> {
  // Own fields only, checked before reading: an inherited getter is never run.
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  if (value === null || value === undefined) {
    return new Problem('missing-field', `the required field "${key}" is missing`);
  }
  return reader(value, context, parent, key);
}

/** Reads an optional field: absent or `null` gives `undefined`; a bad value is dropped with a warning. */
function optional<T>(
  record: Record<string, unknown>,
  key: string,
  reader: Reader<T>,
  context: Context,
  parent: Place,
): T | undefined {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  if (value === null || value === undefined) return undefined;
  const read = reader(value, context, parent, key);
  if (!(read instanceof Problem)) return read;
  warn(context, [parent, key], read);
  return undefined;
}

function readString(value: unknown): Read<string> {
  return typeof value === 'string' ? withinLimit(value) : wrongType('a string', value);
}

/** Every string of a document goes through here: none longer than `LIMITS.textLength` is used. */
function withinLimit(value: string): Read<string> {
  return value.length > LIMITS.textLength
    ? new Problem('text-too-long', `the text is longer than ${LIMITS.textLength} characters`)
    : value;
}

function readBoolean(value: unknown): Read<boolean> {
  return typeof value === 'boolean' ? value : wrongType('true or false', value);
}

/** True for text with more than white space. `trim()` returns the very string when there is none to remove. */
const hasText = (value: string) => value.trim() !== '';

function readId(value: unknown): Read<string> {
  if (typeof value !== 'string') return wrongType('a string', value);
  if (!hasText(value)) return new Problem('empty-text', 'the id is empty');
  return withinLimit(value);
}

function readDate(value: unknown): Read<CalendarDate> {
  if (typeof value !== 'string') return wrongType('a date string such as "2024-10-28"', value);
  if (value.length > 11) return new Problem('invalid-date-format', `${quote(value)} is not a date`);
  const date = readCalendarDate(value);
  if (typeof date !== 'string') return date;
  return date === 'format'
    ? new Problem(
        'invalid-date-format',
        `${quote(value)} is not a date of the form "YYYY", "YYYY-MM" or "YYYY-MM-DD"`,
      )
    : new Problem('invalid-date', `${quote(value)} is not a real calendar date`);
}

/** A date as the document writes it (after checking it is one). */
function readDateText(value: unknown): Read<string> {
  const date = readDate(value);
  return date instanceof Problem ? date : date.iso;
}

/** An end date: not before the start of the event or era being read (`context.start`). */
function readEnd(value: unknown, context: Context): Read<string> {
  const end = readDate(value);
  if (end instanceof Problem) return end;
  const start = context.start!;
  if (endsBeforeItStarts(start, end)) {
    return new Problem('end-before-date', `the end ${quote(end.iso)} is before the date ${quote(start.iso)}`);
  }
  return end.iso;
}

function readLanguageTag(value: unknown): Read<string> {
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
function readText(value: unknown, context: Context, parent: Place, key: string): Read<LocalizedText> {
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

function readTags(value: unknown, context: Context, parent: Place, key: string): Read<string[]> {
  if (!Array.isArray(value)) return wrongType('an array of strings', value);
  const tags: string[] = [];
  value.forEach((tag: unknown, index) => {
    if (typeof tag === 'string' && hasText(tag) && tag.length <= LIMITS.textLength) tags.push(tag);
    else warn(context, [[parent, key], index], wrongType('a non-empty string', tag));
  });
  return tags;
}

function readSources(
  value: unknown,
  context: Context,
  parent: Place,
  key: string,
): Read<TimelineSourceJson[]> {
  if (!Array.isArray(value)) return wrongType('an array of sources', value);
  const sources: TimelineSourceJson[] = [];
  value.forEach((raw: unknown, index) => {
    const place: Place = [[parent, key], index];
    if (!isRecord(raw)) return warn(context, place, wrongType('an object with a "url"', raw));
    const url = required(raw, 'url', readLinkUrl, context, place);
    if (url instanceof Problem) return warn(context, [place, 'url'], url, 'the source is ignored');
    sources.push(readFields(raw, SOURCE_OPTIONALS, context, place, { url }));
    warnUnknownFields(raw, SOURCE_FIELDS, context, place);
  });
  return sources;
}

/** Reads the eras: a bad era is dropped with a warning naming it; the others stay. */
function readEras(value: unknown, context: Context): Read<TimelineEraJson[]> {
  if (!Array.isArray(value)) return wrongType('an array of eras', value);
  const eras: TimelineEraJson[] = [];
  value.forEach((raw: unknown, index) => {
    const place: Place = ['$.eras', index];
    if (!isRecord(raw))
      return warn(context, place, wrongType('an object with "title", "date" and "end"', raw));
    const date = required(raw, 'date', readDate, context, place);
    if (!(date instanceof Problem)) context.start = date;
    const fields = {
      title: required(raw, 'title', readText, context, place),
      date,
      end: date instanceof Problem ? date : required(raw, 'end', readEnd, context, place),
    };
    for (const [field, read] of Object.entries(fields)) {
      if (read instanceof Problem) return warn(context, [place, field], read, 'the era is ignored');
    }
    warnUnknownFields(raw, ERA_FIELDS, context, place);
    eras.push({
      title: fields.title as LocalizedText,
      date: (date as CalendarDate).iso,
      end: fields.end as string,
    });
  });
  return eras;
}

function readMedia(value: unknown, context: Context, parent: Place, key: string): Read<TimelineMediaJson> {
  if (!isRecord(value)) return wrongType('an object with "image" and "alt"', value);
  const place: Place = [parent, key];
  const image = required(value, 'image', readFetchUrl, context, place);
  if (image instanceof Problem) return new Problem(image.code, `"image": ${image.message}`);
  const alt = required(value, 'alt', readText, context, place);
  if (alt instanceof Problem) return new Problem(alt.code, `"alt": ${alt.message}`);
  warnUnknownFields(value, MEDIA_FIELDS, context, place);
  return { image, alt };
}

const readLinkUrl = (value: unknown) => readUrl(value, LINK_PROTOCOLS);
const readFetchUrl = (value: unknown) => readUrl(value, FETCH_PROTOCOLS);

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

function readConfidence(value: unknown): Read<Confidence> {
  return CONFIDENCE_LEVELS.includes(value as Confidence)
    ? (value as Confidence)
    : new Problem(
        'invalid-value',
        `${quote(value)} is not one of ${CONFIDENCE_LEVELS.map((level) => `"${level}"`).join(', ')}`,
      );
}

const DOCUMENT_OPTIONALS: Optionals<TimelineDocumentJson> = [
  ['lang', readLanguageTag],
  ['title', readText],
  ['description', readText],
  ['$schema', readString],
];
const EVENT_OPTIONALS: Optionals<TimelineEventJson> = [
  ['approximate', readBoolean],
  ['end', readEnd],
  ['description', readText],
  ['category', readText],
  ['tags', readTags],
  ['sources', readSources],
  ['media', readMedia],
  ['confidence', readConfidence],
];
const SOURCE_OPTIONALS: Optionals<TimelineSourceJson> = [
  ['title', readText],
  ['publisher', readText],
  ['date', readDateText],
];

function warnUnknownFields(
  record: Record<string, unknown>,
  known: ReadonlySet<string>,
  context: Context,
  place: Place,
) {
  // for…in, not Object.keys: no array per record. Own keys only; a JSON object has no others.
  for (const key in record) {
    if (!known.has(key) && Object.hasOwn(record, key)) {
      add(
        context,
        'warning',
        pathOf([place, key]),
        'unknown-field',
        'this field is not part of the schema and is ignored',
      );
    }
  }
}

export function reject(
  kind: RejectionKind,
  path: string,
  code: DiagnosticCode,
  message: string,
): ValidationResult {
  return { ok: false, kind, diagnostics: [fatalDiagnostic(code, message, path)] };
}

function wrongType(expected: string, value: unknown): Problem {
  return new Problem('wrong-type', `expected ${expected}, got ${describe(value)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `.name` for identifier-like keys, `["zh-Hant"]` for the rest, so every path can be pasted into code. */
function pathKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

const QUOTE_LIMIT = 80;

/** A value as it can be shown in a message: JSON-escaped and cut short, so hostile input stays inert and brief. */
function quote(value: unknown): string {
  if (typeof value !== 'string') return describe(value);
  const short = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value;
  return JSON.stringify(short);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}
