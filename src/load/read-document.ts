/**
 * What the timeline shows of a document: validated, then normalised into a model. The validator and the model are
 * most of the work a document needs and a third of the code that handles it, so the one-file build keeps them in
 * a chunk of their own, loaded beside the data (the default dataset, a `src`, authored children); a page whose
 * first timeline is given `data` waits for it once, and every later document is read at once.
 */
import { normalizeTimeline, type TimelineModel } from '../model/normalize.js';
import { validateTimeline, type Diagnostic } from '../model/validate.js';
import { fromValidation, type TimelineFailure, type TimelineLoadResult } from './load-result.js';

export type ReadResult =
  | { readonly ok: true; readonly model: TimelineModel; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly failure: TimelineFailure };

/** A value (parsed JSON, or what a loader made of a file) as the timeline shows it. */
export function readDocument(input: unknown): ReadResult {
  return readLoaded(fromValidation(validateTimeline(input)));
}

/** A loader's validated document as a model; a failure stays as it is. */
export function readLoaded(result: TimelineLoadResult): ReadResult {
  return result.ok
    ? { ok: true, model: normalizeTimeline(result.document), diagnostics: result.diagnostics }
    : result;
}
