import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface UrlSyncHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly selected?: string | undefined;
  /** With `hash-link`: `#<id>` selects an event, and selecting one writes it. */
  readonly hashLink: boolean;
  /** With `url-state`: `?q=…&category=…` hold the search and the category filter. */
  readonly urlState: boolean;
  query?: string | undefined;
  filter?: string | undefined;
}

/** The event id a URL hash names (`#sensetime-founded`), if any. */
export function idFromHash(hash: string): string | undefined {
  if (hash.length <= 1) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    // A malformed escape (`#%E0%A4%A`) names no event.
    return undefined;
  }
}

/** `url` with `q` and `category` set to the search and the filter, or removed when they are empty. */
export function withFilterParams(url: URL, query: string | undefined, filter: string | undefined): URL {
  const next = new URL(url);
  for (const [name, value] of [
    ['q', query],
    ['category', filter],
  ] as const) {
    if (value) next.searchParams.set(name, value);
    else next.searchParams.delete(name);
  }
  return next;
}

/**
 * Keeps the page URL and the timeline in step, without new history entries: with `hash-link`, the hash selects an
 * event (at load, whenever the hash changes, and when new data has the event) and a selection writes the hash; with
 * `url-state`, the search and the filter are read from the query string at connection and written back as the
 * reader changes them.
 */
export class UrlSyncController implements ReactiveController {
  /** The event a `#id` link selected, until the update after it has scrolled it into view. */
  revealing?: string;

  constructor(
    private readonly _host: UrlSyncHost,
    /** Selects the event a hash names, if the timeline has it; returns whether it did. */
    private readonly _selectFromHash: (id: string) => boolean,
  ) {
    this._host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.followHash);
    if (this._host.urlState) {
      const params = new URLSearchParams(location.search);
      this._host.query = params.get('q') ?? this._host.query;
      this._host.filter = params.get('category') ?? this._host.filter;
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.followHash);
  }

  /** With `hash-link`, selects the event the URL's `#<id>` names: at load, or when the data changes. */
  readonly followHash = (): void => {
    if (!this._host.hashLink) return;
    const id = idFromHash(location.hash);
    if (id !== undefined && id !== this._host.selected && this._selectFromHash(id)) {
      this.revealing = id;
      this._host.requestUpdate();
    }
  };

  /** Scrolls the event a `#id` link selected into view, once it is rendered. */
  hostUpdated(): void {
    const id = this.revealing;
    if (id === undefined) return;
    const item = [...this._host.renderRoot.querySelectorAll<HTMLElement>('.event')].find(
      (event) => event.dataset['eventId'] === id,
    );
    // Not rendered yet (the time axis still loading): again after the next update.
    if (!item) return;
    this.revealing = undefined;
    // Smooth scrolling would move a long list's window along the way, away from the event.
    const instant =
      matchMedia('(prefers-reduced-motion: reduce)').matches ||
      !!this._host.renderRoot.querySelector('.spacer');
    item.scrollIntoView({ block: 'nearest', behavior: instant ? 'auto' : 'smooth' });
  }

  /** Writes a selection into the URL's hash, with `hash-link`. */
  selected(id: string): void {
    if (this._host.hashLink) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
  }

  /** Writes the search and the filter into the URL's query string, with `url-state`. */
  filtered(query: string | undefined, filter: string | undefined): void {
    if (this._host.urlState)
      history.replaceState(history.state, '', withFilterParams(new URL(location.href), query, filter));
  }
}
