import { LIMITS } from '../model/limits.js';
import { checkUrl, FETCH_PROTOCOLS } from '../model/url.js';
import { parseTimelineJson } from '../model/parse-json.js';
import { fatalDiagnostic } from '../model/validate-diagnostic.js';
import { DEFAULT_TIMEOUT_MS, failure, fromValidation, type TimelineLoadResult } from './load-result.js';

export {
  DEFAULT_TIMEOUT_MS,
  failure,
  fromValidation,
  type FailureKind,
  type TimelineFailure,
  type TimelineLoadResult,
} from './load-result.js';

/**
 * A timeline read from JSON text (a response body, a JSON script child): parsed strictly, then validated. Here and
 * not beside the light-DOM reader's other code, so the one-file build carries JSON parsing in this on-demand file
 * only (the light-DOM reader loads it from here).
 */
export function timelineFromText(text: string): TimelineLoadResult {
  return fromValidation(parseTimelineJson(text));
}

/**
 * A timeline read from a spreadsheet's CSV text (a TimelineJS template, a published Google Sheet), then validated:
 * the rows' diagnostics first, then the validator's. The reader is a chunk of its own, loaded only for CSV.
 */
export async function timelineFromCsv(text: string): Promise<TimelineLoadResult> {
  const { parseTimelineCsv } = await import('../convert/csv.js');
  return fromValidation(parseTimelineCsv(text));
}

export interface LoadOptions {
  /** Aborting it cancels the request; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** The most bytes of body read before giving up; `LIMITS.documentSize` by default. */
  readonly maxBytes?: number;
}

/**
 * Fetches a timeline document and validates it. Resolves with a failure (never rejects) for anything wrong with
 * the URL, the network, the response or the data; rejects only when the caller aborts. The body is read as CSV
 * when the response says so (`text/csv`) or, unless it says JSON, when the address does (a `.csv` path, Google
 * Sheets' `output=csv`); otherwise it is parsed as JSON whatever its content type says, and nothing of a non-JSON
 * body (an HTML error page) is used.
 */
export async function fetchTimeline(src: string, options: LoadOptions = {}): Promise<TimelineLoadResult> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = LIMITS.documentSize } = options;
  const checked = checkUrl(src, FETCH_PROTOCOLS, true);
  if (!checked.ok) {
    const why =
      checked.reason === 'protocol'
        ? `its protocol "${checked.protocol}" is not http or https`
        : 'it is not a URL';
    return failure('network', [
      fatalDiagnostic('unsafe-src', `the src ${JSON.stringify(src)} was not requested: ${why}`),
    ]);
  }
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(checked.url, { signal: combined, credentials: 'same-origin' });
    if (!response.ok) {
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return failure(
        'http',
        [fatalDiagnostic('http-error', `the server answered ${status} for ${response.url || checked.url}`)],
        response.status,
      );
    }
    const text = await readCapped(response, maxBytes);
    if (text === undefined) {
      return failure('parse', [
        fatalDiagnostic(
          'document-too-large',
          `${checked.url} is larger than ${maxBytes} bytes; it was not read`,
        ),
      ]);
    }
    return isCsv(response, checked.url) ? await timelineFromCsv(text) : timelineFromText(text);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) {
      return failure('network', [
        fatalDiagnostic('timeout', `no complete answer from ${checked.url} within ${timeoutMs / 1000} s`),
      ]);
    }
    const reason = error instanceof Error ? error.message : String(error);
    return failure('network', [
      fatalDiagnostic(
        'network-error',
        `${checked.url} could not be fetched (${reason}): the address may be wrong, the server down or offline, or it may not allow cross-origin requests (CORS)`,
      ),
    ]);
  }
}

const CSV_TYPES = ['text/csv', 'application/csv', 'text/comma-separated-values'];

/**
 * Whether a response is a spreadsheet: its content type says so, or it says nothing of JSON and the address (as
 * requested, or after redirects) has a `.csv` path or Google Sheets' `output=csv` query. A server that answers
 * JSON is believed, whatever the address.
 */
function isCsv(response: Response, requested: string): boolean {
  const type = (response.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (CSV_TYPES.includes(type)) return true;
  if (type === 'application/json' || type.endsWith('+json')) return false;
  return [requested, response.url].some((address) => {
    // Only the path and query matter, so any base resolves a relative `src`.
    if (!address || !URL.canParse(address, 'https://relative.invalid/')) return false;
    const url = new URL(address, 'https://relative.invalid/');
    return url.pathname.toLowerCase().endsWith('.csv') || url.searchParams.get('output') === 'csv';
  });
}

/**
 * Reads a response body as UTF-8 text, counting bytes as they stream in: `undefined`, and the download cancelled,
 * as soon as it passes `maxBytes` (a declared Content-Length over it is refused before reading).
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes || !response.body) {
    await response.body?.cancel();
    return response.body ? undefined : '';
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}
