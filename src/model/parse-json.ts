import { LIMITS, nestsDeeperThan } from './limits.js';
import { reject, validateTimeline, type ValidationResult } from './validate.js';

// Apart from validate.ts: only timelines read from text (a `src`, a JSON script child, the CLI) need it, and the
// one-file build loads it with the fetching code, on demand.

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
