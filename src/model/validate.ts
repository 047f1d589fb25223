import { LIMITS } from './limits.js';
import type { TimelineDocumentJson, TimelineEventJson } from './types.js';
import {
  add,
  describe,
  isRecord,
  optional,
  readFields,
  warnUnknownFields,
  type Context,
  type Optionals,
} from './validate-context.js';
import { fatalDiagnostic, type Diagnostic, type DiagnosticCode } from './validate-diagnostic.js';
import { readEras } from './validate-era.js';
import { readEvent } from './validate-event.js';
import { readLanguageTag, readString, readText } from './validate-values.js';

export type { Diagnostic, DiagnosticCode } from './validate-diagnostic.js';
export { fatalDiagnostic } from './validate-diagnostic.js';

/** Why a whole document was rejected. */
export type RejectionKind = 'parse' | 'shape';

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

export type { Mutable } from './validate-context.js';

const DOCUMENT_FIELDS = new Set(['$schema', 'lang', 'title', 'description', 'events', 'eras']);

const DOCUMENT_OPTIONALS: Optionals<TimelineDocumentJson> = [
  ['lang', readLanguageTag],
  ['title', readText],
  ['description', readText],
  ['$schema', readString],
];

export function reject(
  kind: RejectionKind,
  path: string,
  code: DiagnosticCode,
  message: string,
): ValidationResult {
  return { ok: false, kind, diagnostics: [fatalDiagnostic(code, message, path)] };
}
