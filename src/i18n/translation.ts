import type { Locale } from 'date-fns';
import type { DatePrecision } from '../model/dates.js';
import type { SupportedLanguage } from '../model/languages.js';
import type { Confidence } from '../model/types.js';

/** A formatted piece of a date label: either text or a slot for a date (so a renderer can wrap it in `<time>`). */
export type LabelPart<T> = T | string;

/**
 * Every string the interface shows or announces, in one language. Each language implements the whole interface,
 * so a missing key fails the typecheck.
 */
export interface Translation {
  /** The BCP 47 tag the strings are written in. */
  readonly lang: string;
  /** The supported languages' names in this language ("Korean", "한국어", "韓文"). */
  readonly languageNames: Readonly<Record<SupportedLanguage, string>>;
  /** The date-fns locale: month and era names, and the words of `formatDistance`. */
  readonly dateLocale: Locale;
  /**
   * A calendar date (a UTC midnight) in words at its precision: "October 2014", "2014년 10월", "2014年10月".
   * Implemented with date-fns `lightFormat` and locale data: the full `format` would cost 5 KB of the bundle for
   * tokens we never use.
   */
  formatDate(date: Date, precision: DatePrecision): string;
  /** Wraps a date label to say it is approximate ("c. 2014", "2014년경", "約2014年"). */
  approximate<T>(parts: readonly LabelPart<T>[]): LabelPart<T>[];
  /** Joins the start and end of a period ("2013 – 2014"). */
  range<T>(start: T, end: T): LabelPart<T>[];
  /**
   * Places a date-fns distance ("about 10 years", "약 10년") before or after a reference date:
   * "about 10 years earlier", "약 10년 전", "大約 10 年前". `same`: the reference falls within the event's period.
   */
  relative(distance: string, direction: 'earlier' | 'later' | 'same'): string;
  /** Accessible name of the list of events. */
  readonly eventsLabel: string;
  readonly loading: string;
  readonly empty: string;
  /** Heading of the error message when nothing could be loaded. */
  readonly loadFailed: string;
  /** What the reader can do about each kind of failure. */
  readonly failureHints: Readonly<Record<'parse' | 'shape' | 'http' | 'network', string>>;
  /** Summary of the problems in a document that still loaded, e.g. "2 events could not be shown". */
  skipped(count: number): string;
  warnings(count: number): string;
  /** Accessible name and placeholder of the search box. */
  readonly searchLabel: string;
  /** Accessible name of the group of category buttons. */
  readonly categoryLabel: string;
  /** The button that clears the category filter. */
  readonly allCategories: string;
  /** Announced when a search or filter narrows the list: "3 of 14 events". */
  results(shown: number, total: number): string;
  readonly noMatches: string;
  readonly sources: string;
  readonly category: string;
  /** "Date confidence: medium", shown when the sources do not settle the date firmly. */
  confidence(level: Confidence): string;
  /** Hint next to text shown in another language because the data lacks it in `language` (a name from above). */
  notAvailableIn(language: string): string;
}
