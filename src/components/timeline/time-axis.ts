/**
 * The horizontal layout of <hk-ai-timeline>: a proportional time axis. Markers and range bars lie on the axis band,
 * labels (date and title) stand in lanes above it, and crowded periods fold into clusters; named zoom steps, an
 * overview strip once zoomed in, and the selected event's card below. Loaded on demand, only by timelines whose
 * layout comes to `horizontal`, so the vertical list costs none of it. The arithmetic is in
 * `axis-layout.ts`, `axis-labels.ts` and `zoom-steps.ts`; the template in `time-axis-template.ts`.
 */
import type { PosterModule } from '../../controllers/print-controller.js';
import type { ReactiveController, TemplateResult } from 'lit';
import type { TimelineEntry, TimelineEra } from '../../model/normalize.js';
import {
  layoutLabels,
  stopId,
  stopInView,
  stopShows,
  type AxisItem,
  type AxisLabelLayout,
  type AxisStop,
  type LabelSizes,
} from './axis-labels.js';
import { axisExtent, axisTicks, fractionOf, spanOf, type Extent } from './axis-layout.js';
import type { AxisOverview } from './axis-overview.js';
import { AxisPointer } from './axis-pointer.js';
import { periodText, renderAxis, type AxisState } from './time-axis-template.js';
import axisStyles from './time-axis.styles.js';
import type { AxisInput, TimeAxisHost, TimeAxisOptions } from './axis-input.js';
import type { TimelineHandlers } from './timeline-templates.js';
import type { TimelineView } from './timeline-view.js';
import {
  ZOOM_STEPS,
  availableSteps,
  finestPrecision,
  finestStep,
  formatPeriod,
  isZoomLevel,
  levelOf,
  maxZoom,
  nextLevel,
  parsePeriod,
  zoomForLevel,
  type ZoomLevel,
  type ZoomStep,
} from './zoom-steps.js';

/** A label's width before one has been measured: `--hk-ai-timeline-card-width`'s default, in rem. */
const LABEL_REM = 11;
const CLUSTER_REM = 10;
/** Lanes of labels above the axis, the cluster lane included. */
const MAX_LANES = 4;
/**
 * Rendered beyond each side of the viewport, so a pan shows no gap before the next frame renders what it brings in
 * (up to 160 px a frame). Each zoom step renders it too: at 240 px a step of 10,000 events cost about 2 ms more.
 */
const MARGIN = 160;

export type { AxisInput, AxisRange, TimeAxisHost, TimeAxisOptions } from './axis-input.js';

export class TimeAxis implements ReactiveController {
  /** 1 shows the whole axis; 2 makes it twice the viewport's width, and so on. */
  zoom = 1;
  viewportWidth = 0;
  extent: Extent = { min: 0, max: 1 };
  /** The last thing a cluster did, for the live region: "Zoomed to 2023–2024: 7 events". */
  announcement = '';
  private _entries: readonly TimelineEntry[] = [];
  /** Each entry's period in milliseconds. */
  private _spans: readonly { start: number; end: number }[] = [];
  /** Each entry's index by id. */
  private _indexes = new Map<string, number>();
  private _eras: readonly TimelineEra[] = [];
  private _finest: ZoomStep = 'day';
  private _labelWidth = 0;
  private _measureLabel = true;
  /** The root font size, that rem-sized labels and gaps count in (0: not read yet). */
  private _rem = 0;
  /**
   * Label layouts by track width, label width, gap (the rem) and pinned event, for the current data: the last few, so
   * that zooming back to a level (the buttons' steps, the wheel's way back) lays out nothing.
   */
  private readonly _layouts = new Map<string, AxisLabelLayout>();
  private _items?: { readonly key: string | undefined; readonly list: readonly AxisItem[] } | undefined;
  /** The stops (labels and clusters) to render at the next update, and the layout they come from. */
  private _shown: readonly AxisStop[] = [];
  /** Each shown stop's place among all the stops (for `aria-posinset`). */
  private _positions: readonly number[] = [];
  private _pinned?: string | undefined;
  private _reference: AxisInput['reference'];
  private _scrollLeft = 0;
  /** The left edge of what `prepare` chose to render, on the track. */
  private _left = 0;
  private _viewFrame = 0;
  /** What to show after the next render: a point of the axis (0–1) at `offset` px, or a period. */
  private _anchor?: { at: number; offset: number };
  /** The zoom and period last asked for by the page, applied once each. */
  private _requested: { zoom?: string | undefined; period?: string | undefined } = {};
  private _lastRange = '';
  private _rangeTimer = 0;
  private readonly _resizeObserver = new ResizeObserver(() => this._measureWidth());
  private _observedViewport?: Element;
  private readonly _pointer: AxisPointer;
  /** The overview strip, loaded when the reader first zooms in (see axis-overview.ts). */
  private _overview?: AxisOverview | Promise<void>;

  constructor(
    private readonly _host: TimeAxisHost,
    private readonly _options: TimeAxisOptions,
  ) {
    this._host.addController(this);
    this._pointer = new AxisPointer(this, this._host);
    const root = this._host.renderRoot;
    // Constructable style sheets, not a <style> element: allowed under a strict Content-Security-Policy.
    if (root instanceof ShadowRoot && axisStyles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, axisStyles.styleSheet];
    if (this._host.isConnected) this.hostConnected();
  }

  /**
   * The SVG poster's module, that prints as the axis's overview (print-controller.ts). Imported from here, not from
   * the print controller: the poster shares the axis's layout, which it then finds in this chunk, not in a third
   * one that the axis would wait for too.
   */
  loadPoster(): Promise<PosterModule> {
    return import('../../render/svg-poster.js');
  }

  hostConnected(): void {
    this._resizeObserver.observe(this._host);
  }

  hostDisconnected(): void {
    this._resizeObserver.disconnect();
    this._observedViewport = undefined;
    clearTimeout(this._rangeTimer);
  }

  get trackWidth(): number {
    return this.viewportWidth * this.zoom;
  }

  /** The axis's length in time, in milliseconds. */
  private get _span(): number {
    return this.extent.max - this.extent.min;
  }

  /** How far the reader may zoom in: to the data's finest step. */
  private get _maxZoom(): number {
    return maxZoom(this._span, this.viewportWidth, this._finest);
  }

  /** The steps the reader can choose now. */
  get steps(): ZoomStep[] {
    return availableSteps(this._span, this.viewportWidth, this._finest);
  }

  get level(): ZoomLevel {
    return levelOf(this.zoom, this._span, this.viewportWidth, this.steps);
  }

  /**
   * Called in the timeline's `willUpdate`: lays the labels out for the data, zoom and width (once each; then from
   * the cache) and picks what to render: the stops that reach the screen, plus those holding `keep`; when none is on
   * screen, the first, so the events always hold a tab stop. Returns the indexes (into `entries`) of the events
   * whose labels are rendered.
   */
  prepare(input: AxisInput): readonly number[] {
    const { entries, eras, reference } = input;
    // Before the first measurement, the host's width less the viewport's borders: right at the first render.
    this.viewportWidth ||= Math.max(0, this._host.clientWidth - 2);
    // Eras compared by length too: a document without them may hand a new empty array each time.
    if (
      entries !== this._entries ||
      (eras !== this._eras && eras.length + this._eras.length > 0) ||
      reference?.date !== this._reference?.date
    ) {
      // Once per data: every zoom lays the labels out from these.
      this._spans = entries.map(spanOf);
      // The reference line is on the axis, even after the last event ("Today").
      this.extent = axisExtent([...this._spans, ...[...eras, ...(reference ? [reference] : [])].map(spanOf)]);
      this._indexes = new Map();
      entries.forEach((entry, i) => this._indexes.set(entry.id, i));
      this._items = undefined;
      this._layouts.clear();
      this._entries = entries;
      this._eras = eras;
      this._finest = finestStep(finestPrecision(entries));
    }
    this._reference = reference;
    this._applyRequest(input);
    this._pinned = input.pinned;
    const layout = this._labels();
    // A cluster's stop id names its first event: held too, so End reaches a cluster that is off screen.
    const kept = input.keep.map((id) => this._indexes.get(id?.replace(/^cluster:/, '') ?? '') ?? -1);
    // After a zoom, the viewport's left edge is where this render will scroll it to.
    const left = (this._left =
      (this._anchor ? this._anchor.at * this.trackWidth - this._anchor.offset : this._scrollLeft) - MARGIN);
    const right = left + this.viewportWidth + MARGIN * 2;
    const sizes = this._sizes();
    // A loop, not flatMap: it runs over every stop on each zoom and scroll.
    const positions: number[] = [];
    layout.stops.forEach((stop, i) => {
      if (stopInView(stop, left, right, sizes) || stopShows(stop, kept)) positions.push(i);
    });
    if (positions.length === 0 && layout.stops.length > 0) positions.push(0);
    this._positions = positions;
    this._shown = positions.map((i) => layout.stops[i]!);
    return this._shown.flatMap((stop) => (stop.kind === 'event' ? [stop.label.index] : []));
  }

  /** The ids of the stops rendered at the next update, in keyboard order. */
  shownStopIds(): string[] {
    return this._shown.map((stop) => stopId(stop, this._entries));
  }

  /** The stop that shows an event: its label, or the cluster it is folded into. */
  stopFor(id: string): string {
    const index = this._indexes.get(id) ?? -1;
    const stop = this._labels().stops.find((candidate) => stopShows(candidate, [index]));
    return stop ? stopId(stop, this._entries) : id;
  }

  /** The ids of the stops in keyboard order: every label and cluster, rendered or not. */
  stopIds(): string[] {
    return this._labels().stops.map((stop) => stopId(stop, this._entries));
  }

  /** The axis for the view prepared last. */
  render(view: TimelineView, handlers: TimelineHandlers): TemplateResult {
    const layout = this._labels();
    const state: AxisState = {
      extent: this.extent,
      trackWidth: this.trackWidth,
      ticks: this.viewportWidth
        ? axisTicks(this.extent, this.trackWidth, ...this._msRange(this._left, MARGIN * 2))
        : [],
      stops: this._shown,
      positions: this._positions,
      layout,
      rem: this._rem,
      steps: this.steps,
      level: this.level,
      canZoomOut: this.zoom > 1,
      canZoomIn: this.zoom < this._maxZoom / 1.01,
      announcement: this.announcement,
      overview: this._overviewFor(view),
      // By the index, not a search: this runs on every zoom and scroll, over every event.
      selected: this._entries[this._indexes.get(view.selected ?? '') ?? -1],
      reference: this._reference && {
        at: fractionOf(spanOf(this._reference).start, this.extent),
        ...this._reference,
      },
      msAt: (px) => this._msAt(px),
      step: (direction) => this.step(direction),
      show: (level) => this.showLevel(level),
      scroll: () => this.followScroll(),
    };
    return renderAxis(state, view, handlers, this._pointer);
  }

  /**
   * After each render: watches the viewport's size, measures a label once, and scrolls to where a zoom left the
   * reader. Requests no update: what is on screen is measured in the next frame.
   */
  hostUpdated(): void {
    const root = this._host.renderRoot;
    const viewport = root.querySelector<HTMLElement>('.viewport');
    if (!viewport) return;
    if (viewport !== this._observedViewport) {
      // Its first report corrects the width estimated for the first render, if it was wrong.
      this._observedViewport = viewport;
      this._resizeObserver.observe(viewport);
    }
    // Measured once, and again after a resize: reading it forces a layout (one that serves the scroll position
    // below too), which every zoom would pay for.
    const label = this._measureLabel && root.querySelector<HTMLElement>('.event .card')?.offsetWidth;
    if (label) {
      this._measureLabel = false;
      // A page's --hk-ai-timeline-card-width: lay out again with the real width, in the next frame.
      if (label !== this._labelWidth) {
        this._labelWidth = label;
        this.followScroll(true);
      }
    }
    if (this._anchor) {
      viewport.scrollLeft = this._anchor.at * this.trackWidth - this._anchor.offset;
      this._anchor = undefined;
    }
    this._scrollLeft = viewport.scrollLeft;
    this._placeOverview();
  }

  /**
   * Zooms by `factor` (0 fits the whole axis), keeping the point `offset` pixels into the viewport where it is:
   * under the pointer for the wheel and pinch, the middle for buttons and keys.
   */
  zoomBy(factor: number, offset = this.viewportWidth / 2): void {
    this._zoomTo(factor === 0 ? 1 : clamp(this.zoom * factor, 1, this._maxZoom), offset);
  }

  /** Zooms one named step in (`+1`) or out (`-1`). */
  step(direction: 1 | -1): void {
    const span = this._span;
    const level = nextLevel(this.zoom, direction, span, this.viewportWidth, this.steps);
    if (level) this._zoomTo(zoomForLevel(level, span, this.viewportWidth), this.viewportWidth / 2);
  }

  /** Shows a named level, keeping the middle of the viewport in place. */
  showLevel(level: ZoomLevel): void {
    this._zoomTo(zoomForLevel(level, this._span, this.viewportWidth), this.viewportWidth / 2);
  }

  /** Shows the period `[start, end)` (milliseconds), with a little room on each side. */
  showPeriod(start: number, end: number, byReader: boolean): void {
    this.zoom = clamp((this._span / Math.max(end - start, 1)) * 0.9, 1, this._maxZoom);
    this._anchor = { at: fractionOf((start + end) / 2, this.extent), offset: this.viewportWidth / 2 };
    this._changed(byReader);
  }

  /** A cluster was chosen: zooms to its span and says so in the live region; returns its first event's id. */
  openCluster(id: string, view: TimelineView): string | undefined {
    const stop = this._labels().stops.find((candidate) => stopId(candidate, this._entries) === id);
    if (stop?.kind !== 'cluster') return undefined;
    // The span its events cover, from the track back to time.
    const { members } = stop.cluster;
    const [start, end] = [this._msAt(stop.cluster.start), this._msAt(stop.cluster.end)];
    this.showPeriod(start, end, true);
    this.announcement = view.translation.axis.zoomed(
      periodText(start, end, view.translation),
      members.length,
    );
    return this._entries[members[0]!]!.id;
  }

  /** Scrolling, of the axis: render what comes into view, once a frame at most. */
  readonly followScroll = (relayout = false): void => {
    if (relayout) this._layouts.clear();
    if (this._viewFrame) return;
    this._viewFrame = requestAnimationFrame(() => {
      this._viewFrame = 0;
      const viewport = this._host.renderRoot.querySelector<HTMLElement>('.viewport');
      if (!viewport || !this._host.isConnected) return;
      const moved = Math.abs(viewport.scrollLeft - this._scrollLeft);
      this._scrollLeft = viewport.scrollLeft;
      if (moved > MARGIN / 2 || relayout) this._host.requestUpdate();
      this._placeOverview();
      this._reportRange();
    });
  };

  /** The visible period: `[start, end)` in milliseconds. */
  visibleRange(): [number, number] {
    return this._msRange(this._scrollLeft, 0);
  }

  private _msRange(left: number, extra: number): [number, number] {
    return [
      this._msAt(Math.max(0, left)),
      this._msAt(Math.min(this.trackWidth, left + this.viewportWidth + extra)),
    ];
  }

  /** The instant at `px` on the track. */
  private _msAt(px: number): number {
    return this.extent.min + (px / Math.max(1, this.trackWidth)) * this._span;
  }

  /** The reader zooms: keeps the point `offset` pixels into the viewport where it is. */
  private _zoomTo(next: number, offset: number): void {
    if (Math.abs(next - this.zoom) < 1e-9) return;
    const trackWidth = this.trackWidth;
    this._anchor = { at: trackWidth ? (this._scrollLeft + offset) / trackWidth : 0, offset };
    this.zoom = next;
    this._changed(true);
  }

  private _changed(byReader: boolean): void {
    this._host.requestUpdate();
    // A page's request (`_applyRequest`) has reset the range reported: the reader's next one is reported.
    if (byReader) this._reportRange();
  }

  /** Tells the timeline where the reader is, once the view has settled (at most every 200 ms). */
  private _reportRange(): void {
    clearTimeout(this._rangeTimer);
    this._rangeTimer = window.setTimeout(() => {
      const [start, end] = this.visibleRange();
      const range = { zoom: this.level, period: formatPeriod(start, end) };
      const key = `${range.zoom} ${range.period}`;
      if (key === this._lastRange) return;
      this._lastRange = key;
      this._requested = { zoom: range.zoom, period: range.period };
      this._options.rangeChanged(range);
    }, 200);
  }

  /** Applies the page's `zoom` and `period` when they change (the reader's own changes come back equal). */
  private _applyRequest({ zoom, period }: AxisInput): void {
    if (zoom === this._requested.zoom && period === this._requested.period) return;
    const changedPeriod = period !== this._requested.period;
    this._requested = { zoom, period };
    // The properties no longer hold the last range reported: the reader's next one is reported, even if the same.
    this._lastRange = '';
    const parsed = period ? parsePeriod(period) : undefined;
    if (changedPeriod && parsed) {
      this.showPeriod(parsed[0], parsed[1], false);
    } else if (zoom && isZoomLevel(zoom)) {
      this.zoom = zoomForLevel(zoom, this._span, this.viewportWidth || 1);
      this._anchor = {
        at: fractionOf((this.visibleRange()[0] + this.visibleRange()[1]) / 2, this.extent),
        offset: this.viewportWidth / 2,
      };
    } else if (zoom || period) {
      console.warn(
        `<hk-ai-timeline>: zoom="${zoom}" period="${period}" ignored: zoom is one of fit, ${ZOOM_STEPS.join(', ')}; period is like 2023-01/2024-06.`,
      );
    }
  }

  private _sizes(): LabelSizes {
    // Read once, not on every zoom and scroll: reading a computed style can force a style recalculation.
    const rem = (this._rem ||= rootFontSize());
    return {
      // The default width until a label is measured: when that is what it measures, nothing is laid out again.
      labelWidth: (this._labelWidth ||= LABEL_REM * rem),
      // Whole pixels: the layout's arithmetic stays in small integers (see layoutLabels).
      gap: Math.round(0.5 * rem),
      clusterWidth: CLUSTER_REM * rem,
      maxLanes: MAX_LANES,
      dot: Math.round(0.75 * rem),
    };
  }

  /** The label layout for the current data, zoom, width and label size (cached). */
  private _labels(): AxisLabelLayout {
    const trackWidth = this.trackWidth;
    const sizes = this._sizes();
    const key = `${trackWidth} ${sizes.labelWidth} ${sizes.gap} ${this._pinned}`;
    let layout = this._layouts.get(key);
    if (!layout) {
      // The items, as fractions of the track, are made once per data and selection, not on every zoom.
      if (!this._items || this._items.key !== this._pinned) {
        const list = this._spans.map(({ start, end }, i) => ({
          start: fractionOf(start, this.extent),
          end: fractionOf(end, this.extent),
          importance: this._entries[i]!.id === this._pinned ? 6 : this._entries[i]!.importance,
        }));
        this._items = { key: this._pinned, list };
      }
      // The oldest goes: a layout of 10,000 events is worth keeping, but not dozens of them.
      if (this._layouts.size > 3) this._layouts.delete(this._layouts.keys().next().value!);
      this._layouts.set(key, (layout = layoutLabels(this._items.list, trackWidth, sizes, trackWidth)));
    }
    return layout;
  }

  /** The overview strip, when zoomed in: its module is loaded the first time, and the axis rendered again. */
  private _overviewFor(view: TimelineView): TemplateResult | undefined {
    if (this.zoom <= 1) return undefined;
    this._overview ??= import('./axis-overview.js').then(({ AxisOverview }) => {
      this._overview = new AxisOverview(this, this._host.renderRoot);
      this._host.requestUpdate();
    });
    if (this._overview instanceof Promise) return undefined;
    this._overview.describe = (start, end) => periodText(start, end, view.translation);
    return this._overview.render(this._items!.list, view.translation.axis.visiblePeriod);
  }

  private _placeOverview(): void {
    if (!(this._overview instanceof Promise)) this._overview?.place(this._scrollLeft);
  }

  /** The viewport's width, from the ResizeObserver: the ticks and places depend on it. */
  private _measureWidth(): void {
    const width = this._host.renderRoot.querySelector<HTMLElement>('.viewport')?.clientWidth;
    if (!width || width === this.viewportWidth) return;
    this.viewportWidth = width;
    // The page's font size may have changed with it (browser zoom, a media query).
    this._rem = 0;
    this._measureLabel = true;
    this.zoom = clamp(this.zoom, 1, this._maxZoom);
    // In the next frame: new lanes resize the host, which in this one would be a ResizeObserver loop.
    requestAnimationFrame(() => this._host.requestUpdate());
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
