import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  RovingFocusController,
  tabStopOf,
  targetIndex,
} from '../../src/controllers/roving-focus-controller.js';

describe('targetIndex', () => {
  it('should move one step with the arrows, jump with Home and End, and stay within the list', () => {
    const table: [key: string, index: number, count: number, expected: number | undefined][] = [
      ['ArrowDown', 2, 5, 3],
      ['ArrowRight', 2, 5, 3],
      ['ArrowUp', 2, 5, 1],
      ['ArrowLeft', 2, 5, 1],
      ['Home', 3, 5, 0],
      ['End', 1, 5, 4],
      // Clamped at both ends.
      ['ArrowDown', 4, 5, 4],
      ['ArrowRight', 4, 5, 4],
      ['ArrowUp', 0, 5, 0],
      ['ArrowLeft', 0, 5, 0],
      ['Home', 0, 5, 0],
      ['End', 4, 5, 4],
      // An index off the list (-1: not found) comes back into it.
      ['ArrowUp', -1, 5, 0],
      ['ArrowDown', 9, 5, 4],
      ['End', 0, 1, 0],
      // Other keys move nothing.
      ['Enter', 2, 5, undefined],
      [' ', 2, 5, undefined],
      ['Tab', 2, 5, undefined],
      ['PageDown', 2, 5, undefined],
      ['a', 2, 5, undefined],
      ['arrowdown', 2, 5, undefined],
      // No events: nowhere to go.
      ['ArrowDown', 0, 0, undefined],
      ['Home', 0, 0, undefined],
      ['End', 0, 0, undefined],
    ];
    for (const [key, index, count, expected] of table) {
      expect(targetIndex(key, index, count), `${key} from ${index} of ${count}`).to.equal(expected);
    }
  });
});

describe('tabStopOf', () => {
  it('should be the active event if rendered, else the selected one, else the first', () => {
    const rendered = ['a', 'b', 'c'];
    expect(tabStopOf(rendered, 'b', 'c')).to.equal('b');
    expect(tabStopOf(rendered, 'x', 'c')).to.equal('c');
    expect(tabStopOf(rendered, undefined, 'c')).to.equal('c');
    expect(tabStopOf(rendered, 'x', 'y')).to.equal('a');
    expect(tabStopOf(rendered, undefined, undefined)).to.equal('a');
    expect(tabStopOf([], 'a', 'b')).to.equal(undefined);
    expect(tabStopOf([], undefined, undefined)).to.equal(undefined);
  });
});

const IDS = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];

/**
 * A list with a roving tab stop, rendered the way timeline-templates.ts renders one: `ol.events` with the
 * controller's handlers, `li.event[data-event-id]` reused by position, each with a link (a tab stop only in
 * the event that is one). With `windowSize`, only
 * that many events are rendered, and `reveal` moves that window.
 */
@customElement('test-roving-host')
class TestRovingHost extends LitElement {
  static override styles = css`
    .event {
      display: block;
      block-size: 24px;
    }
  `;

  @property({ attribute: false }) ids: readonly string[] = IDS;
  @property({ attribute: false }) selected?: string;
  /** The first event rendered. */
  @property({ attribute: false }) start = 0;
  /** How many events are rendered (all of them when 0). */
  windowSize = 0;
  readonly selects: string[] = [];
  /** Each `reveal(index)` call, with the event that had focus then. */
  readonly reveals: { index: number; focused: string | undefined }[] = [];
  readonly linkClicks: string[] = [];

  readonly roving = new RovingFocusController(this, {
    ids: () => this.ids,
    select: (id) => {
      this.selects.push(id);
      this.selected = id;
    },
    reveal: (index) => {
      this.reveals.push({ index, focused: focusedId(this) });
      const size = this.windowSize;
      if (size && (index < this.start || index >= this.start + size)) {
        this.start = Math.max(0, Math.min(index, this.ids.length - size));
      }
    },
  });

  get rendered(): readonly string[] {
    return this.windowSize ? this.ids.slice(this.start, this.start + this.windowSize) : this.ids;
  }

  private readonly followLink = (event: MouseEvent) => {
    event.preventDefault();
    this.linkClicks.push((event.currentTarget as HTMLAnchorElement).getAttribute('href')!);
  };

  override render() {
    const rendered = this.rendered;
    const stop = tabStopOf(rendered, this.roving.active, this.selected);
    return html`<ol
      class="events"
      @click=${this.roving.handleClick}
      @keydown=${this.roving.handleKeydown}
      @focusin=${this.roving.handleFocusIn}
    >
      ${rendered.map(
        (id) =>
          html`<li class="event" data-event-id=${id} tabindex=${id === stop ? 0 : -1}>
            <span class="title">Event ${id}</span>
            <a href=${`#link-${id}`} tabindex=${id === stop ? 0 : -1} @click=${this.followLink}>source</a>
          </li>`,
      )}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-roving-host': TestRovingHost;
  }
}

function focusedItem(host: TestRovingHost): HTMLElement | null | undefined {
  return host.shadowRoot?.activeElement?.closest<HTMLElement>('.event');
}
function focusedId(host: TestRovingHost): string | undefined {
  return focusedItem(host)?.dataset['eventId'];
}
const item = (host: TestRovingHost, id: string) =>
  host.shadowRoot!.querySelector<HTMLElement>(`li.event[data-event-id="${id}"]`)!;
const tabStops = (host: TestRovingHost) =>
  [...host.shadowRoot!.querySelectorAll<HTMLElement>('li.event[tabindex="0"]')].map(
    (li) => li.dataset['eventId'],
  );

async function list(windowSize = 0) {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button id="before">before</button>
      <test-roving-host .windowSize=${windowSize}></test-roving-host>
      <button id="after">after</button>
    </div>`,
  );
  const host = wrapper.querySelector('test-roving-host')!;
  await host.updateComplete;
  return { wrapper, host };
}

describe('RovingFocusController', () => {
  it('should render one tab stop, on the first event', async () => {
    const { host } = await list();
    expect(tabStops(host)).to.deep.equal(['e0']);
    expect(host.roving.active).to.equal(undefined);
    expect(host.roving.hasFocus).to.equal(false);
  });

  it('should move focus and the tab stop with the arrow keys, Home and End', async () => {
    const { host } = await list();
    item(host, 'e0').focus();
    await host.updateComplete;
    expect(host.roving.active).to.equal('e0');
    expect(host.roving.hasFocus).to.equal(true);
    const last = IDS.length - 1;
    const steps: [string, number][] = [
      ['ArrowDown', 1],
      ['ArrowRight', 2],
      ['ArrowDown', 3],
      ['ArrowUp', 2],
      ['ArrowLeft', 1],
      ['ArrowLeft', 0],
      ['ArrowUp', 0],
      ['End', last],
      ['ArrowDown', last],
      ['ArrowRight', last],
      ['Home', 0],
    ];
    for (const [key, index] of steps) {
      await sendKeys({ press: key });
      await host.updateComplete;
      expect(focusedId(host), key).to.equal(IDS[index]);
      expect(host.roving.active, key).to.equal(IDS[index]);
      expect(tabStops(host), key).to.deep.equal([IDS[index]]);
    }
    expect(host.selects).to.deep.equal([]);
  });

  it('should ignore arrows pressed with Alt, Control or Meta', async () => {
    const { host } = await list();
    item(host, 'e2').focus();
    for (const modifier of ['Alt', 'Control', 'Meta']) {
      await sendKeys({ down: modifier });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ up: modifier });
      await host.updateComplete;
      expect(focusedId(host), modifier).to.equal('e2');
    }
    expect(host.roving.active).to.equal('e2');
  });

  it('should select with Enter and Space on an event, but not with Enter on a link in it', async () => {
    const { host } = await list();
    item(host, 'e1').focus();
    await sendKeys({ press: 'Enter' });
    expect(host.selects).to.deep.equal(['e1']);
    await sendKeys({ press: 'ArrowDown' });
    await host.updateComplete;
    await sendKeys({ press: 'Space' });
    expect(host.selects).to.deep.equal(['e1', 'e2']);

    const link = item(host, 'e4').querySelector('a')!;
    link.focus();
    await host.updateComplete;
    // Focus inside an event makes that event the active one.
    expect(host.roving.active).to.equal('e4');
    expect(tabStops(host)).to.deep.equal(['e4']);
    await sendKeys({ press: 'Enter' });
    expect(host.linkClicks).to.deep.equal(['#link-e4']);
    expect(host.selects).to.deep.equal(['e1', 'e2']);
    expect(host.shadowRoot!.activeElement).to.equal(link);
  });

  it('should select and focus an event on a click, but let a click on a link follow it', async () => {
    const { host } = await list();
    item(host, 'e3').querySelector<HTMLElement>('.title')!.click();
    expect(host.selects).to.deep.equal(['e3']);
    expect(host.shadowRoot!.activeElement).to.equal(item(host, 'e3'));
    await host.updateComplete;
    expect(host.roving.active).to.equal('e3');
    expect(tabStops(host)).to.deep.equal(['e3']);

    item(host, 'e5').querySelector('a')!.click();
    expect(host.linkClicks).to.deep.equal(['#link-e5']);
    expect(host.selects).to.deep.equal(['e3']);
    expect(focusedId(host)).to.equal('e3');
  });

  it('should make the event focus reaches by Tab or focus() the active one', async () => {
    const { wrapper, host } = await list();
    host.selected = 'e3';
    await host.updateComplete;
    // No active event yet: the selected one is the tab stop.
    expect(tabStops(host)).to.deep.equal(['e3']);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedId(host)).to.equal('e3');
    expect(host.roving.active).to.equal('e3');

    item(host, 'e6').focus();
    await host.updateComplete;
    expect(host.roving.active).to.equal('e6');
    expect(tabStops(host)).to.deep.equal(['e6']);

    // Tab past the event's link leaves the list: one tab stop.
    await sendKeys({ press: 'Tab' });
    expect(host.shadowRoot!.activeElement?.localName).to.equal('a');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    // Back in with Shift+Tab (past the link), at the active event.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedId(host)).to.equal('e6');
    expect(host.shadowRoot!.activeElement).to.equal(item(host, 'e6'));
    expect(host.selects).to.deep.equal([]);
  });

  it('should activate an event for the page without moving focus', async () => {
    const { wrapper, host } = await list();
    const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    host.roving.activate('e5');
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(tabStops(host)).to.deep.equal(['e5']);
    expect(document.activeElement).to.equal(before);
  });

  it('should move focus to the active event when its item is reused for another event', async () => {
    const { host } = await list();
    const focused = item(host, 'e2');
    focused.focus();
    await host.updateComplete;
    // Two events come first: items are reused by position, so the focused item now shows e0.
    host.ids = ['new-a', 'new-b', ...IDS];
    await host.updateComplete;
    expect(focused.isConnected).to.equal(true);
    expect(focused.dataset['eventId']).to.equal('e0');
    expect(focusedId(host)).to.equal('e2');
    expect(host.shadowRoot!.activeElement).to.equal(item(host, 'e2'));
    expect(host.shadowRoot!.activeElement).to.not.equal(focused);
    expect(tabStops(host)).to.deep.equal(['e2']);
  });

  it('should move focus to the active event when its item is removed', async () => {
    const { host } = await list();
    const focused = item(host, 'e6');
    focused.focus();
    await host.updateComplete;
    host.ids = ['e6', 'e0', 'e1'];
    await host.updateComplete;
    expect(focused.isConnected).to.equal(false);
    expect(focusedId(host)).to.equal('e6');
    expect(host.shadowRoot!.activeElement).to.equal(host.shadowRoot!.querySelector('li.event'));
  });

  it('should leave focus alone when it is not in the list', async () => {
    const { wrapper, host } = await list();
    item(host, 'e2').focus();
    await host.updateComplete;
    const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    host.ids = ['new-a', 'new-b', ...IDS];
    await host.updateComplete;
    expect(document.activeElement).to.equal(before);
    expect(host.roving.hasFocus).to.equal(false);
    expect(tabStops(host)).to.deep.equal(['e2']);
  });

  it('should reveal an event that is not rendered before focusing it', async () => {
    const { host } = await list(4);
    expect(host.rendered).to.deep.equal(['e0', 'e1', 'e2', 'e3']);
    item(host, 'e3').focus();
    await sendKeys({ press: 'ArrowDown' });
    await host.updateComplete;
    // The index among all events, asked for while the event before still had focus.
    expect(host.reveals).to.deep.equal([{ index: 4, focused: 'e3' }]);
    expect(host.rendered).to.include('e4');
    expect(focusedId(host)).to.equal('e4');
    expect(host.shadowRoot!.activeElement).to.equal(item(host, 'e4'));
    expect(tabStops(host)).to.deep.equal(['e4']);

    await sendKeys({ press: 'Home' });
    await host.updateComplete;
    expect(focusedId(host)).to.equal('e0');
    await sendKeys({ press: 'End' });
    await host.updateComplete;
    expect(focusedId(host)).to.equal(IDS.at(-1));
    expect(host.reveals.map((reveal) => reveal.index)).to.deep.equal([4, 0, IDS.length - 1]);
    expect(host.reveals.map((reveal) => reveal.focused)).to.deep.equal(['e3', 'e4', 'e0']);
  });

  it('should focus an event by id with focus(), once it is rendered', async () => {
    const { host } = await list(3);
    expect(host.shadowRoot!.querySelector('[data-event-id="e6"]')).to.equal(null);
    await host.roving.focus('e6');
    expect(host.reveals.map((reveal) => reveal.index)).to.deep.equal([6]);
    expect(focusedId(host)).to.equal('e6');
    expect(host.roving.active).to.equal('e6');
    expect(tabStops(host)).to.deep.equal(['e6']);
  });
});
