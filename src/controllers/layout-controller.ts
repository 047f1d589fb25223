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
  private width?: number;
  /** The root font size when the width was measured: the breakpoint is in rem. */
  private rem = 16;
  private observer?: ResizeObserver;
  private resolved: ResolvedLayout = 'vertical';

  constructor(
    private readonly host: LayoutHost,
    private readonly states?: CustomStateSet,
  ) {
    host.addController(this);
  }

  /** The layout in force, as of the last `resolve()`. */
  get current(): ResolvedLayout {
    return this.resolved;
  }

  /** Resolves the layout for this update: called by the host in `willUpdate`. */
  resolve(): ResolvedLayout {
    const { layout } = this.host;
    if (layout === 'auto' && !isServer) {
      this.observe();
      // Before the observer's first report, the width now: the first render already shows the right layout.
      if (this.width === undefined) this.measured(this.host.getBoundingClientRect().width);
    }
    this.resolved = resolveLayout(layout, this.width, this.rem);
    if (this.states) {
      for (const name of ['vertical', 'horizontal'] as const) {
        if (name === this.resolved) this.states.add(name);
        else this.states.delete(name);
      }
    }
    return this.resolved;
  }

  hostConnected(): void {
    if (this.host.layout === 'auto') this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private observe(): void {
    if (this.observer) return;
    this.observer = new ResizeObserver(([entry]) => {
      this.measured(entry!.borderBoxSize?.[0]?.inlineSize ?? entry!.contentRect.width);
      // In the next frame: switching layouts resizes the host, which in this one would be a ResizeObserver loop.
      if (this.host.layout === 'auto' && resolveLayout('auto', this.width, this.rem) !== this.resolved)
        requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  private measured(width: number): void {
    this.width = width;
    this.rem = remPixels();
  }
}

/** The root font size, which `rem` counts in. */
function remPixels(): number {
  return isServer ? 16 : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
