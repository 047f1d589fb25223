/** Protocols a source link may use. */
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;
/** Protocols an image or a data `src` may use. */
export const FETCH_PROTOCOLS = ['http:', 'https:'] as const;

export type SafeUrlResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: 'invalid' | 'protocol'; readonly protocol?: string };

// Only used to tell relative URLs from unparseable ones; never fetched.
const RELATIVE_BASE = 'https://relative.invalid/';

/**
 * Allows a URL by its protocol after the WHATWG URL parser has read it, so that spellings a regular expression
 * misses (`java\tscript:`, leading control characters, upper case) are judged as the browser would read them.
 * Absolute URLs come back normalized. Relative ones are allowed only with `allowRelative` (a `src` resolves against
 * the page and keeps its protocol); in data they would resolve against whichever page shows it, so they are refused.
 */
export function checkUrl(
  raw: string,
  allowedProtocols: readonly string[],
  allowRelative = false,
): SafeUrlResult {
  let absolute: URL | undefined;
  try {
    absolute = new URL(raw);
  } catch {
    absolute = undefined;
  }
  if (absolute) {
    return allowedProtocols.includes(absolute.protocol)
      ? { ok: true, url: absolute.href }
      : { ok: false, reason: 'protocol', protocol: absolute.protocol };
  }
  if (!allowRelative || raw.trim() === '' || !URL.canParse(raw, RELATIVE_BASE))
    return { ok: false, reason: 'invalid' };
  return { ok: true, url: raw };
}
