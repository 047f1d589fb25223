import { expect, fixture } from '@open-wc/testing';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { windowSizeFor } from '../../src/components/timeline/list-window.js';
import { ListWindowController, scrollContainerOf } from '../../src/controllers/list-window-controller.js';

const ITEM_HEIGHT = 40;
const COUNT = 1000;

/**
 * A list windowed by the controller, rendered the way timeline-templates.ts renders one: `ol.events`, spacers
 * (`li.spacer[data-count]`) and `li.event[data-event-id][aria-posinset]`, every event 40px high (80px when `tall`).
 */
@customElement('test-window-host')
class TestWindowHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: block;
      margin: 0;
      padding: 0;
      box-sizing: border-box;
    }
    .event {
      block-size: 40px;
      overflow: hidden;
    }
    .event.tall {
      block-size: 80px;
    }
  `;

  @property({ type: Number }) count = COUNT;
  @property({ type: Boolean }) tall = false;
  /** What `active()` answers. */
  isActive = true;
  /** How many times `render()` ran. */
  renders = 0;
  /** How many times the controller asked `active()`: how often its scroll and resize listener ran. */
  activeCalls = 0;
  /**
   * What `focusedIndex()` answers: the index of the focused event, as the timeline's roving focus tracks it (by
   * event, not by DOM item: items are reused by position as the window moves).
   */
  focused = -1;
  /** The size of the window of each render. */
  readonly sizes: number[] = [];

  readonly win = new ListWindowController(this, {
    active: () => {
      this.activeCalls += 1;
      return this.isActive;
    },
    count: () => this.count,
    focusedIndex: () => this.focused,
  });

  override render() {
    this.renders += 1;
    const { start, end, windowed } = this.win.range(this.count);
    this.sizes.push(end - start);
    const indexes = Array.from({ length: end - start }, (_, i) => start + i);
    return html`<ol class="events">
      ${spacer(start)}
      ${indexes.map(
        (i) =>
          html`<li
            class=${this.tall ? 'event tall' : 'event'}
            data-event-id=${`e${i}`}
            tabindex="-1"
            aria-posinset=${windowed ? i + 1 : nothing}
          >
            <span>Event ${i}</span>
          </li>`,
      )}
      ${spacer(this.count - end)}
    </ol>`;
  }
}

function spacer(count: number) {
  return count > 0 ? html`<li class="spacer" aria-hidden="true" data-count=${count}></li>` : nothing;
}

declare global {
  interface HTMLElementTagNameMap {
    'test-window-host': TestWindowHost;
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function frames(count: number) {
  for (let i = 0; i < count; i += 1) await nextFrame();
}

/** Waits (at most `limit` frames) until the host has rendered nothing new for five frames in a row. */
async function settle(host: TestWindowHost, limit = 120) {
  let quiet = 0;
  let last = host.renders;
  for (let i = 0; i < limit && quiet < 5; i += 1) {
    await nextFrame();
    await host.updateComplete;
    if (host.renders === last) quiet += 1;
    else [quiet, last] = [0, host.renders];
  }
}

const events = (host: TestWindowHost) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('li.event')];
const positions = (host: TestWindowHost) =>
  events(host).map((item) => Number(item.getAttribute('aria-posinset')));
const itemAt = (host: TestWindowHost, index: number) =>
  host.shadowRoot!.querySelector<HTMLElement>(`li.event[aria-posinset="${index + 1}"]`);

const byId = (host: TestWindowHost, id: string) =>
  host.shadowRoot!.querySelector<HTMLElement>(`li.event[data-event-id="${id}"]`);

/** The scroller's visible box, in viewport coordinates. */
function viewOf(scroller: HTMLElement) {
  const top = scroller.getBoundingClientRect().top + scroller.clientTop;
  return { top, bottom: top + scroller.clientHeight };
}

/** The pixels of `[top, bottom)` that no rendered event covers: 0 when the events fill it. */
function uncovered(host: TestWindowHost, top: number, bottom: number): number {
  let gap = 0;
  let reached = top;
  const boxes = events(host)
    .map((item) => item.getBoundingClientRect())
    .filter((box) => box.bottom > top && box.top < bottom);
  for (const box of boxes) {
    gap += Math.max(0, box.top - reached);
    reached = Math.max(reached, box.bottom);
  }
  return gap + Math.max(0, bottom - reached);
}

/** The events whose box is (at least partly) inside the scroller's visible box. */
function onScreen(host: TestWindowHost, scroller: HTMLElement) {
  const view = viewOf(scroller);
  return events(host).filter((item) => {
    const box = item.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom;
  });
}

async function scrolled(isActive = true) {
  const scroller = await fixture<HTMLElement>(
    html`<div style="height: 400px; overflow: auto">
      <test-window-host .isActive=${isActive}></test-window-host>
    </div>`,
  );
  const host = scroller.querySelector('test-window-host')!;
  return { scroller, host };
}

async function scrollTo(host: TestWindowHost, scroller: HTMLElement, top: number) {
  scroller.scrollTop = top;
  await settle(host);
}

describe('ListWindowController', () => {
  it('should render a window of the list first: more than a screenful, far fewer than all', async () => {
    const { host } = await scrolled();
    const first = host.sizes[0]!;
    expect(first).to.equal(windowSizeFor(innerHeight));
    expect(first).to.be.above(400 / ITEM_HEIGHT);
    expect(first).to.be.below(COUNT / 10);
    expect(positions(host)).to.deep.equal(Array.from({ length: first }, (_, i) => i + 1));
    expect(events(host)[0]!.dataset['eventId']).to.equal('e0');
  });

  it('should size the spacers by the measured height, so the list is as tall as every event', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    // Another observer of the host's size, as the layout is: measuring must not make a ResizeObserver loop.
    const observer = new ResizeObserver(() => {});
    const { scroller, host } = await scrolled();
    observer.observe(host);
    await settle(host);
    observer.disconnect();
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    // Measured at 40px, the window grows to a screenful of 40px events and margins.
    expect(events(host)).to.have.length(windowSizeFor(innerHeight, ITEM_HEIGHT));
    expect(scroller.scrollHeight).to.be.within(COUNT * ITEM_HEIGHT * 0.9, COUNT * ITEM_HEIGHT * 1.1);
    const after = host.shadowRoot!.querySelector<HTMLElement>('li.spacer')!;
    expect(Number(after.dataset['count'])).to.equal(COUNT - events(host).length);
    expect(after.getBoundingClientRect().height).to.be.closeTo(
      Number(after.dataset['count']) * ITEM_HEIGHT,
      1,
    );
  });

  it('should cover the screen with events when scrolled to the middle and to the very bottom', async () => {
    const { scroller, host } = await scrolled();
    await settle(host);
    const view = viewOf(scroller);

    await scrollTo(host, scroller, (COUNT / 2) * ITEM_HEIGHT);
    expect(uncovered(host, view.top, view.bottom)).to.equal(0);
    const middle = onScreen(host, scroller).map((item) => Number(item.getAttribute('aria-posinset')));
    expect(middle[0]).to.be.within(COUNT / 2 - 1, COUNT / 2 + 2);
    expect(middle.length).to.be.within(10, 11);
    expect(positions(host)[0]).to.be.above(COUNT / 2 - 20);

    await scrollTo(host, scroller, scroller.scrollHeight);
    expect(uncovered(host, view.top, view.bottom)).to.equal(0);
    const last = events(host).at(-1)!;
    expect(last.getAttribute('aria-posinset')).to.equal(String(COUNT));
    expect(last.dataset['eventId']).to.equal(`e${COUNT - 1}`);
    expect(last.getBoundingClientRect().bottom).to.be.closeTo(view.bottom, 1);
    expect(host.shadowRoot!.querySelectorAll('li.spacer')).to.have.length(1);
    expect(scroller.scrollTop + scroller.clientHeight).to.be.closeTo(scroller.scrollHeight, 1);
  });

  it('should render the event at an index with show(), and only update when it is not in the window', async () => {
    const { scroller, host } = await scrolled();
    await settle(host);
    expect(itemAt(host, 500)).to.equal(null);
    host.win.show(500);
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(itemAt(host, 500)?.dataset['eventId']).to.equal('e500');

    const renders = host.renders;
    host.win.show(501);
    host.win.show(-1);
    expect(host.isUpdatePending).to.equal(false);
    await host.updateComplete;
    expect(host.renders).to.equal(renders);
    // Focused (which scrolls it into view), the event stays in the window.
    itemAt(host, 500)!.focus();
    await settle(host);
    expect(itemAt(host, 500)?.dataset['eventId']).to.equal('e500');
    expect(uncovered(host, viewOf(scroller).top, viewOf(scroller).bottom)).to.equal(0);
  });

  it('should hold an event with range(count, hold), and start again at 0 on rewind() and reset()', async () => {
    const { host } = await scrolled();
    await settle(host);
    const size = windowSizeFor(innerHeight, ITEM_HEIGHT);
    const held = host.win.range(COUNT, 700);
    expect(held.windowed).to.equal(true);
    expect(held.start).to.be.at.most(700);
    expect(held.end).to.be.above(700);
    expect(held.end - held.start).to.equal(size);
    // The window stays where it was moved to.
    expect(host.win.range(COUNT)).to.deep.equal(held);
    expect(host.win.range(COUNT, COUNT - 1)).to.deep.equal({
      start: COUNT - size,
      end: COUNT,
      windowed: true,
    });
    // A short list is rendered whole.
    expect(host.win.range(150)).to.deep.equal({ start: 0, end: 150, windowed: false });

    host.win.rewind();
    expect(host.win.range(COUNT)).to.deep.equal({ start: 0, end: size, windowed: true });

    host.win.range(COUNT, 700);
    host.win.reset();
    // reset() also forgets the measured height: the window is estimated again.
    expect(host.win.range(COUNT)).to.deep.equal({
      start: 0,
      end: windowSizeFor(innerHeight),
      windowed: true,
    });
  });

  it('should not move the window while active() is false', async () => {
    const { scroller, host } = await scrolled(false);
    await settle(host);
    const before = positions(host);
    const renders = host.renders;
    host.activeCalls = 0;
    scroller.scrollTop = (COUNT / 2) * ITEM_HEIGHT;
    await frames(10);
    await host.updateComplete;
    expect(host.activeCalls).to.be.above(0);
    expect(host.renders).to.equal(renders);
    expect(positions(host)).to.deep.equal(before);
    expect(before[0]).to.equal(1);
  });

  it('should keep the focused event in the window while scrolling away from it', async () => {
    const { scroller, host } = await scrolled();
    await settle(host);
    host.focused = 5;
    const renders = host.renders;
    await scrollTo(host, scroller, (COUNT / 2) * ITEM_HEIGHT);
    // The window moved as far as it could while still holding the focused event.
    expect(host.renders).to.be.above(renders);
    expect(positions(host)[0]).to.equal(6);
    expect(itemAt(host, 5)?.dataset['eventId']).to.equal('e5');

    // Without focus, the next scroll lets it go.
    host.focused = -1;
    await scrollTo(host, scroller, (COUNT / 2) * ITEM_HEIGHT + 4 * ITEM_HEIGHT);
    expect(itemAt(host, 5)).to.equal(null);
    expect(uncovered(host, viewOf(scroller).top, viewOf(scroller).bottom)).to.equal(0);
  });

  it('should keep the selected event in place with keepInPlace() when a re-render changes heights', async () => {
    const { scroller, host } = await scrolled();
    await settle(host);
    await scrollTo(host, scroller, (COUNT / 2) * ITEM_HEIGHT + 13);
    const view = viewOf(scroller);
    const anchor = onScreen(host, scroller)[4]!;
    const id = anchor.dataset['eventId']!;
    const top = anchor.getBoundingClientRect().top;
    expect(top).to.be.within(view.top, view.bottom);

    host.win.keepInPlace(id);
    host.tall = true;
    await host.updateComplete;
    expect(anchor.isConnected).to.equal(true);
    expect(anchor.dataset['eventId']).to.equal(id);
    expect(anchor.getBoundingClientRect().height).to.equal(2 * ITEM_HEIGHT);
    expect(anchor.getBoundingClientRect().top).to.be.closeTo(top, 1);
    // Measuring the new height and moving the window keep it there.
    await settle(host);
    expect(byId(host, id)?.getBoundingClientRect().top).to.be.closeTo(top, 1);
  });

  it('should keep the first event on screen in place with keepInPlace() when nothing is selected', async () => {
    const { scroller, host } = await scrolled();
    await settle(host);
    await scrollTo(host, scroller, (COUNT / 2) * ITEM_HEIGHT + 13);
    // What the controller calls on screen: the first event showing in the page's viewport.
    const anchor = events(host).find((item) => {
      const { top, bottom } = item.getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    })!;
    const id = anchor.dataset['eventId']!;
    const top = anchor.getBoundingClientRect().top;

    host.win.keepInPlace(undefined);
    host.tall = true;
    await host.updateComplete;
    expect(anchor.getBoundingClientRect().height).to.equal(2 * ITEM_HEIGHT);
    expect(anchor.getBoundingClientRect().top).to.be.closeTo(top, 1);
    await settle(host);
    expect(byId(host, id)?.getBoundingClientRect().top).to.be.closeTo(top, 1);
  });

  // A ResizeObserver disconnected with the host is created again on reconnection.
  it('should measure the list when the host is moved in the DOM before its first frame', async () => {
    const { scroller, host } = await scrolled();
    host.remove();
    scroller.append(host);
    await settle(host);
    expect(scroller.scrollHeight).to.be.within(COUNT * ITEM_HEIGHT * 0.9, COUNT * ITEM_HEIGHT * 1.1);
    expect(events(host)).to.have.length(windowSizeFor(innerHeight, ITEM_HEIGHT));
  });

  it('should stop following scrolling and resizing once disconnected', async () => {
    const { scroller, host } = await scrolled();
    await settle(host);
    host.activeCalls = 0;
    scroller.dispatchEvent(new Event('scroll'));
    expect(host.activeCalls).to.be.above(0);
    await settle(host);

    host.remove();
    host.activeCalls = 0;
    const renders = host.renders;
    scroller.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    await frames(5);
    await host.updateComplete;
    expect(host.activeCalls).to.equal(0);
    expect(host.renders).to.equal(renders);

    // Connected again, it follows again.
    scroller.append(host);
    await settle(host);
    host.activeCalls = 0;
    window.dispatchEvent(new Event('resize'));
    expect(host.activeCalls).to.be.above(0);
  });
});

describe('scrollContainerOf', () => {
  /** A scroll box of `height` px with content of `content` px. */
  function box(height: number, content: number, overflow = 'auto') {
    const outer = document.createElement('div');
    outer.style.cssText = `height: ${height}px; overflow-y: ${overflow}`;
    const inner = document.createElement('div');
    inner.style.height = `${content}px`;
    outer.append(inner);
    return { outer, inner };
  }

  let fixtures: Element[] = [];
  afterEach(() => {
    for (const element of fixtures) element.remove();
    fixtures = [];
  });
  const attach = (element: Element) => {
    fixtures.push(element);
    document.body.append(element);
    return element;
  };

  it('should find the nearest scrollable ancestor, skipping boxes that do not scroll', () => {
    const outer = box(100, 500);
    const fits = box(400, 50);
    const hidden = box(50, 300, 'hidden');
    const target = document.createElement('span');
    hidden.inner.append(target);
    fits.inner.append(hidden.outer);
    outer.inner.append(fits.outer);
    attach(outer.outer);
    // `fits` is overflow: auto but has nothing to scroll; `hidden` overflows but cannot be scrolled by the reader.
    expect(scrollContainerOf(target)).to.equal(outer.outer);

    const scrolls = box(50, 300, 'scroll');
    const nested = document.createElement('span');
    scrolls.inner.append(nested);
    fits.inner.append(scrolls.outer);
    expect(scrollContainerOf(nested)).to.equal(scrolls.outer);
  });

  it('should look across shadow roots', () => {
    const outer = box(100, 500);
    const shadowHost = document.createElement('div');
    const root = shadowHost.attachShadow({ mode: 'open' });
    const target = document.createElement('span');
    root.append(target);
    outer.inner.append(shadowHost);
    attach(outer.outer);
    expect(scrollContainerOf(target)).to.equal(outer.outer);

    // A scroller inside the shadow root is nearer.
    const inside = box(50, 300);
    const deeper = document.createElement('span');
    inside.inner.append(deeper);
    root.append(inside.outer);
    expect(scrollContainerOf(deeper)).to.equal(inside.outer);
  });

  it('should fall back to the page when nothing scrolls', () => {
    const { outer, inner } = box(400, 50);
    const target = document.createElement('span');
    inner.append(target);
    attach(outer);
    expect(scrollContainerOf(target)).to.equal(document.scrollingElement);
    expect(document.scrollingElement).to.not.equal(null);
  });
});
