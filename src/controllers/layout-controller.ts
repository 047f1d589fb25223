import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** How events are laid out: a vertical list, a horizontal time axis, or the axis when there is room for it. */
export type TimelineLayout = 'vertical' | 'horizontal' | 'auto';

/** What `auto` comes to. */
export type ResolvedLayout = 'vertical' | 'horizontal';

/** `auto` shows the axis from this width of the host on, in rem (40rem: 640 px at the default font size). */
export const AUTO_BREAKPOINT_REM = 40;

/**
 * What a layout comes to in a host `width` pixels wide (`undefined`: not measured, as on the server, where the
 * list is the safe choice: it reads at any width). Unknown values fall back to the list.
 */
export function resolveLayout(layout: string, width: number | undefined, remPixels = 16): ResolvedLayout {
  if (layout === 'horizontal') return 'horizontal';
  if (layout !== 'auto' || width === undefined) return 'vertical';
  return width >= AUTO_BREAKPOINT_REM * remPixels ? 'horizontal' : 'vertical';
}

export interface LayoutHost extends ReactiveControllerHost, HTMLElement {
  readonly layout: TimelineLayout;
}

/**
 * Decides the layout once, for both what is shown and how it behaves: `auto` by a ResizeObserver on the host
 * measuring its own width against the breakpoint. Exposed to CSS as the custom state `:state(vertical)` or
 * `:state(horizontal)`.
 */
export class LayoutController implements ReactiveController {
  private _width?: number;
  /** The root font size when the width was measured: the breakpoint is in rem. */
  private _rem = 16;
  private _observer?: ResizeObserver;
  private _resolved: ResolvedLayout = 'vertical';

  constructor(
    private readonly _host: LayoutHost,
    private readonly _states?: CustomStateSet,
  ) {
    this._host.addController(this);
  }

  /** The layout in force, as of the last `resolve()`. */
  get current(): ResolvedLayout {
    return this._resolved;
  }

  /** Resolves the layout for this update: called by the host in `willUpdate`. */
  resolve(): ResolvedLayout {
    const { layout } = this._host;
    if (layout === 'auto' && !isServer) {
      this._observe();
      // Before the observer's first report, the width now: the first render already shows the right layout.
      if (this._width === undefined) this._measured(this._host.getBoundingClientRect().width);
    }
    this._resolved = resolveLayout(layout, this._width, this._rem);
    if (this._states) {
      for (const name of ['vertical', 'horizontal'] as const) {
        if (name === this._resolved) this._states.add(name);
        else this._states.delete(name);
      }
    }
    return this._resolved;
  }

  hostConnected(): void {
    if (this._host.layout === 'auto') this._observe();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }

  private _observe(): void {
    if (this._observer) return;
    this._observer = new ResizeObserver(([entry]) => {
      this._measured(entry!.borderBoxSize?.[0]?.inlineSize ?? entry!.contentRect.width);
      // In the next frame: switching layouts resizes the host, which in this one would be a ResizeObserver loop.
      if (this._host.layout === 'auto' && resolveLayout('auto', this._width, this._rem) !== this._resolved)
        requestAnimationFrame(() => this._host.requestUpdate());
    });
    this._observer.observe(this._host);
  }

  private _measured(width: number): void {
    this._width = width;
    this._rem = remPixels();
  }
}

/** The root font size, which `rem` counts in. */
function remPixels(): number {
  return isServer ? 16 : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
