import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PrintHost extends ReactiveControllerHost, HTMLElement {
  /** Renders at once, not in a microtask: `beforeprint` is the last moment before the page is laid out for print. */
  renderNow(): void;
}

/**
 * Printing shows every event, not the window on screen: while the page prints (from `beforeprint` to `afterprint`,
 * or while the print media query matches, as in a PDF export), the timeline renders as the whole list, in every
 * layout, and it renders before the browser lays the page out.
 */
export class PrintController implements ReactiveController {
  /** True while the page prints. */
  printing = false;
  private _query?: MediaQueryList;

  constructor(private readonly _host: PrintHost) {
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

  private readonly _change = (event: MediaQueryListEvent) => (event.matches ? this._start() : this._end());

  private readonly _start = () => {
    if (this.printing) return;
    this.printing = true;
    this._host.renderNow();
  };

  private readonly _end = () => {
    if (!this.printing) return;
    this.printing = false;
    this._host.requestUpdate();
  };
}
