/**
 * The overview strip under a zoomed-in time axis: the whole span in miniature, a bar per slice as tall as its share
 * of events (all of them one SVG path), with the visible window drawn on it. The window is a slider: drag it, press
 * the strip to move it there, or use the arrow, Page, Home and End keys; its value text is the visible period in the
 * reader's language.
 *
 * Its own chunk, loaded when the reader first zooms in: at the whole axis's zoom the axis is its own overview, so a
 * timeline that is never zoomed never loads it, and the strip's arrival moves nothing above it.
 */
import { css, html, type TemplateResult } from 'lit';

/** What the strip needs of the axis. */
export interface OverviewAxis {
  readonly trackWidth: number;
  readonly viewportWidth: number;
  /** The visible period, `[start, end)` in milliseconds. */
  visibleRange(): [number, number];
}

/** Slices of the strip, each drawn as one bar. */
const SLICES = 80;

/** Keys that move the window, as fractions of its width (`Home` and `End`: to the ends). */
const STEPS: Partial<Record<string, number>> = {
  ArrowLeft: -0.1,
  ArrowDown: -0.1,
  ArrowRight: 0.1,
  ArrowUp: 0.1,
  PageDown: -1,
  PageUp: 1,
  Home: -Infinity,
  End: Infinity,
};

const styles = css`
  .overview {
    position: relative;
    block-size: 2rem;
    margin: 0.375rem 0 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    touch-action: none;
    cursor: pointer;
  }

  /* The bars: one path, stretched over the strip. */
  .overview svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    fill: var(--_line);
    opacity: 0.6;
  }

  .overview-window {
    position: absolute;
    inset-block: -1px;
    inset-inline-start: calc(var(--from, 0) * 100%);
    inline-size: max(0.5rem, calc((var(--to, 1) - var(--from, 0)) * 100%));
    box-sizing: border-box;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    cursor: grab;
  }

  .overview-window:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .overview svg {
      fill: CanvasText;
    }
    .overview-window {
      border-color: Highlight;
    }
  }

  @media print {
    .overview {
      display: none;
    }
  }
`;

export class AxisOverview {
  /** The visible period in words, for `aria-valuetext`: set at each render, in the reader's language. */
  describe: (start: number, end: number) => string = () => '';
  /** The bars, as an SVG path in slices across and the strip's height (0–1) down, for the starts counted. */
  private _bars: { readonly items: readonly unknown[]; readonly path: string } = { items: [], path: '' };
  /** Dragging: the pointer, and where in the window (a fraction of the axis) it was grabbed. */
  private _grab?: [pointer: number, offset: number];

  constructor(
    private readonly _axis: OverviewAxis,
    private readonly _root: HTMLElement | DocumentFragment,
  ) {
    if (_root instanceof ShadowRoot && styles.styleSheet)
      _root.adoptedStyleSheets = [..._root.adoptedStyleSheets, styles.styleSheet];
  }

  /** The strip, for events starting at `items[i].start` (fractions of the axis). */
  render(items: readonly { readonly start: number }[], label: string): TemplateResult {
    return html`<div
      class="overview"
      part="overview"
      @pointerdown=${this._listener}
      @pointermove=${this._listener}
      @pointerup=${this._listener}
      @pointercancel=${this._listener}
      @keydown=${this._listener}
    >
      <svg viewBox=${`0 0 ${SLICES} 1`} preserveAspectRatio="none" aria-hidden="true">
        <path d=${this._path(items)}></path>
      </svg>
      <div
        class="overview-window"
        part="overview-window"
        role="slider"
        tabindex="0"
        aria-label=${label}
        aria-valuemin="0"
        aria-valuemax="100"
      ></div>
    </div>`;
  }

  /** Draws the window where the viewport is, and says where that is to assistive technology. */
  place(scrollLeft: number): void {
    const handle = this._root.querySelector<HTMLElement>('.overview-window');
    const { trackWidth, viewportWidth } = this._axis;
    if (!handle || trackWidth <= 0) return;
    handle.style.setProperty('--from', String(scrollLeft / trackWidth));
    handle.style.setProperty('--to', String(Math.min(1, (scrollLeft + viewportWidth) / trackWidth)));
    const room = trackWidth - viewportWidth;
    handle.setAttribute('aria-valuenow', String(room > 0 ? Math.round((scrollLeft / room) * 100) : 0));
    handle.setAttribute('aria-valuetext', this.describe(...this._axis.visibleRange()));
  }

  /** The strip's listener: press, drag and keys (one object, bound to each event in the template). */
  private readonly _listener = { handleEvent: (event: Event) => this._handle(event) };

  private _handle(event: Event): void {
    const pointer = event as PointerEvent;
    const strip = event.currentTarget as HTMLElement;
    const viewport = this._root.querySelector<HTMLElement>('.viewport');
    if (!viewport) return;
    const track = this._axis.trackWidth || 1;
    const width = Math.min(1, this._axis.viewportWidth / track);
    const from = viewport.scrollLeft / track;
    const moveTo = (fraction: number) => (viewport.scrollLeft = Math.min(Math.max(fraction, 0), 1) * track);
    const at = () => {
      const box = strip.getBoundingClientRect();
      return box.width > 0 ? (pointer.clientX - box.left) / box.width : 0;
    };
    switch (event.type) {
      case 'pointerdown': {
        if (pointer.button !== 0) return;
        const point = at();
        const inside = point >= from && point <= from + width;
        this._grab = [pointer.pointerId, inside ? point - from : width / 2];
        strip.setPointerCapture(pointer.pointerId);
        if (!inside) moveTo(point - width / 2);
        event.preventDefault();
        strip.querySelector<HTMLElement>('.overview-window')!.focus({ preventScroll: true });
        return;
      }
      case 'pointermove':
        if (this._grab?.[0] === pointer.pointerId) moveTo(at() - this._grab[1]);
        return;
      case 'pointerup':
      case 'pointercancel':
        this._grab = undefined;
        return;
      case 'keydown': {
        const step = STEPS[(event as KeyboardEvent).key];
        if (step === undefined) return;
        event.preventDefault();
        moveTo(from + step * width);
      }
    }
  }

  private _path(items: readonly { readonly start: number }[]): string {
    if (items !== this._bars.items) {
      const counts = new Array<number>(SLICES).fill(0);
      for (const { start } of items)
        counts[Math.min(SLICES - 1, Math.max(0, Math.floor(start * SLICES)))]! += 1;
      // A square root, so that one event in a slice still shows beside a hundred in another.
      const most = Math.sqrt(Math.max(1, ...counts));
      // One path, not an element per slice: the strip is drawn again on every zoom into it.
      const path = counts
        .map((count, i) => (count ? `M${i} 1V${1 - Math.sqrt(count) / most}h1V1z` : ''))
        .join('');
      this._bars = { items, path };
    }
    return this._bars.path;
  }
}
