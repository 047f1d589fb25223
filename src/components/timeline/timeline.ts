import {
  html,
  isServer,
  LitElement,
  nothing,
  ReactiveElement,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { HkAiErrorEvent, HkAiFilterChangeEvent, HkAiLoadEvent, HkAiSelectEvent } from '../../events.js';
import { formatCalendarDate, formatDateLabel, type Translation } from '../../i18n/index.js';
import type { formatRelativeDate } from '../../i18n/relative-date.js';
import {
  DEFAULT_TIMEOUT_MS,
  failure,
  fromValidation,
  type TimelineFailure,
  type TimelineLoadResult,
} from '../../load/load-result.js';
import { categoriesOf, filterEntries, matchesCategory, type TimelineCategory } from '../../model/filter.js';
import { calendarDayOf, parseCalendarDate, type CalendarDate } from '../../model/dates.js';
import { parseDisplayLanguages, type SupportedLanguage } from '../../model/languages.js';
import {
  normalizeTimeline,
  type TimelineEntry,
  type TimelineEra,
  type TimelineModel,
  type TimelineSource,
} from '../../model/normalize.js';
import { resolveText, type LocalizedString } from '../../model/text.js';
import { fatalDiagnostic, validateTimeline, type Diagnostic } from '../../model/validate.js';
import {
  ESTIMATED_EVENT_HEIGHT,
  indexAtTop,
  listWindow,
  WINDOW_THRESHOLD,
  windowForScroll,
  windowHolding,
  windowSizeFor,
} from './list-window.js';
import type { TimeAxis } from './time-axis.js';
import styles from './timeline.styles.js';

/** How events are laid out: a vertical list, a horizontal time axis, or the axis when there is room for it. */
export type TimelineLayout = 'vertical' | 'horizontal' | 'auto';

/** What the timeline is doing: loading data, showing events, showing that there are none, or showing an error. */
export type TimelineStatus = 'loading' | 'ready' | 'empty' | 'error';

type LoadState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready' | 'empty';
      readonly model: TimelineModel;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly status: 'error'; readonly failure: TimelineFailure };

const EMPTY_MODEL: TimelineModel = { entries: [] };
const NO_ERAS: readonly TimelineEra[] = [];

/** The relative-date formatter, loaded on demand: only timelines with `relative-to` need it (1.7 KB gzip). */
let relativeDates: typeof formatRelativeDate | undefined;
let relativeDatesLoaded: Promise<unknown> | undefined;

/**
 * Supplies the relative-date formatter up front, for server rendering, which cannot wait for a module to load.
 * @internal
 */
export function provideRelativeDates(format: typeof formatRelativeDate): void {
  relativeDates = format;
}

/**
 * A timeline of Hong Kong's AI milestones, or of any events you give it, in Korean, English or Traditional Chinese.
 *
 * With nothing set it shows the default dataset; `src` loads a JSON document from a URL and `data` takes one as an
 * object. Whichever of the two was set last wins. Documents follow `data/timeline.schema.json`: bad events are
 * skipped and reported in `diagnostics`, and the valid ones still show.
 *
 * With neither, it reads a document written in its light DOM before falling back to the default dataset:
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
 *
 * @csspart heading - The document's title.
 * @csspart intro - The document's description.
 * @csspart notice - The polite live region that says "loading" or "no events".
 * @csspart error - The error message shown when nothing could be loaded (`role="alert"`).
 * @csspart problems - The collapsible list of skipped events and ignored values.
 * @csspart controls - The search box and the category buttons above the list.
 * @csspart search - The search box.
 * @csspart chip - A category button; `aria-pressed` tells the active one.
 * @csspart list - The ordered list of events.
 * @csspart event - One event (a list item); carries `data-event-id`. One of them is the timeline's single tab stop:
 * arrow keys move between events, Home and End jump to the ends, Enter or Space selects.
 * @csspart marker - The dot on the line; hollow and dashed for approximate dates.
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
 * @csspart sources - An event's list of sources.
 * @csspart source-link - A link to a source.
 * @csspart year - The year above the first event of each year in the vertical list.
 * @csspart axis-controls - The zoom buttons of the horizontal layout (also `+`, `-` and `0` on an event, ctrl+wheel
 * and pinch).
 * @csspart zoom-button - A zoom button: zoom out, fit, zoom in.
 * @csspart viewport - The scrolling window onto the time axis; drag or scroll it to pan.
 * @csspart ticks - The year and month ticks of the axis.
 * @csspart eras - The list of the document's eras, drawn behind the events.
 * @csspart era - One era: its title and dates.
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
 * @cssproperty [--hk-ai-timeline-card-width=14rem] - Width of an event's card on the time axis.
 *
 * @cssstate loading - Data is being fetched.
 * @cssstate ready - Events are shown.
 * @cssstate empty - The document has no events to show.
 * @cssstate error - Nothing could be shown.
 */
@customElement('hk-ai-timeline')
export class HkAiTimeline extends LitElement {
  static override styles = styles;

  private readonly locale = new LocaleController(this);
  private readonly internals = this.attachInternals();

  /**
   * URL of a timeline JSON document to fetch (http or https, absolute or relative to the page). A newer `src`
   * cancels a request still in flight.
   */
  @property({ reflect: true })
  get src(): string | null {
    return this.srcValue;
  }
  set src(value: string | null) {
    const old = this.srcValue;
    this.srcValue = value;
    this.lastInput = 'src';
    this.needsLoad = true;
    this.requestUpdate('src', old);
  }

  /** A timeline document as an object (the parsed JSON). Setting it cancels any `src` request in flight. */
  @property({ attribute: false })
  get data(): unknown {
    return this.dataValue;
  }
  set data(value: unknown) {
    const old = this.dataValue;
    this.dataValue = value;
    this.lastInput = 'data';
    this.needsLoad = true;
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
   * (its code loads on first use). `auto`: the axis when the timeline is at least 40rem wide, else the list.
   */
  @property({ reflect: true })
  layout: TimelineLayout = 'vertical';

  /**
   * Shows each event's date and title only; the selected event opens to show its description and sources (Enter,
   * Space or a click opens one, and again closes it). The horizontal layout always works this way.
   */
  @property({ type: Boolean, reflect: true })
  collapsed = false;

  /** The horizontal layout, once its module has loaded. */
  @state() private axis?: TimeAxis;
  private axisRequested = false;

  /** The event that holds the tab stop; follows focus and selection. */
  @state() private activeId?: string;

  /** Index (among the shown events) of the first event in the DOM, for long timelines. */
  @state() private windowStart = 0;
  /** How many events that window holds once one was measured (0 before: an estimate fills the viewport). */
  @state() private windowSize = 0;

  @state() private loadState: LoadState = { status: 'loading' };

  private srcValue: string | null = null;
  private dataValue: unknown = undefined;
  private lastInput: 'src' | 'data' | undefined;
  private needsLoad = true;
  private inFlight?: AbortController;
  private pendingNotice?: Event;
  private contentLanguages: readonly SupportedLanguage[] = [];
  private reference?: CalendarDate;
  private renderedLanguages = '';
  private scrollAnchor?: { readonly element: Element; readonly top: number };
  private revealSelected = false;
  /** Estimated height of one event, measured once per data set, for the spacers of a windowed list. */
  private itemHeight = 0;
  private scrollFrame = 0;
  /** The event item that had focus when an update began. */
  private focusedItem?: HTMLElement | null;
  /** Re-reads authored children (`<hk-ai-event>`, a JSON script) when they change. */
  private childObserver?: MutationObserver;
  /** The shadow root still shows HTML rendered on the server (declarative shadow DOM), not yet Lit's. */
  private serverRendered = !isServer && !!this.shadowRoot?.firstChild;

  /** `loading`, `ready`, `empty` or `error`. Also exposed to CSS as `:state(…)`. */
  get status(): TimelineStatus {
    return this.loadState.status;
  }

  /** Every problem found in the current document: fatal ones, skipped events and ignored values. */
  get diagnostics(): readonly Diagnostic[] {
    const current = this.loadState;
    if (current.status === 'loading') return [];
    return current.status === 'error' ? current.failure.diagnostics : current.diagnostics;
  }

  /** How many valid events are loaded. */
  get eventCount(): number {
    return this.model.entries.length;
  }

  /** Fetches `src` again (or re-reads `data`), e.g. after a network failure. */
  reload(): void {
    this.needsLoad = true;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.followHash);
    window.addEventListener('resize', this.handleScroll, { passive: true });
    // Capture: scroll events do not bubble, and the list may scroll in any ancestor.
    document.addEventListener('scroll', this.handleScroll, { capture: true, passive: true });
    if (this.urlState) {
      const params = new URLSearchParams(location.search);
      this.query = params.get('q') ?? this.query;
      this.filter = params.get('category') ?? this.filter;
    }
    // A request cancelled by an earlier disconnection starts again.
    if (this.loadState.status === 'loading' && !this.inFlight) this.reload();
    this.childObserver ??= new MutationObserver((records) => {
      // The host's own attributes (lang, selected, …) are not authored content.
      const authored = records.some((record) => record.target !== this || record.type !== 'attributes');
      const lightDomInCharge = !this.srcValue && (this.dataValue === undefined || this.dataValue === null);
      if (authored && lightDomInCharge) this.reload();
    });
    this.childObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.followHash);
    window.removeEventListener('resize', this.handleScroll);
    document.removeEventListener('scroll', this.handleScroll, { capture: true });
    this.cancelInFlight();
    this.childObserver?.disconnect();
    this.listObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.needsLoad) this.load();
    // @lit-labs/ssr calls neither controllers' hostUpdate nor update(): resolve the languages here.
    if (isServer) {
      this.locale.hostUpdate();
      this.resolveContentLanguages();
    }
    if (changed.has('relativeTo')) this.reference = this.parseReference();
    if (this.reference && !relativeDates) {
      relativeDatesLoaded ??= import('../../i18n/relative-date.js').then(
        (module) => (relativeDates = module.formatRelativeDate),
      );
      relativeDatesLoaded.then(() => this.requestUpdate());
    }
    if (changed.has('filter') || changed.has('query')) this.windowStart = 0;
    if (this.layout !== 'vertical' && !this.axisRequested) {
      this.axisRequested = true;
      import('./time-axis.js').then(({ TimeAxis }) => (this.axis = new TimeAxis(this)));
    }
    if (this.revealSelected) this.showInWindow(this.selected);
  }

  protected override update(changed: PropertyValues<this>): void {
    // Runs after the locale controller resolved the language for this update.
    const languages = this.resolveContentLanguages();
    // A language change re-renders every text in place; keep what the reader was looking at where it was.
    if (this.hasUpdated && languages !== this.renderedLanguages)
      this.scrollAnchor = this.captureScrollAnchor();
    this.renderedLanguages = languages;
    if (this.serverRendered) {
      if (this.status === 'loading') {
        // Nothing to show yet: the server's HTML stays. Ends the update as ReactiveElement would, without rendering.
        (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(
          this,
          changed,
        );
        return;
      }
      // Replaced in the same task as Lit's first render: no frame shows the timeline empty or twice.
      this.serverRendered = false;
      this.renderRoot.replaceChildren();
      // LitElement meant to render before the root's first child, which is gone.
      this.renderOptions.renderBefore = null;
    }
    this.focusedItem = (this.renderRoot as ShadowRoot).activeElement?.closest<HTMLElement>('[part~="event"]');
    super.update(changed);
  }

  /** Sets the languages of event text from `display-lang`, else the interface language; returns both as a key. */
  private resolveContentLanguages(): string {
    const primary = this.locale.language;
    this.contentLanguages = parseDisplayLanguages(this.displayLang);
    if (this.contentLanguages.length === 0) this.contentLanguages = [primary];
    return `${primary} ${this.contentLanguages.join(' ')}`;
  }

  protected override updated(): void {
    this.sizeSpacers();
    this.keepWindowAnchor();
    const list = this.renderRoot.querySelector('.spacer')?.parentElement;
    if (list && !this.itemHeight) {
      // Created here, not with the element: only long lists need it (and some test DOMs lack ResizeObserver).
      this.listObserver ??= new ResizeObserver(() => {
        if (this.measureEvents()) this.listObserver?.disconnect();
      });
      this.listObserver.observe(list);
    } else if (list) {
      // New data, a filter or new sizes: the window follows where the reader is, not where the list starts.
      this.handleScroll();
    }
    this.restoreScrollAnchor();
    // Items are reused by position: when the window moved, the focused item may now show another event, or be gone
    // (a shorter window on the axis). Focus follows the active event.
    const focused = this.focusedItem;
    this.focusedItem = undefined;
    if (focused && this.activeId && (!focused.isConnected || focused.dataset['eventId'] !== this.activeId)) {
      this.itemFor(this.activeId)?.focus({ preventScroll: true });
    }
    if (this.revealSelected) {
      this.revealSelected = false;
      // Smooth scrolling would move a long list's window along the way, away from the event.
      const reduceMotion =
        matchMedia('(prefers-reduced-motion: reduce)').matches ||
        this.visibleEntries.length > WINDOW_THRESHOLD;
      this.itemFor(this.selected)?.scrollIntoView({
        block: 'nearest',
        behavior: reduceMotion ? 'auto' : 'smooth',
      });
    }
    for (const status of ['loading', 'ready', 'empty', 'error'] as const) {
      if (status === this.status) this.internals.states.add(status);
      else this.internals.states.delete(status);
    }
    // Fired after rendering, so listeners find the events in the shadow DOM.
    const notice = this.pendingNotice;
    this.pendingNotice = undefined;
    if (notice) this.dispatchEvent(notice);
  }

  /** Whether selecting is what shows an event's details (collapsed cards, or the time axis). */
  private get opensOnSelect(): boolean {
    return this.collapsed || (this.layout !== 'vertical' && !!this.axis);
  }

  private get model(): TimelineModel {
    const current = this.loadState;
    return current.status === 'ready' || current.status === 'empty' ? current.model : EMPTY_MODEL;
  }

  private load(): void {
    this.needsLoad = false;
    this.cancelInFlight();
    const useSrc =
      this.srcValue && (this.lastInput === 'src' || this.dataValue === undefined || this.dataValue === null);
    if (!useSrc && this.dataValue !== undefined && this.dataValue !== null) {
      this.apply(fromValidation(validateTimeline(this.dataValue)));
      return;
    }
    // Children written in HTML come before the default dataset (the server has no light DOM to read); their reader
    // loads on demand, like fetching.
    const authored =
      !useSrc &&
      !isServer &&
      this.querySelector(':scope > script[type="application/json"], :scope > hk-ai-event');
    const controller = new AbortController();
    this.inFlight = controller;
    this.loadState = { status: 'loading' };
    const request: Promise<TimelineLoadResult> = useSrc
      ? // Loaded on demand: pages that give data inline never download the fetching code.
        import('../../load/fetch-timeline.js').then(({ fetchTimeline }) =>
          fetchTimeline(this.srcValue as string, { signal: controller.signal, timeoutMs: this.timeout }),
        )
      : authored
        ? // The light-DOM reader imports the JSON reader from the fetching file: both requests at once.
          Promise.all([import('../../load/light-dom.js'), import('../../load/fetch-timeline.js')]).then(
            // Children removed meanwhile leave nothing to show.
            ([{ timelineFromLightDom }]) =>
              timelineFromLightDom(this) ?? fromValidation(validateTimeline({ events: [] })),
          )
        : import('../../default-document.js').then((module) =>
            fromValidation(validateTimeline(module.default)),
          );
    request
      .catch((error: unknown) =>
        failure('network', [
          fatalDiagnostic('network-error', `the data could not be loaded (${String(error)})`),
        ]),
      )
      .then((result) => {
        // A superseded or cancelled request is not an error: its answer is simply dropped.
        if (controller.signal.aborted) return;
        this.inFlight = undefined;
        this.apply(result);
      });
  }

  private parseReference(): CalendarDate | undefined {
    const value = this.relativeTo?.trim();
    if (!value) return undefined;
    if (value === 'now') return calendarDayOf(new Date());
    const parsed = parseCalendarDate(value);
    if (parsed.ok) return parsed.date;
    console.warn(
      `<hk-ai-timeline>: relative-to="${value}" is neither "now" nor a date (2024-12-08); ignored.`,
    );
    return undefined;
  }

  /** The selected event if it is on screen, else the first event on screen, with its distance from the top. */
  private captureScrollAnchor() {
    const items = [...this.renderRoot.querySelectorAll('[part~="event"]')];
    const onScreen = (item: Element) => {
      const { top, bottom } = item.getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    };
    const selected = items.find((item) => item.getAttribute('data-event-id') === this.selected);
    const element = selected && onScreen(selected) ? selected : items.find(onScreen);
    return element ? { element, top: element.getBoundingClientRect().top } : undefined;
  }

  private restoreScrollAnchor(): void {
    const anchor = this.scrollAnchor;
    this.scrollAnchor = undefined;
    if (anchor?.element.isConnected) putBack(this, anchor.element, anchor.top);
  }

  private cancelInFlight(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private apply(result: TimelineLoadResult): void {
    if (!result.ok) {
      this.setFailure(result.failure);
    } else {
      const model = normalizeTimeline(result.document);
      this.windowStart = 0;
      this.windowSize = 0;
      this.itemHeight = 0;
      const count = model.entries.length;
      this.loadState = { status: count > 0 ? 'ready' : 'empty', model, diagnostics: result.diagnostics };
      this.pendingNotice = new HkAiLoadEvent({ count, diagnostics: result.diagnostics });
      this.followHash();
    }
  }

  /** With `hash-link`, selects the event the URL's `#<id>` names, if there is one. */
  private readonly followHash = () => {
    if (!this.hashLink || !location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (id !== this.selected && this.entryFor(id)) {
      this.select(id);
      this.revealSelected = true;
    }
  };

  private visibleCache?: { key: unknown[]; entries: readonly TimelineEntry[] };
  private categories?: [readonly TimelineEntry[], readonly TimelineCategory[]];

  /** The entries that pass `filter` and `query`; recomputed only when the model or the filter changes. */
  private get visibleEntries(): readonly TimelineEntry[] {
    const key = [this.model, this.filter, this.query];
    if (!this.visibleCache || key.some((part, i) => part !== this.visibleCache!.key[i])) {
      const entries = filterEntries(this.model.entries, { category: this.filter, query: this.query });
      this.visibleCache = { key, entries };
    }
    return this.visibleCache.entries;
  }

  /** Moves the window of a long list so that it holds this event. */
  private showInWindow(id: string | undefined): void {
    const index = this.visibleEntries.findIndex((entry) => entry.id === id);
    if (index >= 0) this.windowStart = windowHolding(this.windowStart, index, this.currentWindowSize);
  }

  /** Events in the window of a long list: a screenful and margins, by measured or else estimated height. */
  private get currentWindowSize(): number {
    return this.windowSize || windowSizeFor(isServer ? 1000 : innerHeight);
  }

  /** Sizes the spacers of a windowed list: the events they stand in for, at the measured (or estimated) height. */
  private sizeSpacers(): void {
    const height = this.itemHeight || ESTIMATED_EVENT_HEIGHT;
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    for (const spacer of this.renderRoot.querySelectorAll<HTMLElement>('.spacer'))
      spacer.style.blockSize = `${Number(spacer.dataset['count']) * height}px`;
  }

  /**
   * Measures the average height of the events on screen, to size the spacers and the window: first once the browser
   * has laid the list out (so it forces no layout of its own), then on scrolling, when events of another height come
   * into view (a change of more than a fifth). Only events whose content is rendered count: the others
   * (`content-visibility: auto`) hold a placeholder height. Returns false while none is on screen.
   */
  private measureEvents(): boolean {
    const boxes = [...this.renderRoot.querySelectorAll('[part~="event"]')]
      // Browsers without checkVisibility (Safari before 17.4) have no content-visibility either: all are rendered.
      .filter((item) => item.lastElementChild?.checkVisibility?.({ contentVisibilityAuto: true }) ?? true)
      .map((item) => item.getBoundingClientRect())
      .filter((box) => box.bottom > 0 && box.top < innerHeight);
    if (boxes.length === 0) return false;
    const height = Math.max(1, (boxes.at(-1)!.bottom - boxes[0]!.top) / boxes.length);
    if (Math.abs(height - this.itemHeight) <= this.itemHeight / 5) return true;
    this.itemHeight = height;
    this.growWindow();
    // The spacer above changes with the height: the events on screen stay where they are.
    const anchor = this.windowStart > 0 ? this.renderRoot.querySelector('[part~="event"]') : null;
    const top = anchor?.getBoundingClientRect().top ?? 0;
    this.sizeSpacers();
    putBack(this, anchor, top);
    return true;
  }

  /** Makes the window hold a screenful of events, at their measured (or estimated) height, and the margins. */
  private growWindow(): void {
    // Grows only: a window a few events longer than needed costs less than rendering it again.
    const size = windowSizeFor(innerHeight, this.itemHeight);
    if (size > this.renderRoot.querySelectorAll('[part~="event"]').length) this.windowSize = size;
  }

  /** Measures the events of a long list after the browser's first layout of it (ResizeObserver's first call). */
  private listObserver?: ResizeObserver;

  /**
   * The event at the top of the screen when the window last moved, and where its top was. The spacers count every
   * event at the average height: once the window has moved, the reader's event goes back to where it was, whatever
   * the heights of the events around it.
   */
  private windowAnchor?: { index: number; top: number };

  private keepWindowAnchor(): void {
    const anchor = this.windowAnchor;
    this.windowAnchor = undefined;
    if (anchor)
      putBack(this, this.renderRoot.querySelector(`[aria-posinset="${anchor.index + 1}"]`), anchor.top);
  }

  /** Follows scrolling and resizing with the window of a long list (once a frame at most). */
  private readonly handleScroll = () => {
    if (this.visibleEntries.length <= WINDOW_THRESHOLD || this.layout !== 'vertical') return;
    this.scrollFrame ||= requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const list = this.renderRoot.querySelector('[part="list"]');
      // A hidden timeline (display: none) has no boxes to follow the page's scrolling with.
      if (!list?.getClientRects().length) return;
      this.measureEvents();
      // A taller viewport (a resize) holds more events.
      this.growWindow();
      const items = [...list.querySelectorAll('[part~="event"]')];
      const boxes = items.map((item) => item.getBoundingClientRect());
      const atTop = indexAtTop(
        Number(items[0]?.getAttribute('aria-posinset') ?? 1) - 1,
        boxes[0]?.top ?? list.getBoundingClientRect().top,
        boxes.map((box) => box.bottom),
        this.itemHeight || ESTIMATED_EVENT_HEIGHT,
      );
      // While an event has focus, the window keeps it (windowForScroll).
      const active = this.renderRoot.contains((this.renderRoot as ShadowRoot).activeElement)
        ? this.visibleEntries.findIndex((e) => e.id === this.activeId)
        : -1;
      const start = windowForScroll(
        this.visibleEntries.length,
        atTop.index,
        active,
        this.windowStart,
        this.currentWindowSize,
      );
      if (start !== this.windowStart) {
        this.windowAnchor = atTop;
        this.windowStart = start;
      }
    });
  };

  private entryFor(id: string | undefined): TimelineEntry | undefined {
    return this.model.entries.find((entry) => entry.id === id);
  }

  private itemFor(id: string | undefined): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="event"]')].find(
      (item) => item.dataset['eventId'] === id,
    );
  }

  /** Selects an event for the reader: fires hk-ai-select and, with hash-link, writes the id into the URL. */
  private select(id: string): void {
    const entry = this.entryFor(id);
    if (!entry) return;
    if (id === this.selected && this.opensOnSelect) {
      this.selected = undefined;
      return;
    }
    this.selected = id;
    this.activeId = id;
    if (this.hashLink) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
    this.dispatchEvent(new HkAiSelectEvent({ id, event: entry }));
  }

  /** Applies a search or filter the reader made: fires hk-ai-filter-change and, with url-state, updates the URL. */
  private changeFilter(change: { filter?: string | undefined; query?: string | undefined }): void {
    Object.assign(this, change);
    const filter = this.filter || undefined;
    const query = this.query || undefined;
    if (this.urlState) {
      const url = new URL(location.href);
      for (const [name, value] of [
        ['q', query],
        ['category', filter],
      ] as const) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(history.state, '', url);
    }
    this.dispatchEvent(new HkAiFilterChangeEvent({ filter, query, count: this.visibleEntries.length }));
  }

  /** Focus reaching an event by any means (Tab, a screen reader, a script) makes it the active one. */
  private readonly handleListFocus = (event: FocusEvent) => {
    const id = (event.target as Element).closest<HTMLElement>('[part~="event"]')?.dataset['eventId'];
    if (id) this.activeId = id;
  };

  private readonly handleListClick = (event: MouseEvent) => {
    const item = (event.target as Element).closest<HTMLElement>('[part~="event"]');
    // A click on a source link follows the link; anywhere else on an event selects it.
    if (!item || (event.target as Element).closest('a')) return;
    this.select(item.dataset['eventId']!);
    item.focus();
  };

  private readonly handleListKeydown = async (event: KeyboardEvent) => {
    const item = (event.target as Element).closest<HTMLElement>('[part~="event"]');
    if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
    // Indexes among all shown events, not the DOM: in a long list the next event may not be rendered yet.
    const entries = this.visibleEntries;
    const index = entries.findIndex((entry) => entry.id === item.dataset['eventId']);
    const target = (
      {
        ArrowDown: index + 1,
        ArrowRight: index + 1,
        ArrowUp: index - 1,
        ArrowLeft: index - 1,
        Home: 0,
        End: entries.length - 1,
      } as Record<string, number>
    )[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const id = entries[Math.min(Math.max(target, 0), entries.length - 1)]!.id;
      this.activeId = id;
      this.showInWindow(id);
      await this.updateComplete;
      this.itemFor(id)?.focus();
    } else if ((event.key === 'Enter' || event.key === ' ') && event.target === item) {
      // Only on the event itself: Enter on a source link still follows the link.
      event.preventDefault();
      this.select(item.dataset['eventId']!);
    }
  };

  private setFailure(failed: TimelineFailure): void {
    this.loadState = { status: 'error', failure: failed };
    this.pendingNotice = new HkAiErrorEvent(failed);
  }

  protected override render(): TemplateResult {
    const t = this.locale.translation;
    const { title, description } = this.model;
    const entries = this.visibleEntries;
    const total = this.model.entries.length;
    const level = clampLevel(this.headingLevel);
    const statusText =
      this.status === 'loading'
        ? t.loading
        : this.status === 'empty'
          ? t.empty
          : entries.length === 0 && total > 0
            ? t.noMatches
            : entries.length < total
              ? t.results(entries.length, total)
              : '';
    // Items are reused by position (map, not the 0.8 KB repeat directive): order only changes with new data or a
    // filter, and then focus is in the search box or on a button, not on an item.
    const axis = this.layout !== 'vertical' ? this.axis : undefined;
    // Spacers keep a long list's full height, so the scrollbar and scrolling behave as if every event were there.
    const spacer = (count: number) =>
      count > 0 ? html`<li class="spacer" aria-hidden="true" data-count=${count}></li>` : nothing;
    /**
     * The list of the events at `indexes` (among those shown; all when absent): a window of a long list, or what
     * the axis has on screen. One tab stop: the active event, else the selected one, else the first rendered.
     */
    const list = (indexes?: readonly number[], before = 0, after = 0) => {
      const picked = indexes ?? entries.map((_, i) => i);
      const tabStop =
        [this.activeId, this.selected].find((id) => picked.some((i) => entries[i]!.id === id)) ??
        entries[picked[0]!]?.id;
      return html`<ol
        class="events"
        part="list"
        aria-label=${t.eventsLabel}
        @click=${this.handleListClick}
        @keydown=${this.handleListKeydown}
        @focusin=${this.handleListFocus}
      >
        ${spacer(before)}
        ${picked.map((i) => {
          const entry = entries[i]!;
          return this.renderEntry(
            entry,
            t,
            Math.min(level + 1, 6),
            entry.id === tabStop,
            indexes ? i + 1 : 0,
            entries.length,
            entry.date.year !== entries[i - 1]?.date.year
              ? formatCalendarDate({ ...entry.date, precision: 'year' }, t)
              : undefined,
          );
        })}
        ${spacer(after)}
      </ol>`;
    };
    const { start, end, windowed } = listWindow(entries.length, this.windowStart, this.currentWindowSize);
    const indexes = windowed ? Array.from({ length: end - start }, (_, i) => start + i) : undefined;
    return html`<div class="timeline" lang=${t.lang}>
      ${title ? html`<p class="heading" part="heading" role="heading" aria-level=${level}>${this.text(title, t)}</p>` : nothing}
      ${description ? html`<p class="intro" part="intro">${this.text(description, t)}</p>` : nothing}
      ${total > 0 ? this.renderControls(t) : nothing}
      <p class="status" part="notice" role="status">${statusText}</p>
      ${this.loadState.status === 'error' ? this.renderError(this.loadState.failure, t) : nothing}
      ${this.renderDiagnostics(t)}
      ${
        // While the axis's module loads, nothing: the list would be laid out only to be thrown away.
        entries.length === 0 || (this.layout !== 'vertical' && !axis)
          ? nothing
          : axis
            ? axis.render({
                renderList: (shown) => list(shown),
                keep: [this.activeId, this.selected],
                entries,
                eras: this.model.eras ?? NO_ERAS,
                translation: t,
                language: this.locale.language,
                renderLabel: (era) => formatDateLabel({ ...era, approximate: false }, t, (_, text) => text),
                renderText: (era) => this.text(era.title, t),
              })
            : list(indexes, start, entries.length - end)
      }
    </div>`;
  }

  private renderControls(t: Translation): TemplateResult {
    // Once per data set: every render (a language change, a search) would fold every event's category again.
    const { entries } = this.model;
    if (this.categories?.[0] !== entries) this.categories = [entries, categoriesOf(entries)];
    const categories = this.categories[1];
    const filter = this.filter?.trim();
    const chip = (key: string | undefined, label: TemplateResult | string, pressed: boolean) =>
      html`<button
        type="button"
        part="chip"
        class="chip"
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => this.changeFilter({ filter: key })}
      >
        ${label}
      </button>`;
    return html`<div class="controls" part="controls">
      <input
        type="search"
        part="search"
        class="search"
        .value=${this.query ?? ''}
        placeholder=${t.searchLabel}
        aria-label=${t.searchLabel}
        @input=${(event: InputEvent) => this.changeFilter({ query: (event.target as HTMLInputElement).value })}
      />
      ${
        categories.length > 1
          ? html`<div class="chips" role="group" aria-label=${t.categoryLabel}>
              ${chip(undefined, t.allCategories, !filter)}
              ${categories.map((category) => chip(category.key, this.text(category.label, t), !!filter && matchesCategory(category.label, filter)))}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderError(failed: TimelineFailure, t: Translation): TemplateResult {
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${t.loadFailed}</p>
      <p>${t.failureHints[failed.kind]}</p>
      <p lang="en"><code>${failed.message}</code></p>
    </div>`;
  }

  private renderDiagnostics(t: Translation) {
    const current = this.loadState;
    if (current.status !== 'ready' && current.status !== 'empty') return nothing;
    if (current.diagnostics.length === 0) return nothing;
    const errors = current.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = current.diagnostics.length - errors;
    const summary = [errors ? t.skipped(errors) : '', warnings ? t.warnings(warnings) : '']
      .filter(Boolean)
      .join(' ');
    return html`<details class="diagnostics" part="problems">
      <summary>${summary}</summary>
      <ul lang="en">
        ${current.diagnostics.map((d) => html`<li><code>${d.message}</code></li>`)}
      </ul>
    </details>`;
  }

  /** `position` is the 1-based place in a windowed list (0 when every event is in the DOM) of `setSize` events. */
  private renderEntry(
    entry: TimelineEntry,
    t: Translation,
    level: number,
    isTabStop: boolean,
    position = 0,
    setSize = 0,
    yearLabel?: string,
  ): TemplateResult {
    const label = formatDateLabel(entry, t, (date, text) => html`<time datetime=${date.iso}>${text}</time>`);
    const selected = entry.id === this.selected;
    return html`<li
      class=${`event${entry.approximate ? ' approximate' : ''}${selected ? ' selected' : ''}`}
      part="event"
      data-event-id=${entry.id}
      aria-current=${ifDefined(selected ? 'true' : undefined)}
      tabindex=${isTabStop ? 0 : -1}
      aria-posinset=${ifDefined(position || undefined)}
      aria-setsize=${ifDefined(position ? setSize : undefined)}
    >
      ${yearLabel ? html`<p class="year-label" part="year" aria-hidden="true">${yearLabel}</p>` : nothing}
      <span class="marker" part="marker"></span>
      <div class="card" part="card">
        <p class="date" part="date">${label}</p>
        ${
          this.reference && relativeDates
            ? html`<p class="relative" part="relative">${relativeDates(entry.date, this.reference, t)}</p>`
            : nothing
        }
        <p class="title" part="title" role="heading" aria-level=${level}>
          ${this.text(entry.title, t, true)}
        </p>
        ${entry.description ? html`<p class="description" part="description">${this.text(entry.description, t, true)}</p>` : nothing}
        ${this.renderMeta(entry, t)}
        ${
          entry.media
            ? html`<img
                class="media"
                part="media"
                src=${entry.media.image}
                alt=${resolveText(entry.media.alt, this.locale.language).text}
                loading="lazy"
                decoding="async"
              />`
            : nothing
        }
        ${entry.sources.length > 0 ? this.renderSources(entry.sources, t, isTabStop) : nothing}
      </div>
    </li>`;
  }

  private renderMeta(entry: TimelineEntry, t: Translation) {
    const showConfidence = entry.confidence !== undefined && entry.confidence !== 'high';
    if (!entry.category && !showConfidence) return nothing;
    return html`<ul class="meta" part="meta">
      ${
        entry.category
          ? html`<li class="category" part="category" title=${t.category}>
              ${this.text(entry.category, t)}
            </li>`
          : nothing
      }
      ${showConfidence ? html`<li part="confidence">${t.confidence(entry.confidence!)}</li>` : nothing}
    </ul>`;
  }

  /** Links of events other than the tab stop leave the tab order, so the list stays one tab stop. */
  private renderSources(
    sources: readonly TimelineSource[],
    t: Translation,
    tabbable: boolean,
  ): TemplateResult {
    return html`<div class="sources" part="sources">
      <p class="sources-label">${t.sources}</p>
      <ol>
        ${sources.map(
          (source) =>
            html`<li>
              <a
                part="source-link"
                href=${source.url}
                rel="noopener noreferrer"
                tabindex=${ifDefined(tabbable ? undefined : -1)}
                >${source.title ? this.text(source.title, t) : source.url}</a
              >${source.publisher ? html`, ${this.text(source.publisher, t)}` : nothing}${
                source.date ? html`, ${this.renderDate(source.date, t)}` : nothing
              }
            </li>`,
        )}
      </ol>
    </div>`;
  }

  private renderDate(date: CalendarDate, t: Translation): TemplateResult {
    return html`<time datetime=${date.iso}>${formatCalendarDate(date, t)}</time>`;
  }

  /**
   * Text in the reader's language if the data has it, tagged with the language it is really in and isolated with
   * `dir="auto"` so that no string can reorder the interface around it. With two display languages, the second
   * follows on its own line when the data has it (never as a fallback).
   */
  private text(value: LocalizedString, t: Translation, hintFallback = false): TemplateResult {
    const [primaryLanguage = this.locale.language, secondaryLanguage] = this.contentLanguages;
    const primary = resolveText(value, primaryLanguage);
    const hint =
      hintFallback && primary.isFallback && primary.lang !== ''
        ? html` <span class="fallback">(${t.notAvailableIn(t.languageNames[primaryLanguage])})</span>`
        : nothing;
    const secondary = secondaryLanguage ? resolveText(value, secondaryLanguage) : undefined;
    const showSecondary = secondary && !secondary.isFallback && secondary.lang !== primary.lang;
    return html`<span lang=${ifDefined(primary.lang || undefined)} dir="auto">${primary.text}</span>${hint}${
        showSecondary
          ? html`<span class="secondary" part="secondary" lang=${secondary.lang} dir="auto"
              >${secondary.text}</span
            >`
          : nothing
      }`;
  }
}

/** Scrolls what scrolls `host` so that `item`, if it moved, is back at `top` (from the top of the viewport). */
function putBack(host: Element, item: Element | null, top: number): void {
  const shift = item ? item.getBoundingClientRect().top - top : 0;
  if (Math.abs(shift) >= 1) scrollContainerOf(host).scrollBy(0, shift);
}

/** The element that scrolls the host: the nearest scrollable ancestor (across shadow roots), else the page. */
function scrollContainerOf(element: Element): Element {
  for (let node = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (
      node instanceof Element &&
      node.scrollHeight > node.clientHeight &&
      /auto|scroll/.test(getComputedStyle(node).overflowY)
    ) {
      return node;
    }
  }
  return document.scrollingElement ?? document.documentElement;
}

function clampLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(Math.max(level, 1), 5) : 2;
}

declare global {
  interface HTMLElementTagNameMap {
    'hk-ai-timeline': HkAiTimeline;
  }
}
