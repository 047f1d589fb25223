import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AxisController } from '../../controllers/axis-controller.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { LanguagePickerController } from '../../controllers/language-picker-controller.js';
import { LayoutController, type TimelineLayout } from '../../controllers/layout-controller.js';
import { ListWindowController } from '../../controllers/list-window-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { RelativeDatesController } from '../../controllers/relative-dates-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { ServerTakeoverController } from '../../controllers/server-takeover-controller.js';
import { UrlSyncLoader } from '../../controllers/url-sync-loader.js';
import { HkAiFilterChangeEvent, HkAiSelectEvent } from '../../events.js';
import { DEFAULT_TIMEOUT_MS } from '../../load/load-result.js';
import { SUPPORTED_LANGUAGES } from '../../model/languages.js';
import type { TimelineEntry } from '../../model/normalize.js';
import type { Diagnostic } from '../../model/validate.js';
import { WINDOW_THRESHOLD } from './list-window.js';
import { renderTimeline, type TimelineHandlers } from './timeline-templates.js';
import {
  contentLanguagesOf,
  createViewDeriver,
  diagnosticsOf,
  lastOf,
  modelOf,
  type TimelineStatus,
  type TimelineView,
} from './timeline-view.js';
import styles from './timeline.styles.js';

export type { TimelineLayout } from '../../controllers/layout-controller.js';
export type { TimelineStatus } from './timeline-view.js';

/**
 * A timeline of Hong Kong's AI milestones, or of any events you give it, in Korean, English or Traditional Chinese.
 *
 * `src` loads a JSON document from a URL and `data` takes one as an object; whichever of the two was set last wins.
 * An element never given either (nor authored children, below) shows the default dataset of Hong Kong's AI
 * milestones; one whose `src` or `data` was cleared (`null`, `undefined`) shows the empty state. Documents follow `data/timeline.schema.json`: bad events are
 * skipped and reported in `diagnostics`, and the valid ones still show.
 *
 * With neither, it reads a document written in its light DOM:
 * `<hk-ai-event>` children (see `documentFromEventElements`) or a `<script type="application/json">` child, read
 * again whenever they change. Server-rendered HTML in its declarative shadow root (`hk-ai-timeline/ssr`) stays
 * on screen until the element has data, then is replaced in one render.
 *
 * @summary An accessible, multilingual timeline of events from a typed JSON document.
 *
 * @fires {HkAiLoadEvent} hk-ai-load - A document was loaded and rendered. `detail: { count, diagnostics }`.
 * @fires {HkAiErrorEvent} hk-ai-error - Nothing could be shown. `detail: { kind, message, status?, diagnostics }`.
 * @fires {HkAiFilterChangeEvent} hk-ai-filter-change - The reader changed the search or the category filter.
 * `detail: { filter?, query?, count }`.
 * @fires {HkAiSelectEvent} hk-ai-select - The reader selected an event (click, Enter, Space, or a followed
 * `#id` link). `detail: { id, event }`.
 * @fires {HkAiRangeChangeEvent} hk-ai-range-change - The reader moved or zoomed the time axis.
 * `detail: { zoom, period }`, as the `zoom` and `period` properties now hold them.
 * @fires {HkAiLanguageChangeEvent} hk-ai-language-change - The reader chose a language in the `language-picker`
 * menu; `lang` now holds it. `detail: { lang }`.
 *
 * @csspart heading - The document's title.
 * @csspart intro - The document's description.
 * @csspart notice - The polite live region that says "loading" or "no events".
 * @csspart error - The error message shown when nothing could be loaded (`role="alert"`).
 * @csspart problems - The collapsible list of skipped events and ignored values.
 * @csspart controls - The search box and the category buttons above the list.
 * @csspart search - The search box.
 * @csspart chip - A category button; `aria-pressed` tells the active one.
 * @csspart language-picker - The menu of the document's languages (with `language-picker`).
 * @csspart list - The ordered list of events.
 * @csspart event - One event (a list item); carries `data-event-id`. One of them is the timeline's single tab stop:
 * arrow keys move between events, Home and End jump to the ends, Enter or Space selects.
 * @csspart marker - The dot on the line (a bar as long as the period on the axis band); hollow and dashed, or fading
 * at both ends on the axis, for approximate dates.
 * @csspart card - The box holding an event's text.
 * @csspart date - The date label, holding one `<time>` per date.
 * @csspart relative - How far the event lies from `relative-to` ("about 10 years earlier").
 * @csspart title - An event's title.
 * @csspart secondary - Text in the second language of `display-lang`.
 * @csspart description - An event's description.
 * @csspart meta - The category and date-confidence line.
 * @csspart category - An event's category.
 * @csspart confidence - The date-confidence note, shown when it is not high.
 * @csspart media - An event's image.
 * @csspart media-credits - The caption and credit under an event's image.
 * @csspart links - An event's media that is not an image (a video, a page, a map), as a list of links.
 * @csspart media-link - One of those links, named by its caption or its host; never embedded.
 * @csspart sources - An event's list of sources.
 * @csspart source-link - A link to a source.
 * @csspart year - The year above the first event of each year in the vertical list.
 * @csspart gap - In the vertical list, the break before a year after a long gap ("5 years later").
 * @csspart axis-controls - The time axis's zoom control (also `+`, `-` and `0` on an event, ctrl+wheel and pinch).
 * @csspart zoom-button - Zoom one step out (−) or in (+).
 * @csspart zoom-step - A named zoom step (All, Decade, Year, Quarter, Month, Week, Day); `aria-pressed` on the current.
 * @csspart viewport - The scrolling window onto the time axis; drag or scroll it to pan.
 * @csspart ticks - The year, month and day ticks of the axis.
 * @csspart eras - The list of the document's eras, drawn behind the events.
 * @csspart era - One era: its title and dates.
 * @csspart cluster - On the axis, events folded together where their labels do not fit.
 * @csspart cluster-label - A cluster's button ("7 events, 2023–2024"): Enter or a click zooms to its span.
 * @csspart cluster-span - The span of a cluster's events, on the axis band.
 * @csspart reference - On the axis, the line at `relative-to`, labelled with `relative-label` and the date.
 * @csspart overview - Under a zoomed-in axis, the whole span in miniature.
 * @csspart overview-window - The visible window on the overview: a slider (drag it, or arrow, Page, Home, End).
 * @csspart print-overview - In print, the one-page overview of the time axis above the list (the axis layout only).
 * @csspart detail - Below the axis, the selected event's whole card.
 *
 * @cssproperty [--hk-ai-timeline-accent-color=#0a58a8] - Markers, dates and links (dark scheme: #7ab7ff).
 * @cssproperty [--hk-ai-timeline-text-color=#1b1f24] - Body text (dark scheme: #e6e9ed).
 * @cssproperty [--hk-ai-timeline-muted-color=#4b5560] - Secondary text (dark scheme: #b3bcc6).
 * @cssproperty [--hk-ai-timeline-surface-color=#ffffff] - Card background (dark scheme: #16191d).
 * @cssproperty [--hk-ai-timeline-border-color=#d0d7de] - Card borders (dark scheme: #3a424b).
 * @cssproperty [--hk-ai-timeline-line-color=#8c959f] - The line joining the markers (dark scheme: #6e7781).
 * @cssproperty [--hk-ai-timeline-error-color=#b3261e] - The error message (dark scheme: #ffb4ab).
 * @cssproperty [--hk-ai-timeline-marker-size=0.875rem] - Diameter of a marker.
 * @cssproperty [--hk-ai-timeline-radius=0.5rem] - Corner radius of cards.
 * @cssproperty [--hk-ai-timeline-gap=1rem] - Space between events.
 * @cssproperty [--hk-ai-timeline-font-family=system-ui] - The font stack.
 * @cssproperty [--hk-ai-timeline-card-width=11rem] - Width of an event's label on the time axis.
 *
 * @cssstate loading - Data is being fetched.
 * @cssstate ready - Events are shown.
 * @cssstate empty - The document has no events to show.
 * @cssstate error - Nothing could be shown.
 * @cssstate vertical - The events are shown as a list (`layout="vertical"`, or `auto` in a box under 40rem wide).
 * @cssstate horizontal - The events are shown on the time axis (`layout="horizontal"`, or `auto` in a wide box).
 */
@customElement('hk-ai-timeline')
export class HkAiTimeline extends LitElement {
  static override styles = styles;

  private readonly _internals = this.attachInternals();
  private readonly _locale = new LocaleController(this);
  private readonly _source = new DataSourceController(
    this,
    () => this._modelChanged(),
    this._internals.states,
    () => this._neededLanguages(),
  );
  private readonly _layoutMode = new LayoutController(this, this._internals.states);
  private readonly _takeover = new ServerTakeoverController(this, () => this.status !== 'loading');
  private readonly _roving = new RovingFocusController(this, {
    ids: () =>
      (this._view.layout === 'horizontal' && this._axis.stopIds()) || this._shownIds(this._view.entries),
    select: (id) => this._select(id),
    reveal: (index) => this._listWindow.show(index),
  });
  private readonly _listWindow = new ListWindowController(this, {
    active: () => this._view.layout === 'vertical' && this._view.entries.length > WINDOW_THRESHOLD,
    count: () => this._view.entries.length,
    focusedIndex: () =>
      this._roving.hasFocus ? this._shownIds(this._view.entries).indexOf(this._roving.active!) : -1,
    holding: () => this._source.holding,
  });
  private readonly _urlSync = new UrlSyncLoader(this, (id) => this._select(id));
  private readonly _axis = new AxisController(this);
  private readonly _relativeDates = new RelativeDatesController(this);
  private readonly _languagePicker = new LanguagePickerController(this);
  private readonly _print = new PrintController(this, {
    showsAxis: () => this._layoutMode.current === 'horizontal' && this._axis.ready,
    loadPoster: () => this._axis.loadPoster(),
  });

  /**
   * URL of a timeline JSON document to fetch (http or https, absolute or relative to the page). A newer `src`
   * cancels a request still in flight.
   */
  @property({ reflect: true })
  get src(): string | null {
    return this._srcValue;
  }
  set src(value: string | null) {
    const old = this._srcValue;
    this._srcValue = value;
    this._source.inputChanged('src');
    this.requestUpdate('src', old);
  }

  /**
   * A timeline document as an object (the parsed JSON). Setting it cancels any `src` request in flight; `null` or
   * `undefined` means no document (the empty state), never the default dataset.
   */
  @property({ attribute: false })
  get data(): unknown {
    return this._dataValue;
  }
  set data(value: unknown) {
    const old = this._dataValue;
    this._dataValue = value;
    this._source.inputChanged('data');
    this.requestUpdate('data', old);
  }

  /**
   * The interface language (`ko`, `en`, `zh-Hant`; any BCP 47 tag is matched to the closest). When absent, the
   * closest ancestor's `lang`, `<html lang>` and then the browser's languages decide.
   */
  @property({ reflect: true })
  declare lang: string;

  /** How long a `src` request may take, headers and body together, in milliseconds (default 15000). */
  @property({ type: Number })
  timeout = DEFAULT_TIMEOUT_MS;

  /** The heading level (1–5) of the timeline's title; each event's title is one level below it. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 2;

  /**
   * Languages to show event text in, space-separated, at most two: `"zh-Hant en"` shows each title and description
   * in Traditional Chinese with English beneath, as Hong Kong's official texts do. The interface stays in `lang`.
   */
  @property({ attribute: 'display-lang' })
  displayLang?: string;

  /**
   * A reference date for relative phrasing, a calendar date such as `"2024-12-08"` or `"now"`: each event then
   * says how far it lies from it ("about 10 years earlier", "약 10년 전", "大約 10 年前").
   */
  @property({ attribute: 'relative-to' })
  relativeTo?: string;

  /** The name of `relative-to`'s date on the time axis's reference line: "Report" shows "Report, 8 Dec 2024". */
  @property({ attribute: 'relative-label' })
  relativeLabel?: string;

  /** The id of the selected event, marked with `aria-current`. Kept across language and data changes. */
  @property({ reflect: true })
  selected?: string;

  /**
   * Links selection to the page URL: a `#<id>` hash selects that event and scrolls to it (also when the hash
   * changes later), and selecting an event writes its `#<id>` into the URL (without a new history entry).
   */
  @property({ type: Boolean, attribute: 'hash-link' })
  hashLink = false;

  /**
   * Shows only events of this category: a category's English label (any language's label also matches), e.g.
   * `"Policy"`. The category buttons set it.
   */
  @property({ reflect: true })
  filter?: string;

  /** Shows only events whose title, description, category or tags contain every word, in any language. */
  @property({ reflect: true })
  query?: string;

  /** Keeps `query` and `filter` in the page URL (`?q=…&category=…`), so a filtered view can be shared. */
  @property({ type: Boolean, attribute: 'url-state' })
  urlState = false;

  /**
   * `vertical` (default): a list grouped by year. `horizontal`: a proportional time axis with eras, zoom and pan
   * (its code loads on first use). `auto`: the axis when the timeline is at least 40rem wide, else the list; the
   * choice shows as `:state(horizontal)` or `:state(vertical)`.
   */
  @property({ reflect: true })
  layout: TimelineLayout = 'vertical';

  /**
   * Shows each event's date and title only; the selected event opens to show its description and sources (Enter,
   * Space or a click opens one, and again closes it). The horizontal layout always works this way.
   */
  @property({ type: Boolean, reflect: true })
  collapsed = false;

  /**
   * The time axis's zoom: `fit` (the whole axis), `decade`, `year`, `quarter`, `month`, `week` or `day`, never past
   * the data's finest precision. Follows the reader's zooming (with `hk-ai-range-change`).
   */
  @property()
  zoom?: string;

  /**
   * The period the time axis shows, two dates joined by `/`: `2023-01/2024-06`, `2014/2016`. Set it to open the
   * timeline on a period; it follows the reader's panning and zooming, as days (`2023-01-01/2024-06-30`).
   */
  @property()
  period?: string;

  /** Shows a menu of the languages the document has; choosing one sets `lang`. Off: most pages have their own. */
  @property({ type: Boolean, attribute: 'language-picker' })
  languagePicker = false;

  private _srcValue: string | null = null;
  private _dataValue: unknown = undefined;
  private _renderedLanguages = '';
  private readonly _deriveView = createViewDeriver();
  private readonly _shownIds = lastOf((entries: readonly TimelineEntry[]) => entries.map(({ id }) => id));
  /** What the next render shows: derived in `willUpdate`, only read by `render`. */
  private _view: TimelineView = this._deriveView(this._viewInput());

  private readonly _handlers: TimelineHandlers = {
    listClick: this._roving.handleClick,
    listKeydown: this._roving.handleKeydown,
    listFocusIn: this._roving.handleFocusIn,
    searchInput: (event) => this._changeFilter({ query: (event.target as HTMLInputElement).value }),
    chooseCategory: (filter) => this._changeFilter({ filter }),
    renderAxis: (view, handlers) => this._axis.render(view, handlers) ?? nothing,
    renderLanguagePicker: (view) => this._languagePicker.render(view),
  };

  /** `loading`, `ready`, `empty` or `error`. Also exposed to CSS as `:state(…)`. */
  get status(): TimelineStatus {
    return this._source.state.status;
  }

  /** Every problem found in the current document: fatal ones, skipped events and ignored values. */
  get diagnostics(): readonly Diagnostic[] {
    return diagnosticsOf(this._source.state);
  }

  /** How many valid events are loaded. */
  get eventCount(): number {
    return modelOf(this._source.state).entries.length;
  }

  /** Fetches `src` again (or re-reads `data`), e.g. after a network failure. */
  reload(): void {
    this._source.invalidate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this._takeover.claim(root as ShadowRoot);
    return root;
  }

  /**
   * Resolves after the update that shows what was asked for, once its code or data has loaded: the default dataset
   * in a new `lang`, relative dates.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let wait; (wait = this._source.pending ?? this._relativeDates.pending ?? this._urlSync.pending);) {
      await wait;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** No update for `zoom` and `period` following the reader's zoom or pan (200 ms after it settles): it is on screen. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return !this._axis.echoes(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._locale.update();
    this._source.sync();
    if (changed.has('filter') || changed.has('query')) this._listWindow.rewind();
    if (this._layoutMode.resolve() === 'horizontal') this._axis.load();
    // A language change re-renders every text in place; keep what the reader was looking at where it was.
    const languages = `${this._locale.language} ${this.displayLang ?? ''}`;
    if (this.hasUpdated && languages !== this._renderedLanguages) this._listWindow.keepInPlace(this.selected);
    // While the default dataset loads in new languages, the old ones stay on screen, whole.
    if (this._source.holding) return;
    this._renderedLanguages = languages;
    this._view = this._deriveView(this._viewInput());
  }

  /** The languages of text to show, or all of them to search. */
  private _neededLanguages() {
    return this.query?.trim()
      ? SUPPORTED_LANGUAGES
      : contentLanguagesOf(this.displayLang, this._locale.language);
  }

  /** What the view is derived from: the properties and the controllers' state. */
  private _viewInput() {
    const t = this._locale.translation;
    return {
      state: this._source.state,
      translation: t,
      language: this._locale.language,
      displayLang: this.displayLang,
      filter: this.filter,
      query: this.query,
      headingLevel: this.headingLevel,
      // Print shows every event, as the list, whatever the layout on screen.
      layout: this._print.printing ? 'vertical' : this._layoutMode.current,
      axisReady: this._axis.ready,
      waiting: !this._urlSync.ready,
      selected: this.selected,
      active: this._roving.active,
      relative: this._relativeDates.update(this.relativeTo, t),
      holding: this._takeover.holding,
      overview: (entries: readonly TimelineEntry[]) =>
        this._print.overview(modelOf(this._source.state), entries, this._locale.language),
      window: (entries: readonly TimelineEntry[]) => {
        if (this._print.printing) return undefined;
        if (this._layoutMode.current === 'horizontal') {
          const { eras = [] } = modelOf(this._source.state);
          const keep = [this._roving.active, this.selected];
          return this._axis.prepare(entries, eras, keep, this._relativeDates.reference);
        }
        // A `#id` link moves the window to its event.
        const hold = this._urlSync.revealing ? this._shownIds(entries).indexOf(this._urlSync.revealing) : -1;
        const range = this._listWindow.range(entries.length, hold);
        return range.windowed ? range : undefined;
      },
    };
  }

  /**
   * Renders at once, not in a microtask: the PrintController's hook for `beforeprint`, the last moment before the
   * page is laid out for print. Not for pages.
   * @internal
   */
  renderNow(): void {
    this.requestUpdate();
    this.performUpdate();
  }

  protected override render(): TemplateResult | typeof nothing {
    return this._view.holding ? nothing : renderTimeline(this._view, this._handlers);
  }

  /** New data: the list starts again at the top, and a `#id` link may now name one of its events. */
  private _modelChanged(): void {
    this._listWindow.reset();
    this._urlSync.followHash();
  }

  /** Whether selecting is what shows an event's details (collapsed cards, or the time axis). */
  private get _opensOnSelect(): boolean {
    return this.collapsed || (this._layoutMode.current === 'horizontal' && this._axis.ready);
  }

  /**
   * Selects an event for the reader (returns whether there was one): fires hk-ai-select and, with hash-link, writes
   * the id into the URL; on the time axis, a cluster zooms to its span, and focus moves on to its first event.
   */
  private _select(id: string): boolean {
    const stop = this._axis.openCluster(id, this._view);
    if (stop) {
      void this._roving.focus(stop);
      return true;
    }
    const entry = modelOf(this._source.state).entries.find((candidate) => candidate.id === id);
    if (!entry) return false;
    if (id === this.selected && this._opensOnSelect) {
      this.selected = undefined;
      return true;
    }
    this.selected = id;
    this._roving.activate(id);
    this._urlSync.selected(id);
    this.dispatchEvent(new HkAiSelectEvent({ id, event: entry }));
    return true;
  }

  /** Applies a search or filter the reader made: fires hk-ai-filter-change and, with url-state, updates the URL. */
  private _changeFilter(change: { filter?: string | undefined; query?: string | undefined }): void {
    Object.assign(this, change);
    const filter = this.filter || undefined;
    const query = this.query || undefined;
    this._urlSync.filtered(query, filter);
    // The view the next update renders (memoized: that update derives it again at no cost).
    const { length: count } = this._deriveView(this._viewInput()).entries;
    this.dispatchEvent(new HkAiFilterChangeEvent({ filter, query, count }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hk-ai-timeline': HkAiTimeline;
  }
}
