import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface RovingFocusOptions {
  /** The ids of the events shown, in order (after search and filter), rendered or not. */
  readonly ids: () => readonly string[];
  /** Selects an event for the reader (Enter, Space, a click). */
  readonly select: (id: string) => void;
  /** Makes sure the event at this index is rendered at the next update (a long list's window moves to it). */
  readonly reveal: (index: number) => void;
}

/** The keys that move along the events, and where each goes from `index` among `count` events. */
export function targetIndex(key: string, index: number, count: number): number | undefined {
  const target = (
    {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: count - 1,
    } as Partial<Record<string, number>>
  )[key];
  return target === undefined || count === 0 ? undefined : Math.min(Math.max(target, 0), count - 1);
}

/** The tab stop among the rendered events: the active one if rendered, else the selected one, else the first. */
export function tabStopOf(
  rendered: readonly string[],
  active: string | undefined,
  selected: string | undefined,
): string | undefined {
  return [active, selected].find((id) => id !== undefined && rendered.includes(id)) ?? rendered[0];
}

/**
 * One tab stop for all the events (a roving tabindex, as in a listbox): the active event has `tabindex="0"`, the
 * others -1. Arrow keys move along the events, Home and End jump to the ends, Enter and Space select; the active
 * event follows focus however it arrives (Tab, a screen reader, a click). Items are reused by position, so when an
 * update moves another event into the focused item, or removes it, focus follows the active event.
 * Events (and other stops, such as the time axis's clusters) are the elements carrying `data-event-id`.
 */
export class RovingFocusController implements ReactiveController {
  /** The event that holds the tab stop. */
  active?: string;
  /** The event item that had focus when an update began. */
  private _focusedItem?: HTMLElement | null;

  constructor(
    private readonly _host: RovingFocusHost,
    private readonly _options: RovingFocusOptions,
  ) {
    this._host.addController(this);
  }

  /** Whether focus is on an event or inside one. */
  get hasFocus(): boolean {
    return !!this._focusedEvent();
  }

  /** Makes `id` the active event (a selection the page made, for example), without moving focus. */
  activate(id: string | undefined): void {
    if (id === this.active) return;
    this.active = id;
    this._host.requestUpdate();
  }

  /** Moves focus to the event, once it is rendered. */
  async focus(id: string): Promise<void> {
    this.activate(id);
    const index = this._options.ids().indexOf(id);
    this._options.reveal(index);
    await this._host.updateComplete;
    const item = this._itemFor(id);
    item?.focus();
    // Focus alone may not scroll: on the time axis a stop can be placed only after it was rendered.
    item?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  hostUpdate(): void {
    this._focusedItem = this._focusedEvent();
  }

  hostUpdated(): void {
    const focused = this._focusedItem;
    this._focusedItem = undefined;
    if (focused && this.active && (!focused.isConnected || focused.dataset['eventId'] !== this.active)) {
      this._itemFor(this.active)?.focus({ preventScroll: true });
    }
  }

  /** Focus reaching an event by any means makes it the active one. */
  readonly handleFocusIn = (event: FocusEvent): void => {
    const id = (event.target as Element).closest<HTMLElement>('[data-event-id]')?.dataset['eventId'];
    if (id) this.activate(id);
  };

  readonly handleClick = (event: MouseEvent): void => {
    const item = (event.target as Element).closest<HTMLElement>('[data-event-id]');
    // A click on a source link follows the link; anywhere else on an event selects it.
    if (!item || (event.target as Element).closest('a')) return;
    this._options.select(item.dataset['eventId']!);
    item.focus();
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    const item = (event.target as Element).closest<HTMLElement>('[data-event-id]');
    if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
    // Indexes among all shown events, not the DOM: in a long list the next event may not be rendered yet.
    const ids = this._options.ids();
    const target = targetIndex(event.key, ids.indexOf(item.dataset['eventId']!), ids.length);
    if (target !== undefined) {
      event.preventDefault();
      void this.focus(ids[target]!);
    } else if ((event.key === 'Enter' || event.key === ' ') && event.target === item) {
      // Only on the event itself: Enter on a source link still follows the link.
      event.preventDefault();
      this._options.select(item.dataset['eventId']!);
    }
  };

  private _focusedEvent(): HTMLElement | null | undefined {
    return (this._host.renderRoot as ShadowRoot).activeElement?.closest<HTMLElement>('[data-event-id]');
  }

  private _itemFor(id: string): HTMLElement | undefined {
    return [...this._host.renderRoot.querySelectorAll<HTMLElement>('[data-event-id]')].find(
      (item) => item.dataset['eventId'] === id,
    );
  }
}
