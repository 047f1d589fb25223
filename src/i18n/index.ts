import { isServer } from 'lit';
import {
  addInterfaceLanguage,
  canonicalLanguageTag,
  type InterfaceLanguage,
  type SupportedLanguage,
} from '../model/languages.js';
import { dateFormatter } from './date-patterns.js';
import { en } from './en.js';
import { ko } from './ko.js';
import type { Translation, TranslationInput } from './translation.js';
import { zhHant } from './zh-hant.js';

export type { AxisWords, LabelPart, Translation, TranslationInput, ZoomLevelName } from './translation.js';
export { formatDateLabel, formatCalendarDate } from './format-date.js';

/** The interface strings of every supported language; the `Record` type makes a missing language a type error. */
export const TRANSLATIONS: Readonly<Record<SupportedLanguage, Translation>> = { en, ko, 'zh-Hant': zhHant };

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * `language`'s name in `inLanguage` ("Korean", "한국어", "韓文"; "繁體中文" in itself), as `Intl` has it for
 * every language, registered ones too: no translation lists names. One `Intl.DisplayNames` per language, kept.
 */
export function languageName(language: InterfaceLanguage, inLanguage: string): string {
  let names = displayNames.get(inLanguage);
  if (!names) displayNames.set(inLanguage, (names = new Intl.DisplayNames(inLanguage, { type: 'language' })));
  return names.of(language) ?? language;
}

/** The translations pages registered, by canonical tag. */
const registered = new Map<string, Translation>();

/** The strings of an interface language: a registered one (which may replace a built-in one), else built in. */
export function translationFor(language: InterfaceLanguage): Translation {
  return registered.get(language) ?? TRANSLATIONS[language as SupportedLanguage] ?? en;
}

/**
 * Teaches every timeline on the page another language, or new words for a built-in one, as Web Awesome's
 * `registerTranslation` does: `registerTranslation(ja)`. Readers whose `lang` (or browser) asks for it get it from
 * then on; timelines already on the page switch at once. Without `formatDate`, dates are written by
 * `Intl.DateTimeFormat` in the translation's `lang`. Throws a `RangeError` for a `lang` that is not a BCP 47 tag.
 */
export function registerTranslation(...translations: readonly TranslationInput[]): void {
  for (const translation of translations) {
    const lang = canonicalLanguageTag(translation.lang);
    if (!lang) throw new RangeError(`${JSON.stringify(translation.lang)} is not a BCP 47 language tag`);
    registered.set(lang, { formatDate: dateFormatter(lang, 'long'), ...translation, lang });
    addInterfaceLanguage(lang);
  }
  // The event the browser fires when the reader's languages change: every timeline's LocaleController resolves
  // its language again, and the ones that can now speak their reader's language re-render.
  if (!isServer) window.dispatchEvent(new Event('languagechange'));
}
