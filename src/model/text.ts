import {
  fallbackChain,
  isTraditionalChinese,
  matchSupportedLanguage,
  type InterfaceLanguage,
} from './languages.js';

/**
 * Text in one or more languages, as normalized from `LocalizedText`: a list of `[languageTag, text]` pairs in the
 * document's order. The tag is `""` when a plain string came without a document `lang`, i.e. the language is unknown.
 */
export type LocalizedString = readonly (readonly [languageTag: string, text: string])[];

/** Text picked for a reader, with the language it is really in. */
export interface ResolvedText {
  readonly text: string;
  /** The BCP 47 tag of `text`, for its `lang` attribute; `""` when unknown. */
  readonly lang: string;
  /** True when the text is not in the language asked for. */
  readonly isFallback: boolean;
}

/**
 * Picks the text for a reader of `language`, falling back along `fallbackChain(language)` and then to the first
 * text there is. Within a language, a tag whose script matches wins (`zh-Hant` over `zh-Hans` for Traditional
 * Chinese readers).
 */
export function resolveText(text: LocalizedString, language: InterfaceLanguage): ResolvedText {
  for (const candidate of fallbackChain(language)) {
    const found = bestForLanguage(text, candidate);
    if (found) return { text: found[1], lang: found[0], isFallback: candidate !== language };
  }
  const [lang = '', first = ''] = text[0] ?? [];
  return { text: first, lang, isFallback: matchSupportedLanguage(lang) !== language };
}

function bestForLanguage(text: LocalizedString, language: InterfaceLanguage) {
  const inLanguage = text.filter(([tag]) => matchSupportedLanguage(tag) === language);
  if (language !== 'zh-Hant') return inLanguage[0];
  return inLanguage.find(([tag]) => isTraditionalChinese(tag)) ?? inLanguage[0];
}
