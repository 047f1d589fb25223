import type { ReactiveController } from 'lit';
import type { UrlSyncController, UrlSyncHost } from './url-sync-controller.js';

/**
 * `hash-link` and `url-state`, as the timeline sees them: their controller (url-sync-controller.ts) is a chunk,
 * loaded the first time either is set, since most timelines never link to the page URL. While it loads, `ready`
 * is false and the timeline shows no events yet, so that neither the event a `#id` names nor the filter a shared
 * URL holds arrives after a render without it.
 */
export class UrlSyncLoader implements ReactiveController {
  private _sync?: UrlSyncController;
  /** The controller's module loading, else `undefined` (the timeline's `updateComplete` waits for it). */
  pending?: Promise<void> | undefined;

  constructor(
    private readonly _host: UrlSyncHost,
    private readonly _selectFromHash: (id: string) => boolean,
  ) {
    this._host.addController(this);
  }

  hostConnected(): void {
    this._load();
  }

  /** False while the controller loads: `hash-link` or `url-state` is set, and it has not arrived. */
  get ready(): boolean {
    this._load();
    return !this.pending;
  }

  /** Starts loading the controller, the first time `hash-link` or `url-state` is set. */
  private _load(): void {
    if (!this._sync && !this.pending && (this._host.hashLink || this._host.urlState)) {
      this.pending = import('./url-sync-controller.js').then(({ UrlSyncController }) => {
        this.pending = undefined;
        // Connected already: it reads the URL's filter at once, and its hash below.
        this._sync = new UrlSyncController(this._host, this._selectFromHash);
        this._sync.followHash();
        this._host.requestUpdate();
      });
    }
  }

  /** The event a `#id` link selected, until it has been scrolled into view. */
  get revealing(): string | undefined {
    return this._sync?.revealing;
  }

  followHash(): void {
    this._sync?.followHash();
  }

  selected(id: string): void {
    this._sync?.selected(id);
  }

  filtered(query: string | undefined, filter: string | undefined): void {
    this._sync?.filtered(query, filter);
  }
}
