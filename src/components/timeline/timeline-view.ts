/**
 * The view model of <hk-ai-timeline>: everything one render shows, derived in `willUpdate` from the element's
 * properties and its controllers' state by pure functions, so that `render` only reads it.
 */
import type { SourceState } from '../../controllers/data-source-controller.js';
import type { ResolvedLayout } from '../../controllers/layout-controller.js';
import { tabStopOf } from '../../controllers/roving-focus-controller.js';
import type { Translation } from '../../i18n/index.js';
import type { TimelineFailure } from '../../load/load-result.js';
import type { CalendarDate } from '../../model/dates.js';
import { categoriesOf, filterEntries, type TimelineCategory } from '../../model/filter.js';
import { parseDisplayLanguages, type InterfaceLanguage } from '../../model/languages.js';
import type { TimelineEntry, TimelineModel } from '../../model/normalize.js';
import type { Diagnostic } from '../../model/validate.js';

/** What the timeline is doing: loading data, showing events, showing that there are none, or showing an error. */
export type TimelineStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface TimelineView {
  readonly status: TimelineStatus;
  readonly translation: Translation;
  /** The interface language. */
  readonly language: InterfaceLanguage;
  /** The languages event text is shown in: the first, and the second beneath it (from `display-lang`). */
  readonly contentLanguages: readonly InterfaceLanguage[];
  readonly model: TimelineModel;
  /** The events that pass the search and the filter. */
  readonly entries: readonly TimelineEntry[];
  /** The categories of all events, for the filter buttons. */
  readonly categories: readonly TimelineCategory[];
  readonly filter: string | undefined;
  readonly query: string;
  /** What the polite live region says: loading, no events, "3 of 14 events"… */
  readonly statusText: string;
  /** The heading level of the document's title (1–5); events are one below. */
  readonly headingLevel: number;
  readonly layout: ResolvedLayout;
  /** Whether the events are shown: there are some, and the time axis (when it is the layout) has loaded. */
  readonly showsEvents: boolean;
  /** Indexes into `entries` of the events in the DOM, in order; `undefined`: every one. */
  readonly rendered: readonly number[] | undefined;
  /** Events the spacers above and below a window of a long list stand in for. */
  readonly before: number;
  readonly after: number;
  /** The id of the event holding the single tab stop. */
  readonly tabStop: string | undefined;
  readonly selected: string | undefined;
  /** How far an event lies from `relative-to`, once that formatter has loaded. */
  readonly relative: ((date: CalendarDate) => string) | undefined;
  readonly failure: TimelineFailure | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The server's HTML is still on screen: render nothing of our own yet. */
  readonly holding: boolean;
  /** In print, the time axis's overview above the list. */
  readonly overview: Node | undefined;
}

export interface TimelineViewInput {
  readonly state: SourceState;
  readonly translation: Translation;
  readonly language: InterfaceLanguage;
  readonly displayLang: string | undefined;
  readonly filter: string | undefined;
  readonly query: string | undefined;
  readonly headingLevel: number;
  readonly layout: ResolvedLayout;
  readonly axisReady: boolean;
  /** A chunk the events wait for is loading (`hash-link`'s and `url-state`'s): they show once it has. */
  readonly waiting: boolean;
  readonly selected: string | undefined;
  readonly active: string | undefined;
  readonly relative: ((date: CalendarDate) => string) | undefined;
  readonly holding: boolean;
  /** The print overview of the events shown, when printing the time axis. */
  readonly overview: (entries: readonly TimelineEntry[]) => Node | undefined;
  /**
   * Which events to render, given the events shown: a long list's window (`start`, `end`) or the time axis's
   * choice (`indexes`, with the ids of every rendered stop in keyboard order, its clusters included);
   * `undefined`: all of them.
   */
  readonly window: (
    entries: readonly TimelineEntry[],
  ) =>
    | { readonly start: number; readonly end: number }
    | { readonly indexes: readonly number[]; readonly stops?: readonly string[] }
    | undefined;
}

const EMPTY_MODEL: TimelineModel = { entries: [] };

/** The model a source state shows (an empty one while loading or after a failure). */
export function modelOf(state: SourceState): TimelineModel {
  return state.status === 'ready' || state.status === 'empty' ? state.model : EMPTY_MODEL;
}

/** Every problem found in the current document: fatal ones, skipped events and ignored values. */
export function diagnosticsOf(state: SourceState): readonly Diagnostic[] {
  if (state.status === 'loading') return [];
  return state.status === 'error' ? state.failure.diagnostics : state.diagnostics;
}

/** The languages of event text: `display-lang` (at most two), else the interface language. */
export function contentLanguagesOf(
  displayLang: string | undefined,
  language: InterfaceLanguage,
): InterfaceLanguage[] {
  const languages = parseDisplayLanguages(displayLang);
  return languages.length > 0 ? languages : [language];
}

/** A heading level the page can use for the title: 1–5 (events are one below), else 2. */
export function clampLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(Math.max(level, 1), 5) : 2;
}

/** The live region's words: loading, no events, no matches, or how many of the events a search leaves. */
export function statusTextOf(status: TimelineStatus, shown: number, total: number, t: Translation): string {
  if (status === 'loading') return t.loading;
  if (status === 'empty') return t.empty;
  if (shown === 0 && total > 0) return t.noMatches;
  return shown < total ? t.results(shown, total) : '';
}

/** Remembers the last result of `compute` for the same arguments (compared by identity). */
export function lastOf<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args) => {
    if (!last || args.length !== last.args.length || args.some((arg, i) => arg !== last!.args[i])) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}

/**
 * Derives views: the filtered events and the categories are computed once per model and filter (a language change
 * or a scroll reuses them), the rest on every update.
 */
export function createViewDeriver(): (input: TimelineViewInput) => TimelineView {
  const visible = lastOf((entries: readonly TimelineEntry[], category?: string, query?: string) =>
    filterEntries(entries, { category, query }),
  );
  const categories = lastOf(categoriesOf);
  const languages = lastOf(contentLanguagesOf);
  return (input) => {
    const { state, translation } = input;
    const model = modelOf(state);
    const entries = visible(model.entries, input.filter, input.query);
    const holding = input.holding;
    const showsEvents =
      !holding && !input.waiting && entries.length > 0 && (input.layout === 'vertical' || input.axisReady);
    const window = showsEvents ? input.window(entries) : undefined;
    let rendered: readonly number[] | undefined;
    let stops: readonly string[] | undefined;
    let before = 0;
    let after = 0;
    if (window && 'indexes' in window) {
      rendered = window.indexes;
      stops = window.stops;
    } else if (window) {
      rendered = Array.from({ length: window.end - window.start }, (_, i) => window.start + i);
      before = window.start;
      after = entries.length - window.end;
    }
    const renderedIds = !showsEvents
      ? []
      : (stops ?? (rendered ?? entries.map((_, i) => i)).map((i) => entries[i]!.id));
    return {
      status: state.status,
      translation,
      language: input.language,
      contentLanguages: languages(input.displayLang, input.language),
      model,
      entries,
      categories: categories(model.entries),
      filter: input.filter?.trim() || undefined,
      query: input.query ?? '',
      statusText: statusTextOf(state.status, entries.length, model.entries.length, translation),
      headingLevel: clampLevel(input.headingLevel),
      layout: input.layout,
      showsEvents,
      rendered,
      before,
      after,
      tabStop: tabStopOf(renderedIds, input.active, input.selected),
      selected: input.selected,
      relative: input.relative,
      failure: state.status === 'error' ? state.failure : undefined,
      diagnostics: state.status === 'ready' || state.status === 'empty' ? state.diagnostics : [],
      holding,
      overview: showsEvents ? input.overview(entries) : undefined,
    };
  };
}
