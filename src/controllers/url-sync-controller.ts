import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface UrlSyncHost extends ReactiveControllerHost, HTMLElement {
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
  constructor(
    private readonly host: UrlSyncHost,
    /** Selects the event a hash names, if the timeline has it; returns whether it did. */
    private readonly selectFromHash: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.followHash);
    if (this.host.urlState) {
      const params = new URLSearchParams(location.search);
      this.host.query = params.get('q') ?? this.host.query;
      this.host.filter = params.get('category') ?? this.host.filter;
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.followHash);
  }

  /** With `hash-link`, selects the event the URL's `#<id>` names: at load, or when the data changes. */
  readonly followHash = (): void => {
    if (!this.host.hashLink) return;
    const id = idFromHash(location.hash);
    if (id !== undefined) this.selectFromHash(id);
  };

  /** Writes a selection into the URL's hash, with `hash-link`. */
  selected(id: string): void {
    if (this.host.hashLink) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
  }

  /** Writes the search and the filter into the URL's query string, with `url-state`. */
  filtered(query: string | undefined, filter: string | undefined): void {
    if (this.host.urlState)
      history.replaceState(history.state, '', withFilterParams(new URL(location.href), query, filter));
  }
}
