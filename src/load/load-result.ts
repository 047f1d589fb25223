import type { TimelineDocumentJson } from '../model/types.js';
import type { Diagnostic, ValidationResult } from '../model/validate.js';

// What a load ends with, apart from fetching itself: the element needs these for every document, but fetch-timeline.ts
// only when it has a `src`, so that module can load on demand.

/** Why a timeline could not be shown at all. */
export type FailureKind = 'parse' | 'shape' | 'http' | 'network';

export interface TimelineFailure {
  readonly kind: FailureKind;
  /** The first diagnostic's message: what went wrong, and where. */
  readonly message: string;
  /** The HTTP status, for `kind: "http"`. */
  readonly status?: number;
  readonly diagnostics: readonly Diagnostic[];
}

export type TimelineLoadResult =
  | {
      readonly ok: true;
      readonly document: TimelineDocumentJson;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly failure: TimelineFailure };

/** How long a `src` request may take, headers and body together, before it counts as failed. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** A validation result as a load result: a rejected document becomes a `parse` or `shape` failure. */
export function fromValidation(result: ValidationResult): TimelineLoadResult {
  return result.ok ? result : failure(result.kind, result.diagnostics);
}

/** A failed load, described by its diagnostics; the message is the first one's. */
export function failure(
  kind: FailureKind,
  diagnostics: readonly Diagnostic[],
  status?: number,
): { ok: false; failure: TimelineFailure } {
  const message = diagnostics[0]?.message ?? `the timeline could not be loaded (${kind})`;
  return { ok: false, failure: { kind, message, diagnostics, ...(status !== undefined && { status }) } };
}
