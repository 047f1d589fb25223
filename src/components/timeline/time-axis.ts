/**
 * The horizontal layout of <hk-ai-timeline>: a proportional time axis with year and month ticks, eras behind the
 * events, events stacked in lanes so none overlaps another, and zoom (buttons, keys, ctrl+wheel, pinch) and pan
 * (drag, scroll). Loaded on demand, only by timelines whose `layout` is `horizontal` or `auto`, so the vertical
 * list costs none of it.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Month } from 'date-fns';
import type { Translation } from '../../i18n/index.js';
import type { SupportedLanguage } from '../../model/languages.js';
import type { TimelineEntry, TimelineEra } from '../../model/normalize.js';
import {
  axisExtent,
  axisTicks,
  axisWindow,
  clampZoom,
  fractionOf,
  placeEvents,
  spanOf,
  type AxisView,
  type Extent,
  type Placement,
} from './axis-layout.js';
import { WINDOW_THRESHOLD, windowSizeFor } from './list-window.js';
import axisStyles from './time-axis.styles.js';

/** The axis's own words; the rest of the interface comes from the timeline's translation. */
const WORDS: Record<
  SupportedLanguage,
  { zoom: string; zoomIn: string; zoomOut: string; fit: string; eras: string }
> = {
  en: { zoom: 'Zoom', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', eras: 'Eras' },
  ko: { zoom: '확대/축소', zoomIn: '확대', zoomOut: '축소', fit: '전체 보기', eras: '시대' },
  'zh-Hant': { zoom: '縮放', zoomIn: '放大', zoomOut: '縮小', fit: '顯示全部', eras: '時期' },
};

/** How much one press of a zoom button or key zooms. */
const ZOOM_STEP = 2;
/** The height of a lane in rem: `--_lane` in the styles below. */
const LANE_REM = 6.25;
/** A card's width before one has been measured: `--hk-ai-timeline-card-width`'s default, 14rem. */
const DEFAULT_CARD_REM = 14;

export interface TimeAxisHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the timeline hands the axis for one render. */
export interface AxisContent {
  /** Renders the list of events at these indexes of `entries` (all of them when absent). */
  readonly renderList: (indexes?: readonly number[]) => TemplateResult;
  /** Ids of events to render even off screen: the focused and the selected one. */
  readonly keep: readonly (string | undefined)[];
  readonly entries: readonly TimelineEntry[];
  readonly eras: readonly TimelineEra[];
  readonly translation: Translation;
  readonly language: SupportedLanguage;
  /** The timeline's own rendering of a date label and of localized text, so eras read like events. */
  readonly renderLabel: (era: TimelineEra) => unknown;
  readonly renderText: (era: TimelineEra) => unknown;
}

export class TimeAxis implements ReactiveController {
  /** 1 shows the whole axis; 2 makes it twice the viewport's width, and so on. */
  zoom = 1;
  private viewportWidth = 0;
  private extent: Extent = { min: 0, max: 1 };
  private entries: readonly TimelineEntry[] = [];
  private eras: readonly TimelineEra[] = [];
  private cardWidth = 0;
  /** Every event's place, computed once per data, zoom, width and card width. */
  private layout?: {
    readonly key: readonly unknown[];
    readonly placements: Placement[];
    readonly lanes: number;
    readonly index: Map<string, number>;
  };
  /** What of the track was on screen at the last render or scroll, for long timelines. */
  private view?: AxisView;
  private viewFrame = 0;
  /** A point of the axis (0–1) to keep at `offset` pixels from the viewport's left edge after a zoom. */
  private anchor?: { at: number; offset: number };
  private readonly resizeObserver = new ResizeObserver(() => this.host.requestUpdate());
  private readonly pointers = new Map<number, { x: number }>();
  private pinchDistance = 0;
  private dragged = false;

  constructor(private readonly host: TimeAxisHost) {
    host.addController(this);
    const root = host.renderRoot;
    // Constructable style sheets, not a <style> element: allowed under a strict Content-Security-Policy.
    if (root instanceof ShadowRoot && axisStyles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, axisStyles.styleSheet];
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    this.resizeObserver.observe(this.host);
    // The page scrolling vertically brings other lanes into view; capture, since scroll events do not bubble.
    document.addEventListener('scroll', this.followScroll, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
    document.removeEventListener('scroll', this.followScroll, { capture: true });
  }

  /**
   * The indexes of the events to render, in order, or `undefined` for all of them. A long timeline renders only
   * the events on screen (plus a margin) and those in `keep`, the focused and selected ones.
   */
  private shown(
    entries: readonly TimelineEntry[],
    keep: readonly (string | undefined)[],
  ): number[] | undefined {
    if (entries.length <= WINDOW_THRESHOLD) return undefined;
    const layout = this.placeAll(entries);
    if (!layout || !this.view) return [...Array(Math.min(windowSizeFor(innerHeight), entries.length)).keys()];
    const kept = new Set(keep.map((id) => (id === undefined ? -1 : (layout.index.get(id) ?? -1))));
    return axisWindow(layout.placements, this.view, this.cardWidth, kept);
  }

  /** Places every event for the current data, zoom and sizes (once; then from the cache). */
  private placeAll(entries: readonly TimelineEntry[]) {
    if (!this.viewportWidth) return undefined;
    const trackWidth = this.viewportWidth * this.zoom;
    const cardWidth = this.cardWidth || DEFAULT_CARD_REM * rootFontSize();
    const key = [entries, this.extent.min, this.extent.max, trackWidth, cardWidth];
    if (!this.layout || key.some((part, i) => part !== this.layout!.key[i])) {
      const { placements, lanes } = placeEvents(entries, this.extent, trackWidth, cardWidth);
      const index = new Map(entries.map((entry, i) => [entry.id, i]));
      this.layout = { key, placements, lanes, index };
    }
    return this.layout;
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
    if (moved && this.entries.length > WINDOW_THRESHOLD) this.host.requestUpdate();
  }

  /** Scrolling, of the axis or of the page: measure again, once a frame at most. */
  private readonly followScroll = () => {
    if (this.viewFrame || this.entries.length <= WINDOW_THRESHOLD) return;
    this.viewFrame = requestAnimationFrame(() => {
      this.viewFrame = 0;
      this.measureView();
    });
  };

  render(content: AxisContent): TemplateResult {
    const { entries, eras, translation, language } = content;
    const words = WORDS[language];
    // Before the first measurement, the host's width less the viewport's borders: ticks and the window are right
    // at the first render, not one frame later.
    this.viewportWidth ||= Math.max(0, this.host.clientWidth - 2);
    if (entries !== this.entries || eras !== this.eras) {
      // Once per data: a long timeline re-renders as it scrolls.
      this.extent = axisExtent([...entries, ...eras]);
      this.entries = entries;
      this.eras = eras;
    }
    const list = content.renderList(this.shown(entries, content.keep));
    const ticks = this.viewportWidth ? axisTicks(this.extent, this.viewportWidth * this.zoom) : [];
    const at = (ms: number) => fractionOf(ms, this.extent);
    const month = (date: Date) =>
      translation.dateLocale.localize.month(date.getUTCMonth() as Month, { width: 'abbreviated' });
    return html`<div class="axis-controls" part="axis-controls" role="group" aria-label=${words.zoom}>
        <button
          type="button"
          part="zoom-button"
          aria-label=${words.zoomOut}
          ?disabled=${this.zoom <= 1}
          @click=${() => this.zoomBy(1 / ZOOM_STEP)}
        >
          −
        </button>
        <button type="button" part="zoom-button" ?disabled=${this.zoom <= 1} @click=${() => this.zoomBy(0)}>
          ${words.fit}
        </button>
        <button
          type="button"
          part="zoom-button"
          aria-label=${words.zoomIn}
          ?disabled=${this.zoom >= clampZoom(Infinity, this.viewportWidth)}
          @click=${() => this.zoomBy(ZOOM_STEP)}
        >
          +
        </button>
      </div>
      <div
        class="viewport"
        part="viewport"
        @wheel=${this.handleWheel}
        @keydown=${this.handleKeydown}
        @pointerdown=${this.handlePointerDown}
        @pointermove=${this.handlePointerMove}
        @pointerup=${this.handlePointerUp}
        @pointercancel=${this.handlePointerUp}
        @click=${this.handleClickAfterDrag}
        @scroll=${this.followScroll}
      >
        <div class="track">
          ${
            eras.length > 0
              ? html`<ul class="eras" part="eras" aria-label=${words.eras}>
                  ${eras.map((era) => {
                    const { start, end } = spanOf(era);
                    return html`<li
                      class="era"
                      part="era"
                      data-at=${at(start)}
                      data-span=${at(end) - at(start)}
                    >
                      <span class="era-title">${content.renderText(era)}</span>
                      <span class="era-dates">${content.renderLabel(era)}</span>
                    </li>`;
                  })}
                </ul>`
              : nothing
          }
          <div class="ticks" part="ticks" aria-hidden="true">
            ${ticks.map(
              (tick) =>
                html`<span class=${`tick ${tick.unit}`} data-at=${tick.at}
                  >${tick.unit === 'year' ? translation.formatDate(tick.date, 'year') : month(tick.date)}</span
                >`,
            )}
          </div>
          ${list}
        </div>
      </div>`;
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
    const width = viewport.clientWidth;
    if (width !== this.viewportWidth) {
      // Ticks depend on the width: render them again once it is known or has changed.
      this.viewportWidth = width;
      this.zoom = clampZoom(this.zoom, width);
      this.host.requestUpdate();
    }
    const trackWidth = width * this.zoom;
    track.style.setProperty('--track-width', `${trackWidth}px`);
    const items = [...root.querySelectorAll<HTMLElement>('[part~="event"]')];
    const measured = items[0]?.querySelector<HTMLElement>('.card')?.offsetWidth;
    if (measured && measured !== this.cardWidth) this.cardWidth = measured;
    const layout = this.placeAll(this.entries);
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
    this.measureView();
  }

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
