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

/** A diagnostic for a document that was rejected as a whole (or could not be had at all). */
export function fatalDiagnostic(code: DiagnosticCode, message: string, path = '$'): Diagnostic {
  return { severity: 'error', path, code, message: `${path}: ${message}` };
}
