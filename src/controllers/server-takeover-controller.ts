import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface ServerTakeoverHost extends ReactiveControllerHost, HTMLElement {
  readonly renderOptions: { renderBefore?: ChildNode | null };
}

/**
 * Takes over HTML rendered on the server (`hk-ai-timeline/ssr`, a declarative shadow root) without a flash: the
 * server's nodes stay on screen while the host has nothing to show, and go in the same task as the host's first
 * real render, so no frame shows the timeline empty or twice.
 *
 * Lit's own hydration (@lit-labs/ssr-client) patches `LitElement.prototype` for every element on the page and
 * expects the same template on both sides; ours only needs the server's HTML replaced, so it works through two
 * public hooks instead: `createRenderRoot` (Lit renders after the server's nodes, not before them) and `hostUpdate`.
 */
export class ServerTakeoverController implements ReactiveController {
  /** The nodes the server rendered, until they are replaced. */
  private _serverNodes: readonly ChildNode[];

  constructor(
    private readonly _host: ServerTakeoverHost,
    /** Whether the host has something of its own to show yet. */
    private readonly _ready: () => boolean,
  ) {
    this._serverNodes = isServer ? [] : [...(this._host.shadowRoot?.childNodes ?? [])];
    this._host.addController(this);
  }

  /** Whether the server's HTML is still what the reader sees: the host then renders nothing of its own. */
  get holding(): boolean {
    return this._serverNodes.length > 0 && !this._ready();
  }

  /**
   * Called from the host's `createRenderRoot`. LitElement renders before the root's first child, which is the
   * server's and goes at the takeover: Lit's part must not hang on it, so Lit renders at the end instead.
   */
  claim(root: Element | ShadowRoot): void {
    if (this._serverNodes.length > 0 && root === this._host.shadowRoot)
      this._host.renderOptions.renderBefore = null;
  }

  hostUpdate(): void {
    if (this._serverNodes.length === 0 || this.holding) return;
    for (const node of this._serverNodes) node.remove();
    this._serverNodes = [];
  }
}
