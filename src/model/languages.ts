/** The languages the interface is translated into, built in. */
export const SUPPORTED_LANGUAGES = ['en', 'ko', 'zh-Hant'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * A language the interface speaks: a built-in one, or one a page added with `registerTranslation`, by its
 * canonical BCP 47 tag (`"ja"`). (The intersection keeps the built-in names in editors' completions.)
 */
export type InterfaceLanguage = SupportedLanguage | (string & Record<never, never>);

const known: InterfaceLanguage[] = [...SUPPORTED_LANGUAGES];

/** Every interface language: the built-in ones, then the registered ones, as canonical tags. */
export const INTERFACE_LANGUAGES: readonly InterfaceLanguage[] = known;

/**
 * Makes `tag` (canonical) a language the interface speaks: `matchSupportedLanguage` maps its readers to it from
 * now on. Called by `registerTranslation`, which holds the strings.
 */
export function addInterfaceLanguage(tag: string): void {
  if (!known.includes(tag)) known.push(tag);
}

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
 * Maps any BCP 47 tag to the interface language that serves its reader best: `ko-KR` → `ko`, `en-GB` → `en`,
 * `zh-HK`, `zh-TW`, `zh-Hant-HK` → `zh-Hant`. Every Chinese tag maps to Traditional Chinese, the only Chinese
 * we ship, since a reader of Simplified Chinese is better served by it than by English. A registered language
 * matches its own tag first (a page's `zh-Hans` wins for `zh-Hans`), then, after the built-in ones, any tag of
 * its language (`ja-JP` → `ja`).
 */
export function matchSupportedLanguage(tag: string | null | undefined): InterfaceLanguage | undefined {
  const canonical = tag ? canonicalLanguageTag(tag) : undefined;
  if (!canonical) return undefined;
  if (known.includes(canonical)) return canonical;
  const language = new Intl.Locale(canonical).language;
  if (language === 'zh') return 'zh-Hant';
  // `ko` and `en` first (they lead the list), then a registered language.
  return known.find((other) => new Intl.Locale(other).language === language);
}

/**
 * Picks the first supported language from a list of candidates in priority order (an element's `lang`, its
 * ancestors', `<html lang>`, the browser's languages), else English.
 */
export function resolveLanguage(candidates: Iterable<string | null | undefined>): InterfaceLanguage {
  for (const candidate of candidates) {
    const match = matchSupportedLanguage(candidate);
    if (match) return match;
  }
  return FALLBACK_LANGUAGE;
}

/** The order in which event text falls back when it is missing in the reader's language. */
export function fallbackChain(language: InterfaceLanguage): readonly InterfaceLanguage[] {
  return [language, ...SUPPORTED_LANGUAGES.filter((other) => other !== language)];
}

/**
 * Reads a `display-lang` value: up to two interface languages, space-separated, in order (`"zh-Hant en"`).
 * Unsupported or repeated tags are left out.
 */
export function parseDisplayLanguages(value: string | null | undefined): InterfaceLanguage[] {
  const languages: InterfaceLanguage[] = [];
  for (const token of (value ?? '').split(/\s+/)) {
    const language = matchSupportedLanguage(token);
    if (language && !languages.includes(language)) languages.push(language);
  }
  return languages.slice(0, 2);
}

/**
 * Whether a Chinese tag is written in Traditional characters: by the script it names, else by its region (Hong
 * Kong, Macao and Taiwan write Traditional; mainland China, Singapore and a bare `zh`, Simplified). Only another
 * region asks for its likely script (`maximize`), which needs ICU's data: slow to load the first time on a page.
 */
export function isTraditionalChinese(tag: string): boolean {
  const locale = new Intl.Locale(tag);
  const { script, region } = locale;
  if (script) return script === 'Hant';
  if (region === 'HK' || region === 'MO' || region === 'TW') return true;
  if (!region || region === 'CN' || region === 'SG') return false;
  return locale.maximize().script === 'Hant';
}
