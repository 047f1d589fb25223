import { parseCalendarDate, sortKey, type CalendarDate } from './dates.js';
import { canonicalLanguageTag } from './languages.js';
import type { LocalizedString } from './text.js';
import type { Confidence, LocalizedText, TimelineDocumentJson, TimelineEventJson } from './types.js';

/** A source of an event, ready to render. */
export interface TimelineSource {
  readonly url: string;
  readonly title?: LocalizedString;
  readonly publisher?: LocalizedString;
  readonly date?: CalendarDate;
}

/** One event of the model: parsed, normalized and ready to render. */
export interface TimelineEntry {
  readonly id: string;
  readonly date: CalendarDate;
  readonly end?: CalendarDate;
  readonly approximate: boolean;
  readonly title: LocalizedString;
  readonly description?: LocalizedString;
  readonly category?: LocalizedString;
  readonly tags: readonly string[];
  readonly sources: readonly TimelineSource[];
  readonly media?: { readonly image: string; readonly alt: LocalizedString };
  readonly confidence?: Confidence;
}

/** A labelled period of the model, drawn behind the events. */
export interface TimelineEra {
  readonly title: LocalizedString;
  readonly date: CalendarDate;
  readonly end: CalendarDate;
}

/** What the component renders: entries in date order, and eras in date order. */
export interface TimelineModel {
  readonly title?: LocalizedString;
  readonly description?: LocalizedString;
  readonly entries: readonly TimelineEntry[];
  readonly eras?: readonly TimelineEra[];
}

/**
 * Turns a validated document into the model: dates parsed, text normalized to language lists, entries sorted by
 * date (ties keep the document's order). Expects the output of `validateTimeline`; throws on a date it cannot
 * parse, since that would be a programming error, not bad data.
 */
export function normalizeTimeline(document: TimelineDocumentJson): TimelineModel {
  const lang = document.lang ? (canonicalLanguageTag(document.lang) ?? '') : '';
  const text = (value: LocalizedText) => normalizeText(value, lang);
  const keyed = document.events.map((event) => {
    const entry = normalizeEvent(event, text);
    return { entry, key: sortKey(entry.date) };
  });
  // Array.prototype.sort is stable: ties keep the document's order.
  const entries = keyed.sort((a, b) => a.key - b.key).map(({ entry }) => entry);
  const eras = (document.eras ?? [])
    .map((era) => ({ title: text(era.title), date: mustParse(era.date), end: mustParse(era.end) }))
    .sort((a, b) => sortKey(a.date) - sortKey(b.date));
  return {
    entries,
    ...(eras.length > 0 && { eras }),
    ...(document.title !== undefined && { title: text(document.title) }),
    ...(document.description !== undefined && { description: text(document.description) }),
  };
}

function normalizeEvent(
  event: TimelineEventJson,
  text: (value: LocalizedText) => LocalizedString,
): TimelineEntry {
  return {
    id: event.id,
    date: mustParse(event.date),
    approximate: event.approximate === true,
    title: text(event.title),
    tags: event.tags ?? [],
    sources: (event.sources ?? []).map((source) => ({
      url: source.url,
      ...(source.title !== undefined && { title: text(source.title) }),
      ...(source.publisher !== undefined && { publisher: text(source.publisher) }),
      ...(source.date !== undefined && { date: mustParse(source.date) }),
    })),
    ...(event.end !== undefined && { end: mustParse(event.end) }),
    ...(event.description !== undefined && { description: text(event.description) }),
    ...(event.category !== undefined && { category: text(event.category) }),
    ...(event.media !== undefined && { media: { image: event.media.image, alt: text(event.media.alt) } }),
    ...(event.confidence !== undefined && { confidence: event.confidence }),
  };
}

/** A plain string takes the document's language (or none); a map keeps its own tags. */
export function normalizeText(value: LocalizedText, documentLang = ''): LocalizedString {
  return typeof value === 'string' ? [[documentLang, value]] : Object.entries(value);
}

function mustParse(value: string): CalendarDate {
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) throw new TypeError(`normalizeTimeline: ${JSON.stringify(value)} was not validated`);
  return parsed.date;
}
