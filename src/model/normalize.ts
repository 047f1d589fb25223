import { daySortKey, readCalendarDate, type CalendarDate } from './dates.js';
import { readEdtfText, type DatedPeriod } from './edtf-reading.js';
import { canonicalLanguageTag } from './languages.js';
import type { LocalizedString } from './text.js';
import type { Mutable } from './validate.js';
import {
  IMPORTANCE,
  type Confidence,
  type LinkKind,
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

/** A link to media that is not an image (a video, a page, a map). */
export interface TimelineLink {
  readonly url: string;
  readonly kind?: LinkKind;
  readonly caption?: LocalizedString;
  readonly credit?: LocalizedString;
}

/** One event of the model: parsed, normalized and ready to render. */
/** `date`, `end` and what EDTF says of them (approximate, uncertain, a named decade, an open end): see DatedPeriod. */
export interface TimelineEntry extends DatedPeriod {
  readonly id: string;
  readonly title: LocalizedString;
  readonly description?: LocalizedString;
  readonly category?: LocalizedString;
  readonly tags: readonly string[];
  readonly sources: readonly TimelineSource[];
  readonly media?: {
    readonly image: string;
    readonly alt: LocalizedString;
    readonly caption?: LocalizedString;
    readonly credit?: LocalizedString;
  };
  /** Media that is not an image, as links: shown with a caption and the host, never embedded. */
  readonly links?: readonly TimelineLink[];
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
  // One small integer per entry, not a pair object; no sorting at all when the document is in date order, as most
  // are. Array.prototype.sort is stable: ties keep the document's order.
  const keys = entries.map((entry) => daySortKey(entry.date));
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
    .sort((a, b) => daySortKey(a.date) - daySortKey(b.date));
  const model: Mutable<TimelineModel> = { entries: sorted };
  if (eras.length > 0) model.eras = eras;
  if (document.title !== undefined) model.title = normalizeText(document.title, lang);
  if (document.description !== undefined) model.description = normalizeText(document.description, lang);
  return model;
}

/** An event without tags or sources: one frozen empty list for all of them, not two new arrays per event. */
const NONE: readonly never[] = Object.freeze([]);

function normalizeEvent(event: TimelineEventJson, lang: string): TimelineEntry {
  // The plain forms first: EDTF is read only for a date that is not one (most are).
  const plain = readCalendarDate(event.date);
  const reading = typeof plain === 'string' ? readEdtfText(event.date) : undefined;
  const entry: Mutable<TimelineEntry> = {
    id: event.id,
    date: typeof plain === 'string' ? (reading?.date ?? mustParse(event.date)) : plain,
    approximate: event.approximate === true || !!reading?.approximate,
    title: normalizeText(event.title, lang),
    tags: event.tags ?? NONE,
    sources: event.sources?.map((source) => normalizeSource(source, lang)) ?? NONE,
    importance: event.importance ?? IMPORTANCE.default,
  };
  if (reading?.uncertain) entry.uncertain = true;
  if (reading?.named && event.end === undefined) entry.named = reading.named;
  if (reading?.open && event.end === undefined) entry.open = reading.open;
  if (reading?.end && event.end === undefined) entry.end = reading.end;
  if (event.end !== undefined) {
    const end = readCalendarDate(event.end);
    const endReading = typeof end === 'string' ? readEdtfText(event.end) : undefined;
    // A qualified end ("2016~") qualifies the period; a decade as the end ends with its last year.
    entry.end = typeof end === 'string' ? (endReading?.end ?? endReading?.date ?? mustParse(event.end)) : end;
    if (endReading?.approximate) entry.approximate = true;
    if (endReading?.uncertain) entry.uncertain = true;
  }
  if (event.description !== undefined) entry.description = normalizeText(event.description, lang);
  if (event.category !== undefined) entry.category = normalizeText(event.category, lang);
  if (event.media !== undefined) {
    const { image, alt, caption, credit } = event.media;
    entry.media = {
      image,
      alt: normalizeText(alt, lang),
      ...(caption !== undefined && { caption: normalizeText(caption, lang) }),
      ...(credit !== undefined && { credit: normalizeText(credit, lang) }),
    };
  }
  if (event.links !== undefined && event.links.length > 0) {
    entry.links = event.links.map(({ url, kind, caption, credit }) => ({
      url,
      ...(kind !== undefined && { kind }),
      ...(caption !== undefined && { caption: normalizeText(caption, lang) }),
      ...(credit !== undefined && { credit: normalizeText(credit, lang) }),
    }));
  }
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
  const read = readCalendarDate(value);
  const date = typeof read === 'string' ? (readEdtfText(value)?.date ?? read) : read;
  if (typeof date === 'string')
    throw new TypeError(`normalizeTimeline: ${JSON.stringify(value)} was not validated`);
  return date;
}
