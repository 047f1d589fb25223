/**
 * The JSON input schema: what a timeline document looks like on disk or on the wire.
 *
 * `data/timeline.schema.json` describes exactly these types; `test/node/schema-sync.test.mjs` fails when the two
 * drift apart. Everything here is plain JSON: no Dates, no classes.
 */

/**
 * Plain text, never HTML: either one string (in the document's `lang`, if given) or a map from a BCP 47 language
 * tag to the text in that language, e.g. `{ "en": "SenseTime is founded", "ko": "센스타임 설립" }`.
 */
export type LocalizedText = string | { readonly [languageTag: string]: string };

/**
 * A calendar date whose form is its precision: `"YYYY"` (year), `"YYYY-MM"` (month) or `"YYYY-MM-DD"` (day).
 * It names a day on the calendar, not an instant: `"2024-10-28"` is the 28th in every time zone.
 */
export type CalendarDateString = string;

/** How firmly the sources support an event's date. */
export type Confidence = 'high' | 'medium' | 'low';

/** The confidence levels, in order from firmest to weakest. */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const satisfies readonly Confidence[];

/** The range of an event's `importance` (whole numbers only), and the importance of an event that gives none. */
export const IMPORTANCE = { least: 1, most: 5, default: 3 } as const;

/** A source an event cites. */
export interface TimelineSourceJson {
  /** Where the source can be read: an `http:`, `https:` or `mailto:` URL. */
  readonly url: string;
  /** The source's own title, ideally tagged with the language it is written in. */
  readonly title?: LocalizedText;
  /** Who published it (a newspaper, an agency, a company). */
  readonly publisher?: LocalizedText;
  /** When it was published, in the same forms as an event date. */
  readonly date?: CalendarDateString;
}

/** An image that illustrates an event. */
export interface TimelineMediaJson {
  /** The image: an `http:` or `https:` URL. */
  readonly image: string;
  /** Text alternative for the image; required, because an image without one is inaccessible. */
  readonly alt: LocalizedText;
  /** Shown under the image. */
  readonly caption?: LocalizedText;
  /** Who made or owns the image: "Photo: Cyberport". */
  readonly credit?: LocalizedText;
}

/** What a link leads to, for its label: a video, a map, a page and so on. */
export type LinkKind = 'video' | 'audio' | 'map' | 'page' | 'post' | 'document';

/**
 * Media that is not an image (a video, a Wikipedia page, a map, a post), kept as a link: shown with its caption
 * and host name, never embedded.
 */
export interface TimelineLinkJson {
  /** An `http:` or `https:` URL. */
  readonly url: string;
  readonly kind?: LinkKind;
  readonly caption?: LocalizedText;
  readonly credit?: LocalizedText;
}

/** One milestone on the timeline. */
export interface TimelineEventJson {
  /** Unique within the document; used for `data-event-id`, selection and deep links. */
  readonly id: string;
  /** When it happened; the form is the precision (`"2014"`, `"2014-10"`, `"2014-10-01"`). */
  readonly date: CalendarDateString;
  /** `true` when the sources only support an approximate date: shown as "c. 2014". */
  readonly approximate?: boolean;
  /** The last day of a period, in the same forms as `date`; never before `date`. */
  readonly end?: CalendarDateString;
  /** A short headline. */
  readonly title: LocalizedText;
  /** A few sentences of plain text. */
  readonly description?: LocalizedText;
  /** The kind of milestone, e.g. "Policy"; events with the same category label belong together. */
  readonly category?: LocalizedText;
  /** Free keywords (names, places) for search. */
  readonly tags?: readonly string[];
  /** What the event is based on. */
  readonly sources?: readonly TimelineSourceJson[];
  /** An illustrative image. */
  readonly media?: TimelineMediaJson;
  /** Media that is not an image, as links (a video, a page, a map). */
  readonly links?: readonly TimelineLinkJson[];
  /** How firmly the sources support the date; absent means not stated. */
  readonly confidence?: Confidence;
  /**
   * How much the event matters: an integer from 1 (least) to 5 (most); absent means 3. When the time axis has no
   * room for every label, the more important events keep theirs.
   */
  readonly importance?: number;
}

/** A labelled period drawn behind the events, e.g. a policy phase or a decade. */
export interface TimelineEraJson {
  /** The era's label. */
  readonly title: LocalizedText;
  /** Where the era begins: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: CalendarDateString;
  /** Where it ends (inclusive), at any precision; not before `date`. */
  readonly end: CalendarDateString;
}

/** A whole timeline document. */
export interface TimelineDocumentJson {
  /** The JSON Schema the document follows; editors use it for completion. Ignored by the component. */
  readonly $schema?: string;
  /** The language of plain-string text fields (a BCP 47 tag); maps name their languages themselves. */
  readonly lang?: string;
  /** The timeline's heading. */
  readonly title?: LocalizedText;
  /** A sentence or two about the timeline as a whole. */
  readonly description?: LocalizedText;
  /** The milestones, in any order: the component sorts them by date. */
  readonly events: readonly TimelineEventJson[];
  /** Labelled periods drawn behind the events on the time axis. */
  readonly eras?: readonly TimelineEraJson[];
}
