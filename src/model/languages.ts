/** The languages the interface is translated into. */
export const SUPPORTED_LANGUAGES = ['en', 'ko', 'zh-Hant'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** The language used when nothing better matches. */
export const FALLBACK_LANGUAGE: SupportedLanguage = 'en';

/**
 * Canonicalizes a BCP 47 tag (`"ZH-hk"` → `"zh-HK"`), or returns `undefined` when it is not a well-formed tag
 * (including hostile keys such as `"__proto__"`).
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * Maps any BCP 47 tag to the supported language that serves its reader best: `ko-KR` → `ko`, `en-GB` → `en`,
 * `zh-HK`, `zh-TW`, `zh-Hant-HK` → `zh-Hant`. Every Chinese tag maps to Traditional Chinese, the only Chinese
 * we ship, since a reader of Simplified Chinese is better served by it than by English.
 */
export function matchSupportedLanguage(tag: string | null | undefined): SupportedLanguage | undefined {
  const canonical = tag ? canonicalLanguageTag(tag) : undefined;
  if (!canonical) return undefined;
  const language = new Intl.Locale(canonical).language;
  if (language === 'ko') return 'ko';
  if (language === 'en') return 'en';
  if (language === 'zh') return 'zh-Hant';
  return undefined;
}

/**
 * Picks the first supported language from a list of candidates in priority order (an element's `lang`, its
 * ancestors', `<html lang>`, the browser's languages), else English.
 */
export function resolveLanguage(candidates: Iterable<string | null | undefined>): SupportedLanguage {
  for (const candidate of candidates) {
    const match = matchSupportedLanguage(candidate);
    if (match) return match;
  }
  return FALLBACK_LANGUAGE;
}

/** The order in which event text falls back when it is missing in the reader's language. */
export function fallbackChain(language: SupportedLanguage): readonly SupportedLanguage[] {
  return [language, ...SUPPORTED_LANGUAGES.filter((other) => other !== language)];
}

/**
 * Reads a `display-lang` value: up to two supported languages, space-separated, in order (`"zh-Hant en"`).
 * Unsupported or repeated tags are left out.
 */
export function parseDisplayLanguages(value: string | null | undefined): SupportedLanguage[] {
  const languages: SupportedLanguage[] = [];
  for (const token of (value ?? '').split(/\s+/)) {
    const language = matchSupportedLanguage(token);
    if (language && !languages.includes(language)) languages.push(language);
  }
  return languages.slice(0, 2);
}
