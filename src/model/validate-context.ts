import type { CalendarDate } from './dates.js';
import type { Diagnostic, DiagnosticCode } from './validate-diagnostic.js';

/** A readonly model type while it is being built. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Where a value is: a JSONPath, the index of an event in `$.events`, or its parent's place and its key. Paths are
 * spelled out only for a diagnostic, so that reading thousands of valid events builds none.
 */
export type Place = string | number | readonly [parent: Place, key: string | number];

export function pathOf(place: Place): string {
  if (typeof place === 'string') return place;
  if (typeof place === 'number') return `$.events[${place}]`;
  const [parent, key] = place;
  return `${pathOf(parent)}${typeof key === 'number' ? `[${key}]` : pathKey(key)}`;
}

/** One pass over one document: what was found so far, and what the readers need to know about where they are. */
export interface Context {
  readonly diagnostics: Diagnostic[];
  /** The id of the event being read, for its diagnostics. */
  eventId: string | undefined;
  /** The start of the event or era being read, for its end. */
  start: CalendarDate | undefined;
}

/** Why a value could not be read. Readers return the value itself when they can: valid data allocates no results. */
export class Problem {
  constructor(
    readonly code: DiagnosticCode,
    readonly message: string,
  ) {}
}

export type Read<T> = T | Problem;
export type Reader<T> = (value: unknown, context: Context, parent: Place, key: string) => Read<T>;

export function add(
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

export function warn(context: Context, place: Place, problem: Problem, consequence = 'the value is ignored') {
  add(context, 'warning', pathOf(place), problem.code, `${problem.message}; ${consequence}`);
}

/** Optional fields, in the order they are read (and reported) and written to the result. */
export type Optionals<T> = readonly (readonly [key: keyof T & string, reader: Reader<unknown>])[];

/** Copies the optional fields that read well onto `into`; absent and `null` ones are left out. */
export function readFields<T extends object>(
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
export function required<T>(
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
export function optional<T>(
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

export function warnUnknownFields(
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

export function wrongType(expected: string, value: unknown): Problem {
  return new Problem('wrong-type', `expected ${expected}, got ${describe(value)}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `.name` for identifier-like keys, `["zh-Hant"]` for the rest, so every path can be pasted into code. */
function pathKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

const QUOTE_LIMIT = 80;

/** A value as it can be shown in a message: JSON-escaped and cut short, so hostile input stays inert and brief. */
export function quote(value: unknown): string {
  if (typeof value !== 'string') return describe(value);
  const short = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value;
  return JSON.stringify(short);
}

export function describe(value: unknown): string {
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
