import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  ESTIMATED_EVENT_HEIGHT,
  indexAtTop,
  listWindow,
  windowForScroll,
  windowHolding,
  windowSizeFor,
} from '../components/timeline/list-window.js';

export interface ListWindowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ListWindowOptions {
  /** Whether the list is windowed now: the vertical layout with more events than the threshold. */
  readonly active: () => boolean;
  /** How many events the list shows (after search and filter). */
  readonly count: () => number;
  /** The index of the event that has focus, or -1: scrolling keeps it in the window. */
  readonly focusedIndex: () => number;
  /** Whether the host still shows the old texts, waiting for new ones: the reader's place is put back after. */
  readonly holding?: () => boolean;
}

/**
 * The window of a long vertical list: which events are in the DOM, spacers standing in for the others, and the
 * reader's place kept as the window moves and as a language change re-renders every text. Follows scrolling (of
 * the page or of any ancestor) and resizing, once a frame at most; measures the events' height after the browser
 * has laid them out, so the first render forces no layout. The arithmetic is in `list-window.ts`.
 */
export class ListWindowController implements ReactiveController {
  /** Index (among the shown events) of the first event in the DOM. */
  private _start = 0;
  /** How many events the window holds once one was measured (0 before: an estimate fills the viewport). */
  private _size = 0;
  /** The measured average height of an event (0 before any was measured). */
  private _itemHeight = 0;
  private _scrollFrame = 0;
  /** Measures the events of a long list after the browser's first layout of it (ResizeObserver's first call). */
  private _listObserver?: ResizeObserver;
  /**
   * The event at the top of the screen when the window last moved, and where its top was. The spacers count every
   * event at the average height: once the window has moved, the reader's event goes back to where it was, whatever
   * the heights of the events around it.
   */
  private _windowAnchor?: { index: number; top: number };
  /** What the reader was looking at before a re-render of every text, and where it was on screen. */
  private _scrollAnchor?: { readonly element: Element; readonly top: number };

  constructor(
    private readonly _host: ListWindowHost,
    private readonly _options: ListWindowOptions,
  ) {
    this._host.addController(this);
  }

  /**
   * The events to render: `[start, end)`, or all of them when the list is short. With `hold` (an index), the window
   * first moves to hold that event.
   */
  range(count: number, hold = -1): { start: number; end: number; windowed: boolean } {
    if (hold >= 0) this._start = windowHolding(this._start, hold, this._windowSize);
    return listWindow(count, this._start, this._windowSize);
  }

  /** Moves the window so that it holds the event at `index`. */
  show(index: number): void {
    if (index < 0) return;
    const start = windowHolding(this._start, index, this._windowSize);
    if (start !== this._start) {
      this._start = start;
      this._host.requestUpdate();
    }
  }

  /** New data: the window starts again at the top, and events are measured again. */
  reset(): void {
    this._start = 0;
    this._size = 0;
    this._itemHeight = 0;
  }

  /** A new search or filter: the window starts again at the top. */
  rewind(): void {
    this._start = 0;
  }

  /**
   * Called before an update that re-renders every text in place (a language change): keeps what the reader was
   * looking at (the selected event if it is on screen, else the first event on screen) where it was.
   */
  keepInPlace(selected: string | undefined): void {
    const items = [...this._host.renderRoot.querySelectorAll('.event')];
    const onScreen = (item: Element) => {
      const { top, bottom } = item.getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    };
    const chosen = items.find((item) => item.getAttribute('data-event-id') === selected);
    const element = chosen && onScreen(chosen) ? chosen : items.find(onScreen);
    // Kept from the first call while the host waits for the new texts: measured before anything moved.
    if (!this._scrollAnchor && element)
      this._scrollAnchor = { element, top: element.getBoundingClientRect().top };
  }

  hostConnected(): void {
    window.addEventListener('resize', this._follow, { passive: true });
    // Capture: scroll events do not bubble, and the list may scroll in any ancestor.
    document.addEventListener('scroll', this._follow, { capture: true, passive: true });
    // Moved in the page before the list was measured: measure it where it is now.
    const list = this._windowedList();
    if (list && !this._itemHeight) this._measureOnceLaidOut(list);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this._follow);
    document.removeEventListener('scroll', this._follow, { capture: true });
    this._listObserver?.disconnect();
    this._listObserver = undefined;
    cancelAnimationFrame(this._scrollFrame);
    this._scrollFrame = 0;
  }

  hostUpdated(): void {
    this._sizeSpacers();
    const anchor = this._windowAnchor;
    this._windowAnchor = undefined;
    if (anchor) putBack(this._host, this._item(`[aria-posinset="${anchor.index + 1}"]`), anchor.top);
    const list = this._windowedList();
    if (list && !this._itemHeight) {
      this._measureOnceLaidOut(list);
    } else if (list) {
      // New data, a filter or new sizes: the window follows where the reader is, not where the list starts.
      this._follow();
    }
    const kept = this._scrollAnchor;
    if (this._options.holding?.()) return;
    this._scrollAnchor = undefined;
    if (kept?.element.isConnected) putBack(this._host, kept.element, kept.top);
  }

  /** The list, when it is windowed (it has spacers). */
  private _windowedList(): Element | undefined {
    return this._host.renderRoot.querySelector('.spacer')?.parentElement ?? undefined;
  }

  /** Measures the events once the browser has laid the list out: the ResizeObserver's first call. */
  private _measureOnceLaidOut(list: Element): void {
    // Created here, not with the element: only long lists need it. Measured in the next frame: a grown window
    // resizes the host, which others (the layout) may observe, and in this frame that would be a ResizeObserver loop.
    this._listObserver ??= new ResizeObserver(() =>
      requestAnimationFrame(() => {
        if (this._listObserver && this._measure()) {
          this._listObserver.disconnect();
          this._listObserver = undefined;
        }
      }),
    );
    this._listObserver.observe(list);
  }

  /** Events in the window: a screenful and margins, by measured or else estimated height. */
  private get _windowSize(): number {
    return this._size || windowSizeFor(isServer ? 1000 : innerHeight);
  }

  private _item(selector: string): Element | null {
    return this._host.renderRoot.querySelector(selector);
  }

  /** Sizes the spacers: the events they stand in for, at the measured (or estimated) height. */
  private _sizeSpacers(): void {
    const height = this._itemHeight || ESTIMATED_EVENT_HEIGHT;
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    for (const spacer of this._host.renderRoot.querySelectorAll<HTMLElement>('.spacer'))
      spacer.style.blockSize = `${Number(spacer.dataset['count']) * height}px`;
  }

  /**
   * Measures the average height of the events on screen, to size the spacers and the window: first once the browser
   * has laid the list out (so it forces no layout of its own), then on scrolling, when events of another height come
   * into view (a change of more than a fifth). Only events whose content is rendered count: the others
   * (`content-visibility: auto`) hold a placeholder height. Returns false while none is on screen.
   */
  private _measure(): boolean {
    const boxes = [...this._host.renderRoot.querySelectorAll('.event')]
      // Browsers without checkVisibility (Safari before 17.4) have no content-visibility either: all are rendered.
      .filter((item) => item.lastElementChild?.checkVisibility?.({ contentVisibilityAuto: true }) ?? true)
      .map((item) => item.getBoundingClientRect())
      .filter((box) => box.bottom > 0 && box.top < innerHeight);
    if (boxes.length === 0) return false;
    const height = Math.max(1, (boxes.at(-1)!.bottom - boxes[0]!.top) / boxes.length);
    if (Math.abs(height - this._itemHeight) <= this._itemHeight / 5) return true;
    this._itemHeight = height;
    this._grow();
    // The spacer above changes with the height: the events on screen stay where they are.
    const anchor = this._start > 0 ? this._item('.event') : null;
    const top = anchor?.getBoundingClientRect().top ?? 0;
    this._sizeSpacers();
    putBack(this._host, anchor, top);
    return true;
  }

  /** Makes the window hold a screenful of events, at their measured (or estimated) height, and the margins. */
  private _grow(): void {
    // Grows only: a window a few events longer than needed costs less than rendering it again.
    const size = windowSizeFor(innerHeight, this._itemHeight);
    if (size > this._host.renderRoot.querySelectorAll('.event').length) {
      this._size = size;
      this._host.requestUpdate();
    }
  }

  /** Follows scrolling and resizing with the window (once a frame at most). */
  private readonly _follow = () => {
    if (!this._options.active()) return;
    this._scrollFrame ||= requestAnimationFrame(() => {
      this._scrollFrame = 0;
      const list = this._item('.events');
      // A hidden timeline (display: none) has no boxes to follow the page's scrolling with.
      if (!list?.getClientRects().length || !this._options.active()) return;
      this._measure();
      // A taller viewport (a resize) holds more events.
      this._grow();
      const items = [...list.querySelectorAll('.event')];
      const boxes = items.map((item) => item.getBoundingClientRect());
      const atTop = indexAtTop(
        Number(items[0]?.getAttribute('aria-posinset') ?? 1) - 1,
        boxes[0]?.top ?? list.getBoundingClientRect().top,
        boxes.map((box) => box.bottom),
        this._itemHeight || ESTIMATED_EVENT_HEIGHT,
      );
      const count = this._options.count();
      const start = windowForScroll(
        count,
        atTop.index,
        this._options.focusedIndex(),
        this._start,
        this._windowSize,
      );
      if (start !== this._start) {
        this._windowAnchor = atTop;
        this._start = start;
        this._host.requestUpdate();
      }
    });
  };
}

/** Scrolls what scrolls `host` so that `item`, if it moved, is back at `top` (from the top of the viewport). */
function putBack(host: Element, item: Element | null, top: number): void {
  const shift = item ? item.getBoundingClientRect().top - top : 0;
  if (Math.abs(shift) >= 1) scrollContainerOf(host).scrollBy(0, shift);
}

/** The element that scrolls the host: the nearest scrollable ancestor (across shadow roots), else the page. */
export function scrollContainerOf(element: Element): Element {
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
