import type { Locale } from 'date-fns';
import type { DatePrecision } from '../model/dates.js';
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
  /**
   * A calendar date (a UTC midnight) in words at its precision: "October 2014", "2014년 10월", "2014年10月".
   * The built-in languages write it as `Intl.DateTimeFormat` does, without it (see `calendarFormatter`: the page's
   * first `Intl` format is slow to make); a registered language gets `Intl.DateTimeFormat` (`dateFormatter`). The era
   * is named before 1 CE, and in CE too with `withEra` (the end of a period that starts BCE): "44 BC – 14 AD".
   */
  formatDate(date: Date, precision: DatePrecision, withEra?: boolean): string;
  /**
   * True where dates are written year first ("2024년 8월 1일", "2024年8月1日"): a period then says its shared year
   * and month once at its start ("2024년 8월 1일~9월 3일"), not at its end ("1 August – 3 September 2024").
   */
  readonly yearFirst: boolean;
  /**
   * Wraps a date label, one date or a period (more than one part), to say it is approximate, all of it:
   * "c. 2014", "c. 2013–2014", "2014년경", "약 2013~2014년", "約2014年", "約2013至2014年".
   */
  approximate<T>(parts: readonly LabelPart<T>[]): LabelPart<T>[];
  /**
   * Wraps a date label to say it is uncertain (EDTF `?`), which is not approximate: "2014?", "2014년(?)",
   * "2014年（？）". Applied inside `approximate` for a date that is both (`%`).
   */
  uncertain<T>(parts: readonly LabelPart<T>[]): LabelPart<T>[];
  /** A decade written as one date (`201X`), by its first year: "the 2010s", "2010년대", "2010年代". */
  decade(year: number): string;
  /** A century written as one date (`19XX`), by its ordinal: "20th century", "20세기", "20世紀". */
  century(century: number): string;
  /**
   * A period with one end open (EDTF `2014/..`, `../1990`), around the date it has: "2014 –" and "until 1990",
   * "2014년~" and "1990년까지", "2014年起" and "至1990年".
   */
  openPeriod<T>(date: T, open: 'start' | 'end'): LabelPart<T>[];
  /**
   * Joins the start and end of a period, once what they share is left out of one of them ("9", "23 August 622").
   * `bare`: both sides are bare numbers ("9–23 August 622", "2013–2014").
   */
  range<T>(start: T, end: T, bare: boolean): LabelPart<T>[];
  /**
   * Places a date-fns distance ("about 10 years", "약 10년") before or after a reference date:
   * "about 10 years earlier", "약 10년 전", "大約 10 年前". `same`: the reference falls within the event's period.
   */
  relative(distance: string, direction: 'earlier' | 'later' | 'same'): string;
  /** The break before a year of the vertical list after a long gap: "5 years later". `years` ≥ 3 (list-gaps.ts). */
  yearsLater(years: number): string;
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
  /** Accessible name of the language menu (`language-picker`). */
  readonly language: string;
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
  /**
   * Hint next to text shown in another language because the data lacks it in `language`, a language's name in
   * this one as `Intl.DisplayNames` gives it ("Korean", "한국어", "韓文"; see `languageName`).
   */
  notAvailableIn(language: string): string;
  /** The time axis's words (its code loads on demand; its words are here, with every other string). */
  readonly axis: AxisWords;
  /**
   * The date-fns locale whose `formatDistance` words `relative`'s distance ("約10年"), for a registered
   * language (`import { ja } from 'date-fns/locale/ja'`). The built-in languages have theirs; without one, the
   * distance is in English.
   */
  readonly distanceLocale?: Locale;
}

/**
 * What `registerTranslation` takes: a whole `Translation`, but `formatDate` may be left to `Intl.DateTimeFormat`
 * in `lang`.
 */
export type TranslationInput = Omit<Translation, 'formatDate'> & Partial<Pick<Translation, 'formatDate'>>;

/** The names of the time axis's zoom steps. */
export type ZoomLevelName = 'fit' | 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day';

export interface AxisWords {
  /** The zoom control's name, and its − and + buttons'. */
  readonly zoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  /** The zoom steps' names: "All", "Decade" … "Day". */
  readonly levels: Readonly<Record<ZoomLevelName, string>>;
  /** The name of the list of eras. */
  readonly eras: string;
  /** The reference line at `relative-to="now"`, and how its name leads its date: "Report, ", "報道，". */
  readonly today: string;
  named(name: string): string;
  /** The overview strip's slider, whose value is the visible period. */
  readonly visiblePeriod: string;
  /** A day tick's label: "9", "9일", "9日". */
  day(day: number): string;
  /** A cluster's label: "7 events, 2023–2024". */
  cluster(count: number, period: string): string;
  /** Announced when a cluster is opened: "Zoomed to 2023–2024: 7 events". */
  zoomed(period: string, count: number): string;
}
