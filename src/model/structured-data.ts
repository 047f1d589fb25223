import { endOf, startOf } from './dates.js';
import { FALLBACK_LANGUAGE, type InterfaceLanguage } from './languages.js';
import type { TimelineModel } from './normalize.js';
import { resolveText } from './text.js';

/**
 * schema.org structured data for search engines: the timeline as an `ItemList` of `Event`s, in one language, ready
 * for `<script type="application/ld+json">` (use `toStructuredDataJson`, which serializes it safely for that).
 * Dates keep their precision (`"2014"`, `"2014-10"`); sources become `subjectOf` links.
 */
export function toStructuredData(model: TimelineModel, language: InterfaceLanguage = FALLBACK_LANGUAGE) {
  const text = (value: Parameters<typeof resolveText>[0] | undefined) =>
    value ? resolveText(value, language).text : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: text(model.title),
    description: text(model.description),
    inLanguage: language,
    numberOfItems: model.entries.length,
    itemListElement: model.entries.map((entry, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: {
        '@type': 'Event',
        '@id': `#${encodeURIComponent(entry.id)}`,
        name: text(entry.title),
        description: text(entry.description),
        startDate: entry.date.iso,
        endDate: entry.end?.iso,
        // An approximate date is stated as the whole range it may fall in, not as a precise day.
        ...(entry.approximate && {
          startDate: startOf(entry.date).toISOString().slice(0, 10),
          endDate: endOf(entry.end ?? entry.date)
            .toISOString()
            .slice(0, 10),
        }),
        subjectOf: entry.sources.map((source) => ({
          '@type': 'CreativeWork',
          url: source.url,
          name: text(source.title),
        })),
        image: entry.media?.image,
      },
    })),
  };
}

/**
 * `toStructuredData` as text for a `<script type="application/ld+json">` element: every `<` is escaped as
 * `\u003c`, so no text in the data can close the script element.
 */
export function toStructuredDataJson(
  model: TimelineModel,
  language: InterfaceLanguage = FALLBACK_LANGUAGE,
): string {
  return JSON.stringify(toStructuredData(model, language)).replace(/</g, '\\u003c');
}
