import { readCalendarDate, sortKey, type CalendarDate } from './dates.js';
import { canonicalLanguageTag } from './languages.js';
import type { LocalizedString } from './text.js';
import type { Mutable } from './validate.js';
import {
  IMPORTANCE,
  type Confidence,
  type LocalizedText,
  type TimelineDocumentJson,
  type TimelineEventJson,
  type TimelineSourceJson,
} from './types.js';

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
  /**
   * From 1 (least) to 5 (most important); 3 when the document gives none. When the time axis has no room for every
   * label, the entries of higher importance keep theirs.
   */
  readonly importance: number;
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
  const entries = document.events.map((event) => normalizeEvent(event, lang));
  // One number per entry, not a pair object; no sorting at all when the document is in date order, as most are.
  // Array.prototype.sort is stable: ties keep the document's order.
  const keys = entries.map((entry) => sortKey(entry.date));
  const sorted = keys.every((key, i) => i === 0 || keys[i - 1]! <= key)
    ? entries
    : keys
        .map((_, i) => i)
        .sort((a, b) => keys[a]! - keys[b]!)
        .map((i) => entries[i]!);
  const eras = (document.eras ?? [])
    .map((era) => ({
      title: normalizeText(era.title, lang),
      date: mustParse(era.date),
      end: mustParse(era.end),
    }))
    .sort((a, b) => sortKey(a.date) - sortKey(b.date));
  const model: Mutable<TimelineModel> = { entries: sorted };
  if (eras.length > 0) model.eras = eras;
  if (document.title !== undefined) model.title = normalizeText(document.title, lang);
  if (document.description !== undefined) model.description = normalizeText(document.description, lang);
  return model;
}

function normalizeEvent(event: TimelineEventJson, lang: string): TimelineEntry {
  const entry: Mutable<TimelineEntry> = {
    id: event.id,
    date: mustParse(event.date),
    approximate: event.approximate === true,
    title: normalizeText(event.title, lang),
    tags: event.tags ?? [],
    sources: event.sources?.map((source) => normalizeSource(source, lang)) ?? [],
    importance: event.importance ?? IMPORTANCE.default,
  };
  if (event.end !== undefined) entry.end = mustParse(event.end);
  if (event.description !== undefined) entry.description = normalizeText(event.description, lang);
  if (event.category !== undefined) entry.category = normalizeText(event.category, lang);
  if (event.media !== undefined)
    entry.media = { image: event.media.image, alt: normalizeText(event.media.alt, lang) };
  if (event.confidence !== undefined) entry.confidence = event.confidence;
  return entry;
}

function normalizeSource(source: TimelineSourceJson, lang: string): TimelineSource {
  const normalized: Mutable<TimelineSource> = { url: source.url };
  if (source.title !== undefined) normalized.title = normalizeText(source.title, lang);
  if (source.publisher !== undefined) normalized.publisher = normalizeText(source.publisher, lang);
  if (source.date !== undefined) normalized.date = mustParse(source.date);
  return normalized;
}

/** A plain string takes the document's language (or none); a map keeps its own tags. */
export function normalizeText(value: LocalizedText, documentLang = ''): LocalizedString {
  return typeof value === 'string' ? [[documentLang, value]] : Object.entries(value);
}

function mustParse(value: string): CalendarDate {
  const date = readCalendarDate(value);
  if (typeof date === 'string')
    throw new TypeError(`normalizeTimeline: ${JSON.stringify(value)} was not validated`);
  return date;
}
