/**
 * The largest documents the timeline reads. Past these, it reports an error that names the limit instead of
 * freezing the page or exhausting memory.
 */
export const LIMITS = {
  /** Bytes of a fetched document (checked while the body streams in) or characters of JSON text. */
  documentSize: 10 * 1024 * 1024,
  /** Events read from one document; the rest are skipped with one error. */
  events: 100_000,
  /** Characters in one string (a title, a description, a URL, an id). */
  textLength: 10_000,
  /** Levels of nesting of arrays and objects in JSON text. */
  depth: 64,
} as const;

/** True when JSON text nests arrays and objects deeper than `limit` (brackets inside strings do not count). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return false;
}
