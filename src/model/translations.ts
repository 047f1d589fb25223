import {
  isTraditionalChinese,
  matchSupportedLanguage,
  SUPPORTED_LANGUAGES,
  type SupportedLanguage,
} from './languages.js';
import { normalizeText } from './normalize.js';
import type { LocalizedText, TimelineDocumentJson } from './types.js';

/** A text field that lacks some languages, or a source's title that is missing altogether. */
export interface MissingTranslation {
  /** The field: `title`, `description`, `category`, `media.alt`, `sources[2].publisher` or `sources[2].title`. */
  readonly field: string;
  /** The event's id; absent for the document's own title and description. */
  readonly id?: string;
  /** The languages the text lacks; empty for a source title, which any one language satisfies. */
  readonly missing: readonly SupportedLanguage[];
}

/**
 * Lists every text of a (validated) document that is not available in all of `languages`: the document's title
 * and description, and each event's title, description, category, image alt text and source publishers. A
 * source's title stays in the language it was published in, so it only has to exist. A plain string counts for
 * the document's `lang` only; Traditional Chinese needs a Traditional (`Hant`) text, not a Simplified one.
 */
export function findMissingTranslations(
  document: TimelineDocumentJson,
  languages: readonly SupportedLanguage[] = SUPPORTED_LANGUAGES,
): MissingTranslation[] {
  const found: MissingTranslation[] = [];
  const check = (value: LocalizedText | undefined, field: string, id?: string) => {
    if (value === undefined) return;
    const tags = normalizeText(value, document.lang ?? '').map(([tag]) => tag);
    const missing = languages.filter((language) => !tags.some((tag) => covers(tag, language)));
    if (missing.length > 0) found.push({ field, missing, ...(id !== undefined && { id }) });
  };
  check(document.title, 'title');
  check(document.description, 'description');
  // Events are named by id: indexes of a validated document no longer match the file once events were skipped.
  for (const event of document.events) {
    check(event.title, 'title', event.id);
    check(event.description, 'description', event.id);
    check(event.category, 'category', event.id);
    check(event.media?.alt, 'media.alt', event.id);
    // Indexes into the validated sources: a source with an unusable URL was dropped, with a warning.
    event.sources?.forEach((source, i) => {
      const field = `sources[${i}]`;
      check(source.publisher ?? {}, `${field}.publisher`, event.id);
      if (source.title === undefined) found.push({ field: `${field}.title`, id: event.id, missing: [] });
    });
  }
  return found;
}

function covers(tag: string, language: SupportedLanguage): boolean {
  if (!tag || matchSupportedLanguage(tag) !== language) return false;
  return language !== 'zh-Hant' || isTraditionalChinese(tag);
}
