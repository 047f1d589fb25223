/**
 * The default dataset, loaded on demand (apps that bring their own data never download it), in the languages the
 * timeline shows: one language's slice, a third of the text, or the whole document for two display languages.
 * The slices are written by `npm run data:slices` from data/hk-ai-milestones.json (scripts/slice-data.js).
 */
import { SUPPORTED_LANGUAGES, type InterfaceLanguage } from '../model/languages.js';

const SLICES: Record<string, () => Promise<{ default: unknown }>> = {
  en: () => import('./hk-ai-milestones.en.json', { with: { type: 'json' } }),
  ko: () => import('./hk-ai-milestones.ko.json', { with: { type: 'json' } }),
  'zh-Hant': () => import('./hk-ai-milestones.zh-Hant.json', { with: { type: 'json' } }),
};

/** The languages the default dataset comes in for text needed in `languages`: one slice's, or all of them. */
export function defaultLanguagesFor(languages: readonly InterfaceLanguage[]): readonly InterfaceLanguage[] {
  return languages.length === 1 ? languages : SUPPORTED_LANGUAGES;
}

/**
 * The default dataset in `defaultLanguagesFor(languages)`. A registered language has no text in it, and its
 * reader falls back to English first (`fallbackChain`): it gets the English slice.
 */
export function loadDefaultDocument(languages: readonly InterfaceLanguage[]): Promise<unknown> {
  const load =
    languages.length === 1 ? (SLICES[languages[0]!] ?? SLICES.en!) : () => import('../default-document.js');
  return load().then((module) => module.default);
}
