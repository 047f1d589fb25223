/**
 * The horizontal layout of <hk-ai-timeline>: a proportional time axis with year and month ticks, eras behind the
 * events, events stacked in lanes so none overlaps another, and zoom (buttons, keys, ctrl+wheel, pinch) and pan
 * (drag, scroll). Loaded on demand, only by timelines whose `layout` is `horizontal` or `auto`, so the vertical
 * list costs none of it.
 */
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Month } from 'date-fns';
import type { Translation } from '../../i18n/index.js';
import type { SupportedLanguage } from '../../model/languages.js';
import type { TimelineEntry, TimelineEra } from '../../model/normalize.js';
import {
  axisExtent,
  axisTicks,
  clampZoom,
  fractionOf,
  spanOf,
  stackLanes,
  type Extent,
} from './axis-layout.js';

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

export interface TimeAxisHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the timeline hands the axis for one render. */
export interface AxisContent {
  readonly list: TemplateResult;
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
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
  }

  render(content: AxisContent): TemplateResult {
    const { entries, eras, translation, language } = content;
    const words = WORDS[language];
    this.entries = entries;
    this.extent = axisExtent([...entries, ...eras]);
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
                      style=${styleMap({ '--at': at(start), '--span': at(end) - at(start) })}
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
                html`<span class=${`tick ${tick.unit}`} style=${styleMap({ '--at': tick.at })}
                  >${tick.unit === 'year' ? translation.formatDate(tick.date, 'year') : month(tick.date)}</span
                >`,
            )}
          </div>
          ${content.list}
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
    const byId = new Map(this.entries.map((entry) => [entry.id, entry]));
    const cardWidth = items[0]?.querySelector<HTMLElement>('.card')?.offsetWidth ?? 0;
    const boxes = items.map((item) => {
      const entry = byId.get(item.dataset['eventId'] ?? '');
      const span = entry ? spanOf(entry) : { start: this.extent.min, end: this.extent.min };
      const start = fractionOf(span.start, this.extent) * trackWidth;
      const length = (fractionOf(span.end, this.extent) - fractionOf(span.start, this.extent)) * trackWidth;
      // A card near the end of the axis opens to the left of its marker rather than past the axis.
      const cardStart = Math.max(0, Math.min(start, trackWidth - cardWidth));
      return {
        start: cardStart,
        marker: start - cardStart,
        length,
        end: Math.max(cardStart + cardWidth, start + length),
      };
    });
    const { lanes, count } = stackLanes(boxes);
    items.forEach((item, index) => {
      item.style.setProperty('--x', `${boxes[index]!.start}px`);
      item.style.setProperty('--marker-at', `${boxes[index]!.marker}px`);
      item.style.setProperty('--length', `${boxes[index]!.length}px`);
      item.style.setProperty('--lane', String(lanes[index]));
    });
    track.style.setProperty('--lanes', String(count));
    if (this.anchor) {
      viewport.scrollLeft = this.anchor.at * trackWidth - this.anchor.offset;
      this.anchor = undefined;
    }
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

/**
 * Applies inside `@container style(--_h: 1)`: the timeline sets `--_h: 1` for `layout="horizontal"`, and for
 * `layout="auto"` when it is at least 40rem wide, so a narrow `auto` timeline falls back to the vertical list.
 */
const axisStyles = css`
  :host([layout='auto']) {
    container-type: inline-size;
  }

  :host([layout='horizontal']) .timeline {
    --_h: 1;
  }

  @container (min-width: 40rem) {
    :host([layout='auto']) .timeline {
      --_h: 1;
    }
  }

  .axis-controls,
  .ticks,
  .eras {
    display: none;
  }

  @container style(--_h: 1) {
    .axis-controls {
      display: flex;
      gap: 0.375rem;
      margin: 0 0 0.5rem;
    }

    .axis-controls button {
      min-inline-size: 2.25rem;
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      cursor: pointer;
    }

    .axis-controls button:disabled {
      opacity: 0.5;
      cursor: default;
    }

    .axis-controls button:focus-visible,
    .viewport:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }

    .viewport {
      overflow-x: auto;
      overflow-y: hidden;
      /* The browser's own pinch would zoom the page; the axis zooms itself instead. */
      touch-action: pan-x pan-y;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: grab;
    }

    .track {
      --_lane: 6.25rem;
      --_card: var(--hk-ai-timeline-card-width, 14rem);
      position: relative;
      inline-size: var(--track-width, 100%);
      /* Room for the eras' labels, the ticks, every lane, and an opened card in the last one. */
      block-size: calc(4.5rem + var(--lanes, 1) * var(--_lane) + 12rem);
    }

    .ticks {
      display: block;
      position: absolute;
      inset: 1.75rem 0 0;
      pointer-events: none;
    }

    .tick {
      position: absolute;
      inset-block: 0;
      inset-inline-start: calc(var(--at) * 100%);
      padding-inline-start: 0.25rem;
      border-inline-start: 1px solid var(--_border);
      font-size: 0.75rem;
      color: var(--_muted);
      white-space: nowrap;
    }

    .tick.year {
      border-inline-start-color: var(--_line);
      font-weight: 600;
    }

    .eras {
      display: block;
      position: absolute;
      inset: 0;
      margin: 0;
      padding: 0;
      list-style: none;
      pointer-events: none;
    }

    .era {
      position: absolute;
      inset-block: 0;
      inset-inline-start: calc(var(--at) * 100%);
      inline-size: calc(var(--span) * 100%);
      padding: 0.125rem 0.375rem;
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
      border-inline: 1px dashed var(--_line);
      font-size: 0.75rem;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }

    .era-title {
      font-weight: 600;
    }

    .era-dates {
      color: var(--_muted);
    }

    .events {
      position: absolute;
      inset: 3.5rem 0 0;
    }

    .year-label {
      display: none;
    }

    .event {
      content-visibility: visible;
      position: absolute;
      inset-block-start: calc(var(--lane, 0) * var(--_lane));
      inset-inline-start: var(--x, 0);
      inline-size: var(--_card);
      padding: 0.875rem 0 0;
    }

    .event::before {
      display: none;
    }

    /* A dot for a day; a bar as long as the period for a month, a year or a range. */
    .marker {
      inset-block-start: 0;
      inset-inline-start: var(--marker-at, 0);
      inline-size: max(var(--_marker-size), var(--length, 0px));
      block-size: 0.5rem;
      border-radius: 0.25rem;
    }

    /* An approximate date fades out at both ends: visibly not a precise span. */
    .event.approximate .marker {
      border: none;
      background: linear-gradient(90deg, transparent, var(--_accent) 35% 65%, transparent);
    }

    .card {
      block-size: calc(var(--_lane) - 1.25rem);
      padding: 0.375rem 0.625rem;
      overflow: hidden;
      font-size: 0.875rem;
    }

    .title {
      font-size: 0.9375rem;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }

    /* Only the selected event shows its details, in a card that opens over the lanes below. */
    .event:not(.selected) :is(.relative, .description, .meta, .media, .sources, .secondary) {
      display: none;
    }

    .event.selected {
      z-index: 2;
    }

    .event.selected .card {
      block-size: auto;
      inline-size: max(var(--_card), 20rem);
      box-shadow: 0 0.25rem 1rem color-mix(in srgb, var(--_text) 20%, transparent);
    }

    .event.selected .title {
      display: block;
    }
  }

  @media (forced-colors: active) {
    .era {
      border-inline: 1px solid CanvasText;
    }

    .event.approximate .marker {
      background: CanvasText;
    }
  }
`;
