/**
 * The horizontal layout of <hk-ai-timeline>: a proportional time axis with year and month ticks, eras behind the
 * events, events stacked in lanes so none overlaps another, and zoom (buttons, keys, ctrl+wheel, pinch) and pan
 * (drag, scroll). Loaded on demand, only by timelines whose layout comes to `horizontal`, so the vertical list
 * costs none of it. The arithmetic is in `axis-layout.ts`, the template in `time-axis-template.ts`.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { TimelineEntry, TimelineEra } from '../../model/normalize.js';
import {
  axisExtent,
  axisTicks,
  axisWindow,
  clampZoom,
  placeEvents,
  type AxisView,
  type Extent,
  type Placement,
} from './axis-layout.js';
import { WINDOW_THRESHOLD, windowSizeFor } from './list-window.js';
import { renderAxis, ZOOM_STEP, type AxisHandlers } from './time-axis-template.js';
import axisStyles from './time-axis.styles.js';
import type { TimelineView } from './timeline-view.js';

/** The height of a lane in rem: `--_lane` in the styles. */
const LANE_REM = 6.25;
/** A card's width before one has been measured: `--hk-ai-timeline-card-width`'s default, 14rem. */
const DEFAULT_CARD_REM = 14;

export interface TimeAxisHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class TimeAxis implements ReactiveController {
  /** 1 shows the whole axis; 2 makes it twice the viewport's width, and so on. */
  zoom = 1;
  private viewportWidth = 0;
  private extent: Extent = { min: 0, max: 1 };
  private extentOf?: readonly unknown[];
  private entries: readonly TimelineEntry[] = [];
  private cardWidth = 0;
  /** Every event's place, computed once per data, zoom, width and card width. */
  private layout?: {
    readonly key: readonly unknown[];
    readonly placements: Placement[];
    readonly lanes: number;
    readonly index: Map<string, number>;
  };
  /** What of the track was on screen when last measured, for long timelines. */
  private view?: AxisView;
  private viewFrame = 0;
  /** A point of the axis (0–1) to keep at `offset` pixels from the viewport's left edge after a zoom. */
  private anchor?: { at: number; offset: number };
  /** Follows the viewport's width (and the host's, before the viewport is rendered). */
  private readonly resizeObserver = new ResizeObserver(() => this.measureWidth());
  private observedViewport?: Element;
  private readonly pointers = new Map<number, { x: number }>();
  private pinchDistance = 0;
  private dragged = false;
  private readonly handlers: AxisHandlers;

  constructor(private readonly host: TimeAxisHost) {
    host.addController(this);
    const root = host.renderRoot;
    // Constructable style sheets, not a <style> element: allowed under a strict Content-Security-Policy.
    if (root instanceof ShadowRoot && axisStyles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, axisStyles.styleSheet];
    this.handlers = {
      zoomBy: (factor) => this.zoomBy(factor),
      wheel: this.handleWheel,
      keydown: this.handleKeydown,
      pointerDown: this.handlePointerDown,
      pointerMove: this.handlePointerMove,
      pointerUp: this.handlePointerUp,
      click: this.handleClickAfterDrag,
      scroll: this.followScroll,
    };
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    this.resizeObserver.observe(this.host);
    // The page scrolling vertically brings other lanes into view; capture, since scroll events do not bubble.
    document.addEventListener('scroll', this.followScroll, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
    this.observedViewport = undefined;
    document.removeEventListener('scroll', this.followScroll, { capture: true });
  }

  /**
   * Called in the timeline's `willUpdate`: the indexes of the events to render, in order, or `undefined` for all
   * of them. A long timeline renders only the events on screen (plus a margin) and those in `keep`, the active and
   * the selected one; when none of these is on screen (the axis is below the fold), the first event still is, so
   * the events always hold a tab stop.
   */
  prepare(
    entries: readonly TimelineEntry[],
    eras: readonly TimelineEra[],
    keep: readonly (string | undefined)[],
  ): readonly number[] | undefined {
    // Before the first measurement, the host's width less the viewport's borders: ticks and the window are right
    // at the first render, not one frame later.
    this.viewportWidth ||= Math.max(0, this.host.clientWidth - 2);
    if (this.extentOf?.[0] !== entries || this.extentOf[1] !== eras) {
      // Once per data: a long timeline re-renders as it scrolls.
      this.extent = axisExtent([...entries, ...eras]);
      this.extentOf = [entries, eras];
    }
    this.entries = entries;
    if (entries.length <= WINDOW_THRESHOLD) return undefined;
    const layout = this.placeAll();
    if (!layout || !this.view) return [...Array(Math.min(windowSizeFor(innerHeight), entries.length)).keys()];
    const kept = new Set(keep.map((id) => (id === undefined ? -1 : (layout.index.get(id) ?? -1))));
    const shown = axisWindow(layout.placements, this.view, this.cardWidth, kept);
    return shown.length > 0 ? shown : [0];
  }

  /** The axis around `list`, for the view prepared last. */
  render(view: TimelineView, list: TemplateResult): TemplateResult {
    const ticks = this.viewportWidth ? axisTicks(this.extent, this.viewportWidth * this.zoom) : [];
    const state = {
      extent: this.extent,
      ticks,
      canZoomOut: this.zoom > 1,
      canZoomIn: this.zoom < clampZoom(Infinity, this.viewportWidth),
    };
    return renderAxis(state, view, list, this.handlers);
  }

  /** Places every event for the current data, zoom and sizes (once; then from the cache). */
  private placeAll() {
    if (!this.viewportWidth) return undefined;
    const trackWidth = this.viewportWidth * this.zoom;
    const cardWidth = this.cardWidth || DEFAULT_CARD_REM * rootFontSize();
    const key = [this.entries, this.extent, trackWidth, cardWidth];
    if (!this.layout || key.some((part, i) => part !== this.layout!.key[i])) {
      const { placements, lanes } = placeEvents(this.entries, this.extent, trackWidth, cardWidth);
      const index = new Map(this.entries.map((entry, i) => [entry.id, i]));
      this.layout = { key, placements, lanes, index };
    }
    return this.layout;
  }

  /**
   * Places the events: each at its date, as wide as its period when that is wider than a dot, in the first lane
   * where its card overlaps no other. Runs after every render, with the CSSOM (allowed under a strict CSP).
   */
  hostUpdated(): void {
    const root = this.host.renderRoot;
    const viewport = root.querySelector<HTMLElement>('.viewport');
    const track = root.querySelector<HTMLElement>('.track');
    if (!viewport || !track) return;
    if (viewport !== this.observedViewport) {
      // Its first report corrects the width estimated for the first render, if it was wrong.
      this.observedViewport = viewport;
      this.resizeObserver.observe(viewport);
    }
    const trackWidth = this.viewportWidth * this.zoom;
    track.style.setProperty('--track-width', `${trackWidth}px`);
    const items = [...root.querySelectorAll<HTMLElement>('.event')];
    const measured = items[0]?.querySelector<HTMLElement>('.card')?.offsetWidth;
    if (measured) this.cardWidth = measured;
    const layout = this.placeAll();
    if (!layout) return;
    for (const item of items) {
      const place = layout.placements[layout.index.get(item.dataset['eventId'] ?? '') ?? -1];
      if (!place) continue;
      item.style.setProperty('--x', `${place.x}px`);
      item.style.setProperty('--marker-at', `${place.marker}px`);
      item.style.setProperty('--length', `${place.length}px`);
      item.style.setProperty('--lane', String(place.lane));
    }
    track.style.setProperty('--lanes', String(layout.lanes));
    // Ticks and eras: fractions of the axis, from their data attributes.
    for (const mark of root.querySelectorAll<HTMLElement>('[data-at]')) {
      mark.style.setProperty('--at', mark.dataset['at']!);
      mark.style.setProperty('--span', mark.dataset['span'] ?? '0');
    }
    if (this.anchor) {
      viewport.scrollLeft = this.anchor.at * trackWidth - this.anchor.offset;
      this.anchor = undefined;
    }
    // What is on screen now, measured in the next frame: a long timeline may then render other events.
    this.followScroll();
  }

  /** The viewport's width, from the ResizeObserver: the ticks and places depend on it. */
  private measureWidth(): void {
    const width = this.host.renderRoot.querySelector<HTMLElement>('.viewport')?.clientWidth;
    if (!width || width === this.viewportWidth) return;
    this.viewportWidth = width;
    this.zoom = clampZoom(this.zoom, width);
    // In the next frame: new lanes resize the host, which in this one would be a ResizeObserver loop.
    requestAnimationFrame(() => this.host.requestUpdate());
  }

  /** Measures what of the track is on screen; with a long timeline, renders again when that changed. */
  private measureView(): void {
    const root = this.host.renderRoot;
    const viewport = root.querySelector<HTMLElement>('.viewport');
    const list = root.querySelector<HTMLElement>('.events');
    if (!viewport || !list) return;
    const lane = LANE_REM * rootFontSize();
    const top = list.getBoundingClientRect().top;
    const view = {
      left: viewport.scrollLeft,
      right: viewport.scrollLeft + viewport.clientWidth,
      firstLane: Math.floor(-top / lane),
      lastLane: Math.ceil((innerHeight - top) / lane),
    };
    const old = this.view;
    this.view = view;
    const moved =
      !old ||
      Math.abs(old.left - view.left) > 100 ||
      old.firstLane !== view.firstLane ||
      old.lastLane !== view.lastLane;
    if (moved) this.host.requestUpdate();
  }

  /** Scrolling, of the axis or of the page: measure again, once a frame at most. */
  private readonly followScroll = () => {
    if (this.viewFrame || this.entries.length <= WINDOW_THRESHOLD) return;
    this.viewFrame = requestAnimationFrame(() => {
      this.viewFrame = 0;
      if (this.host.isConnected) this.measureView();
    });
  };

  /**
   * Zooms by `factor` (0 fits the whole axis), keeping the point `offset` pixels into the viewport where it is:
   * under the pointer for the wheel and pinch, the middle for buttons and keys.
   */
  zoomBy(factor: number, offset = this.viewportWidth / 2): void {
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    if (!viewport) return;
    const next = factor === 0 ? 1 : clampZoom(this.zoom * factor, this.viewportWidth);
    if (next === this.zoom) return;
    const trackWidth = this.viewportWidth * this.zoom;
    this.anchor = { at: trackWidth ? (viewport.scrollLeft + offset) / trackWidth : 0, offset };
    this.zoom = next;
    this.host.requestUpdate();
  }

  private readonly handleKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const factor = ({ '+': ZOOM_STEP, '=': ZOOM_STEP, '-': 1 / ZOOM_STEP, '0': 0 } as Record<string, number>)[
      event.key
    ];
    if (factor === undefined || (event.target as Element).closest('input')) return;
    event.preventDefault();
    this.zoomBy(factor);
  };

  /** Ctrl+wheel (and a touchpad's pinch, which browsers send as one) zooms; a plain wheel scrolls as usual. */
  private readonly handleWheel = (event: WheelEvent) => {
    if (!event.ctrlKey) return;
    event.preventDefault();
    this.zoomBy(Math.exp(-event.deltaY * 0.01), this.offsetOf(event));
  };

  private offsetOf(event: { clientX: number }): number {
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport')!;
    return event.clientX - viewport.getBoundingClientRect().left;
  }

  private readonly handlePointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || (event.target as Element).closest('a, button')) return;
    this.pointers.set(event.pointerId, { x: event.clientX });
    this.dragged = false;
    this.pinchDistance = this.pointerDistance();
  };

  /** One mouse pointer drags the axis; two touch points pinch it. */
  private readonly handlePointerMove = (event: PointerEvent) => {
    const pointer = this.pointers.get(event.pointerId);
    if (!pointer) return;
    const viewport = event.currentTarget as HTMLElement;
    if (this.pointers.size === 2) {
      pointer.x = event.clientX;
      const distance = this.pointerDistance();
      if (this.pinchDistance > 0 && distance > 0) {
        const [a, b] = [...this.pointers.values()];
        this.zoomBy(distance / this.pinchDistance, this.offsetOf({ clientX: (a!.x + b!.x) / 2 }));
      }
      this.pinchDistance = distance;
    } else if (event.pointerType === 'mouse') {
      const moved = event.clientX - pointer.x;
      if (!this.dragged && Math.abs(moved) < 4) return;
      if (!this.dragged) viewport.setPointerCapture(event.pointerId);
      this.dragged = true;
      viewport.scrollLeft -= moved;
      pointer.x = event.clientX;
    }
  };

  private readonly handlePointerUp = (event: PointerEvent) => {
    this.pointers.delete(event.pointerId);
    this.pinchDistance = this.pointerDistance();
  };

  /** A drag ends with a click: it must not also select the event it ended on. */
  private readonly handleClickAfterDrag = (event: MouseEvent) => {
    if (!this.dragged) return;
    this.dragged = false;
    event.stopPropagation();
  };

  private pointerDistance(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.abs(a.x - b.x) : 0;
  }
}

function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
