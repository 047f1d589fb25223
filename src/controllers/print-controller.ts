import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEntry, TimelineModel } from '../model/normalize.js';
import type * as poster from '../render/svg-poster.js';

export interface PrintHost extends ReactiveControllerHost, HTMLElement {
  /** Renders at once, not in a microtask: `beforeprint` is the last moment before the page is laid out for print. */
  renderNow(): void;
}

export type PosterModule = typeof poster;

/** The overview's width in CSS pixels, drawn into an A4 or Letter page's width (about 720): titles print at 8 pt. */
const OVERVIEW_WIDTH = 880;

/**
 * Printing shows every event, not the window on screen: while the page prints (from `beforeprint` to `afterprint`,
 * or while the print media query matches, as in a PDF export), the timeline renders as the whole list, in every
 * layout, and it renders before the browser lays the page out.
 *
 * The time axis prints as the list headed by a one-page overview: the SVG poster (`render --format svg`), built as
 * DOM. `beforeprint` cannot wait for a module, so the poster's loads once the axis has, when the browser is idle; a
 * page printed before that prints the list alone.
 */
export class PrintController implements ReactiveController {
  /** True while the page prints. */
  printing = false;
  private _query?: MediaQueryList;
  private _poster?: PosterModule;
  private _loading = false;
  private _overview?: { entries: readonly TimelineEntry[]; lang: string; element: HTMLElement };

  constructor(
    private readonly _host: PrintHost,
    private readonly _axis: {
      /** Whether the timeline shows its time axis, so prints its overview. */
      readonly showsAxis: () => boolean;
      /** Loads the poster's module; `undefined` until the axis has loaded. */
      readonly loadPoster: () => Promise<PosterModule> | undefined;
    },
  ) {
    this._host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this._start);
    addEventListener('afterprint', this._end);
    this._query = matchMedia('print');
    this._query.addEventListener('change', this._change);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this._start);
    removeEventListener('afterprint', this._end);
    this._query?.removeEventListener('change', this._change);
  }

  hostUpdated(): void {
    if (this._loading || !this._axis.showsAxis()) return;
    this._loading = true;
    (globalThis.requestIdleCallback ?? setTimeout)(() =>
      this._axis.loadPoster()?.then(
        (poster) => (this._poster = poster),
        // Not loaded (offline): the list still prints, whole, and a later update tries again.
        () => (this._loading = false),
      ),
    );
  }

  /**
   * The axis's overview of `entries` for print, in `lang`: the poster in a shadow root of its own, where the
   * timeline's styles (`.event`, `.title`…) cannot restyle the poster's classes. `undefined` when not printing the
   * axis.
   */
  overview(model: TimelineModel, entries: readonly TimelineEntry[], lang: string): HTMLElement | undefined {
    const poster = this._poster;
    if (!this.printing || !poster || !this._axis.showsAxis() || entries.length === 0) return undefined;
    // Each update while printing shows the same element, built once.
    if (this._overview?.entries !== entries || this._overview.lang !== lang) {
      const drawn = model.eras ? { eras: model.eras, entries } : { entries };
      const svg = poster.renderPosterElement(drawn, { lang, width: OVERVIEW_WIDTH, notes: false }, document);
      // The page's width, and at most one page's height (the CSSOM: allowed under a strict CSP).
      Object.assign(svg.style, {
        display: 'block',
        inlineSize: '100%',
        blockSize: 'auto',
        maxBlockSize: '24cm',
      });
      const element = document.createElement('div');
      element.attachShadow({ mode: 'open' }).append(svg);
      this._overview = { entries, lang, element };
    }
    return this._overview.element;
  }

  private readonly _change = (event: MediaQueryListEvent) => (event.matches ? this._start() : this._end());

  private readonly _start = () => {
    if (this.printing) return;
    this.printing = true;
    this._host.renderNow();
  };

  private readonly _end = () => {
    if (!this.printing) return;
    this.printing = false;
    this._overview = undefined;
    this._host.requestUpdate();
  };
}
