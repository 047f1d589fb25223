import { canonicalLanguageTag } from './languages.js';
import { LIMITS, nestsDeeperThan } from './limits.js';
import { endsBeforeItStarts, parseCalendarDate, type CalendarDate } from './dates.js';
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

/** Parses JSON text strictly, then validates it. Never throws. */
export function parseTimelineJson(text: string): ValidationResult {
  if (text.length > LIMITS.documentSize) {
    return reject(
      'parse',
      '$',
      'document-too-large',
      `the document is larger than ${LIMITS.documentSize} characters`,
    );
  }
  if (nestsDeeperThan(text, LIMITS.depth)) {
    return reject('parse', '$', 'too-deep', `the document nests more than ${LIMITS.depth} levels deep`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return reject('parse', '$', 'invalid-json', `the document is not valid JSON (${reason})`);
  }
  return validateTimeline(input);
}

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
  const report = new Report();
  const documentLang = optional(input, 'lang', '$.lang', report, readLanguageTag);
  const context = { report, documentLang };
  const document: Mutable<TimelineDocumentJson> = { events: [] };
  if (documentLang !== undefined) document.lang = documentLang;
  const title = optional(input, 'title', '$.title', report, (v, p) => readText(v, p, context));
  if (title !== undefined) document.title = title;
  const description = optional(input, 'description', '$.description', report, (v, p) =>
    readText(v, p, context),
  );
  if (description !== undefined) document.description = description;
  const schema = optional(input, '$schema', '$.$schema', report, readString);
  if (schema !== undefined) document.$schema = schema;
  warnUnknownFields(input, DOCUMENT_FIELDS, '$', report);

  const seenIds = new Set<string>();
  const valid: TimelineEventJson[] = [];
  if (events.length > LIMITS.events) {
    report.add(
      'error',
      '$.events',
      'too-many-events',
      `${events.length} events; only the first ${LIMITS.events} are read`,
    );
  }
  events.slice(0, LIMITS.events).forEach((raw: unknown, index) => {
    const event = readEvent(raw, `$.events[${index}]`, context, seenIds);
    if (event) valid.push(event);
  });
  document.events = valid;
  const eras = optional(input, 'eras', '$.eras', report, (v, p) => readEras(v, p, context));
  if (eras !== undefined) document.eras = eras;
  return { ok: true, document, diagnostics: report.diagnostics };
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Context {
  readonly report: Report;
  readonly documentLang: string | undefined;
  eventId?: string;
}

/** A value read from the input, or a reason it could not be. */
type Read<T> = { ok: true; value: T } | { ok: false; code: DiagnosticCode; message: string };
type Reader<T> = (value: unknown, path: string) => Read<T>;

class Report {
  readonly diagnostics: Diagnostic[] = [];
  add(severity: Diagnostic['severity'], path: string, code: DiagnosticCode, message: string, id?: string) {
    const diagnostic: Mutable<Diagnostic> = { severity, path, code, message: `${path}: ${message}` };
    if (id !== undefined) diagnostic.id = id;
    this.diagnostics.push(diagnostic);
  }
}

function readEvent(
  raw: unknown,
  path: string,
  outer: Context,
  seenIds: Set<string>,
): TimelineEventJson | undefined {
  const { report } = outer;
  if (!isRecord(raw)) {
    report.add(
      'error',
      path,
      'event-not-an-object',
      `an event must be an object, not ${describe(raw)}; skipped`,
    );
    return undefined;
  }
  const rawId = raw['id'];
  const id = typeof rawId === 'string' && rawId.trim() !== '' ? rawId : undefined;
  const context: Context = { ...outer, ...(id !== undefined && { eventId: id }) };
  const skip = (fieldPath: string, code: DiagnosticCode, message: string) => {
    report.add('error', fieldPath, code, `${message}; the event is skipped`, id);
    return undefined;
  };

  const idRead = required(raw, 'id', `${path}.id`, readId);
  if (!idRead.ok) return skip(`${path}.id`, idRead.code, idRead.message);
  if (seenIds.has(idRead.value)) {
    return skip(
      `${path}.id`,
      'duplicate-id',
      `the id ${quote(idRead.value)} is already used by an earlier event`,
    );
  }
  const dateRead = required(raw, 'date', `${path}.date`, readDate);
  if (!dateRead.ok) return skip(`${path}.date`, dateRead.code, dateRead.message);
  const titleRead = required(raw, 'title', `${path}.title`, (v, p) => readText(v, p, context));
  if (!titleRead.ok) return skip(`${path}.title`, titleRead.code, titleRead.message);
  seenIds.add(idRead.value);

  const event: Mutable<TimelineEventJson> = {
    id: idRead.value,
    date: dateRead.value.iso,
    title: titleRead.value,
  };
  const approximate = optional(raw, 'approximate', `${path}.approximate`, report, readBoolean, id);
  if (approximate !== undefined) event.approximate = approximate;
  const end = optional(raw, 'end', `${path}.end`, report, (v, p) => readEnd(v, p, dateRead.value), id);
  if (end !== undefined) event.end = end;
  const description = optional(raw, 'description', `${path}.description`, report, textReader(context), id);
  if (description !== undefined) event.description = description;
  const category = optional(raw, 'category', `${path}.category`, report, textReader(context), id);
  if (category !== undefined) event.category = category;
  const tags = optional(raw, 'tags', `${path}.tags`, report, (v, p) => readTags(v, p, context), id);
  if (tags !== undefined) event.tags = tags;
  const sources = optional(
    raw,
    'sources',
    `${path}.sources`,
    report,
    (v, p) => readSources(v, p, context),
    id,
  );
  if (sources !== undefined) event.sources = sources;
  const media = optional(raw, 'media', `${path}.media`, report, (v, p) => readMedia(v, p, context), id);
  if (media !== undefined) event.media = media;
  const confidence = optional(raw, 'confidence', `${path}.confidence`, report, readConfidence, id);
  if (confidence !== undefined) event.confidence = confidence;
  warnUnknownFields(raw, EVENT_FIELDS, path, report, id);
  return event;
}

/** Reads a required field; `null` counts as missing. */
function required<T>(record: Record<string, unknown>, key: string, path: string, reader: Reader<T>): Read<T> {
  const value = record[key];
  if (!Object.hasOwn(record, key) || value === null || value === undefined) {
    return { ok: false, code: 'missing-field', message: `the required field "${key}" is missing` };
  }
  return reader(value, path);
}

/** Reads an optional field: absent or `null` gives `undefined`; a bad value is dropped with a warning. */
function optional<T>(
  record: Record<string, unknown>,
  key: string,
  path: string,
  report: Report,
  reader: Reader<T>,
  id?: string,
): T | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  if (value === null || value === undefined) return undefined;
  const read = reader(value, path);
  if (read.ok) return read.value;
  report.add('warning', path, read.code, `${read.message}; the value is ignored`, id);
  return undefined;
}

function readString(value: unknown): Read<string> {
  return typeof value === 'string' ? withinLimit(value) : wrongType('a string', value);
}

/** Every string of a document goes through here: none longer than `LIMITS.textLength` is used. */
function withinLimit(value: string): Read<string> {
  return value.length > LIMITS.textLength
    ? { ok: false, code: 'text-too-long', message: `the text is longer than ${LIMITS.textLength} characters` }
    : ok(value);
}

function readBoolean(value: unknown): Read<boolean> {
  return typeof value === 'boolean' ? ok(value) : wrongType('true or false', value);
}

function readId(value: unknown): Read<string> {
  if (typeof value !== 'string') return wrongType('a string', value);
  if (value.trim() === '') return { ok: false, code: 'empty-text', message: 'the id is empty' };
  return withinLimit(value);
}

function readDate(value: unknown): Read<CalendarDate> {
  if (typeof value !== 'string') return wrongType('a date string such as "2024-10-28"', value);
  if (value.length > 11)
    return { ok: false, code: 'invalid-date-format', message: `${quote(value)} is not a date` };
  const parsed = parseCalendarDate(value);
  if (parsed.ok) return ok(parsed.date);
  return parsed.reason === 'format'
    ? {
        ok: false,
        code: 'invalid-date-format',
        message: `${quote(value)} is not a date of the form "YYYY", "YYYY-MM" or "YYYY-MM-DD"`,
      }
    : { ok: false, code: 'invalid-date', message: `${quote(value)} is not a real calendar date` };
}

function readEnd(value: unknown, path: string, start: CalendarDate): Read<string> {
  const read = readDate(value);
  if (!read.ok) return read;
  if (endsBeforeItStarts(start, read.value)) {
    return {
      ok: false,
      code: 'end-before-date',
      message: `the end ${quote(read.value.iso)} is before the date ${quote(start.iso)}`,
    };
  }
  return ok(read.value.iso);
}

function readLanguageTag(value: unknown): Read<string> {
  if (typeof value !== 'string') return wrongType('a language tag such as "en"', value);
  const tag = canonicalLanguageTag(value);
  return tag ? ok(tag) : invalidTag(value);
}

function invalidTag(value: string): Read<never> {
  return { ok: false, code: 'invalid-language-tag', message: `${quote(value)} is not a BCP 47 language tag` };
}

const textReader =
  (context: Context): Reader<LocalizedText> =>
  (value, path) =>
    readText(value, path, context);

/**
 * Reads plain text or a language map. Bad entries of a map are dropped with a warning; the text as a whole
 * fails only when nothing usable is left.
 */
function readText(value: unknown, path: string, context: Context): Read<LocalizedText> {
  if (typeof value === 'string') {
    return value.trim() === ''
      ? { ok: false, code: 'empty-text', message: 'the text is empty' }
      : withinLimit(value);
  }
  if (!isRecord(value)) {
    return wrongType('a string or an object mapping language tags to strings', value);
  }
  const texts: Record<string, string> = {};
  for (const [key, text] of Object.entries(value)) {
    const entryPath = `${path}${pathKey(key)}`;
    const tag = canonicalLanguageTag(key);
    if (!tag) {
      warn(context, entryPath, invalidTag(key));
    } else if (typeof text !== 'string') {
      warn(context, entryPath, wrongType('a string', text));
    } else if (text.trim() === '') {
      warn(context, entryPath, { ok: false, code: 'empty-text', message: 'the text is empty' });
    } else {
      // defineProperty, not assignment: a tag can never reach a prototype, whatever it spells.
      Object.defineProperty(texts, tag, {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  if (Object.keys(texts).length === 0) {
    return { ok: false, code: 'empty-text', message: 'no language has usable text' };
  }
  return ok(texts);
}

function readTags(value: unknown, path: string, context: Context): Read<string[]> {
  if (!Array.isArray(value)) return wrongType('an array of strings', value);
  const tags: string[] = [];
  value.forEach((tag: unknown, index) => {
    if (typeof tag === 'string' && tag.trim() !== '' && tag.length <= LIMITS.textLength) tags.push(tag);
    else warn(context, `${path}[${index}]`, wrongType('a non-empty string', tag));
  });
  return ok(tags);
}

function readSources(value: unknown, path: string, context: Context): Read<TimelineSourceJson[]> {
  if (!Array.isArray(value)) return wrongType('an array of sources', value);
  const sources: TimelineSourceJson[] = [];
  value.forEach((raw: unknown, index) => {
    const itemPath = `${path}[${index}]`;
    if (!isRecord(raw)) {
      warn(context, itemPath, wrongType('an object with a "url"', raw));
      return;
    }
    const url = required(raw, 'url', `${itemPath}.url`, (v) => readUrl(v, LINK_PROTOCOLS));
    if (!url.ok) {
      warn(context, `${itemPath}.url`, url, 'the source is ignored');
      return;
    }
    const { report, eventId } = context;
    const source: Mutable<TimelineSourceJson> = { url: url.value };
    const title = optional(raw, 'title', `${itemPath}.title`, report, textReader(context), eventId);
    if (title !== undefined) source.title = title;
    const publisher = optional(
      raw,
      'publisher',
      `${itemPath}.publisher`,
      report,
      textReader(context),
      eventId,
    );
    if (publisher !== undefined) source.publisher = publisher;
    const date = optional(raw, 'date', `${itemPath}.date`, report, readDate, eventId);
    if (date !== undefined) source.date = date.iso;
    warnUnknownFields(raw, SOURCE_FIELDS, itemPath, report, eventId);
    sources.push(source);
  });
  return ok(sources);
}

/** Reads the eras: a bad era is dropped with a warning naming it; the others stay. */
function readEras(value: unknown, path: string, context: Context): Read<TimelineEraJson[]> {
  if (!Array.isArray(value)) return wrongType('an array of eras', value);
  const eras: TimelineEraJson[] = [];
  value.forEach((raw: unknown, index) => {
    const itemPath = `${path}[${index}]`;
    if (!isRecord(raw))
      return warn(context, itemPath, wrongType('an object with "title", "date" and "end"', raw));
    const date = required(raw, 'date', `${itemPath}.date`, readDate);
    const fields = {
      title: required(raw, 'title', `${itemPath}.title`, (v, p) => readText(v, p, context)),
      date,
      end: date.ok ? required(raw, 'end', `${itemPath}.end`, (v, p) => readEnd(v, p, date.value)) : date,
    };
    for (const [key, read] of Object.entries(fields)) {
      if (!read.ok) return warn(context, `${itemPath}.${key}`, read, 'the era is ignored');
    }
    warnUnknownFields(raw, ERA_FIELDS, itemPath, context.report);
    const { title, end } = fields;
    if (title.ok && date.ok && end.ok)
      eras.push({ title: title.value, date: date.value.iso, end: end.value });
  });
  return ok(eras);
}

function readMedia(value: unknown, path: string, context: Context): Read<TimelineMediaJson> {
  if (!isRecord(value)) return wrongType('an object with "image" and "alt"', value);
  const image = required(value, 'image', `${path}.image`, (v) => readUrl(v, FETCH_PROTOCOLS));
  if (!image.ok) return { ...image, message: `"image": ${image.message}` };
  const alt = required(value, 'alt', `${path}.alt`, (v, p) => readText(v, p, context));
  if (!alt.ok) return { ...alt, message: `"alt": ${alt.message}` };
  warnUnknownFields(value, MEDIA_FIELDS, path, context.report, context.eventId);
  return ok({ image: image.value, alt: alt.value });
}

function readUrl(value: unknown, protocols: readonly string[]): Read<string> {
  if (typeof value !== 'string') return wrongType('a URL string', value);
  if (value.length > LIMITS.textLength) return withinLimit(value);
  const checked = checkUrl(value, protocols);
  if (checked.ok) return ok(checked.url);
  return checked.reason === 'protocol'
    ? {
        ok: false,
        code: 'unsafe-url',
        message: `${quote(value)} uses the protocol "${checked.protocol}"; only ${protocols.join(', ')} are allowed`,
      }
    : { ok: false, code: 'invalid-url', message: `${quote(value)} is not an absolute URL` };
}

function readConfidence(value: unknown): Read<Confidence> {
  return CONFIDENCE_LEVELS.includes(value as Confidence)
    ? ok(value as Confidence)
    : {
        ok: false,
        code: 'invalid-value',
        message: `${quote(value)} is not one of ${CONFIDENCE_LEVELS.map((level) => `"${level}"`).join(', ')}`,
      };
}

function warnUnknownFields(
  record: Record<string, unknown>,
  known: ReadonlySet<string>,
  path: string,
  report: Report,
  id?: string,
) {
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      report.add(
        'warning',
        `${path}${pathKey(key)}`,
        'unknown-field',
        'this field is not part of the schema and is ignored',
        id,
      );
    }
  }
}

function warn(context: Context, path: string, read: Read<never>, consequence = 'the value is ignored') {
  if (!read.ok)
    context.report.add('warning', path, read.code, `${read.message}; ${consequence}`, context.eventId);
}

function reject(kind: RejectionKind, path: string, code: DiagnosticCode, message: string): ValidationResult {
  return { ok: false, kind, diagnostics: [fatalDiagnostic(code, message, path)] };
}

function ok<T>(value: T): Read<T> {
  return { ok: true, value };
}

function wrongType(expected: string, value: unknown): Read<never> {
  return { ok: false, code: 'wrong-type', message: `expected ${expected}, got ${describe(value)}` };
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
