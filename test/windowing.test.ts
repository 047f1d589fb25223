import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { WINDOW_MARGIN } from '../src/components/timeline/list-window.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import type { TimelineDocumentJson } from '../src/model/types.js';
import { syntheticTimeline } from '../stories/generated.js';
import { harness, settled } from './helpers/timeline-harness.js';

/** Every element in the timeline's shadow tree. */
const domSize = (el: HkAiTimeline) => el.shadowRoot!.querySelectorAll('*').length;
/** The part of `[top, bottom)` that no rendered event covers, in pixels: 0 when the events fill it. */
function uncovered(el: HkAiTimeline, top: number, bottom: number): number {
  const boxes = harness(el)
    .events()
    .map((item) => item.getBoundingClientRect());
  let gap = 0;
  let reached = top;
  for (const box of boxes.filter((b) => b.bottom > top && b.top < bottom)) {
    gap += Math.max(0, box.top - reached);
    reached = Math.max(reached, box.bottom);
  }
  return gap + Math.max(0, bottom - reached);
}
const focusedItem = (el: HkAiTimeline) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('[part~="event"]');

async function longTimeline(count: number, hashLink = false) {
  const scroller = await fixture<HTMLElement>(
    html`<div style="height: 600px; overflow: auto">
      <hk-ai-timeline lang="en" ?hash-link=${hashLink}></hk-ai-timeline>
    </div>`,
  );
  const el = scroller.querySelector('hk-ai-timeline')!;
  el.data = syntheticTimeline(count);
  await settled(el);
  await el.updateComplete;
  return { scroller, el, ids: syntheticTimeline(count).events.map((e) => e.id) };
}

describe('<hk-ai-timeline> with many events', () => {
  it('should render 10,000 events with at most 2,000 DOM elements, each with its place in the set', async () => {
    const { el, scroller } = await longTimeline(10_000);
    expect(el.eventCount).to.equal(10_000);
    expect(domSize(el)).to.be.at.most(2000);
    const items = harness(el).events();
    // A screenful and a margin below it: the events fill the scroller from the list's top to its bottom edge.
    expect(items.length).to.be.within(2 * WINDOW_MARGIN + 1, 200);
    const view = scroller.getBoundingClientRect();
    expect(uncovered(el, items[0]!.getBoundingClientRect().top, view.bottom)).to.equal(0);
    expect(items[0]!.getAttribute('aria-setsize')).to.equal('10000');
    expect(items.map((item) => Number(item.getAttribute('aria-posinset')))).to.deep.equal(
      items.map((_, i) => i + 1),
    );
    await expect(el).to.be.accessible();
  });

  it('should reach the last event and come back with End and Home', async () => {
    const { el } = await longTimeline(10_000);
    harness(el).events()[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedItem(el)?.getAttribute('aria-posinset')).to.equal('10000');
    expect(domSize(el)).to.be.at.most(2000);
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedItem(el)?.getAttribute('aria-posinset')).to.equal('9999');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedItem(el)?.getAttribute('aria-posinset')).to.equal('1');
  });

  it('should walk past the end of the rendered window with the arrow keys', async () => {
    const { el } = await longTimeline(1_000);
    const last = harness(el).events().at(-1)!;
    const position = Number(last.getAttribute('aria-posinset'));
    last.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(Number(focusedItem(el)?.getAttribute('aria-posinset'))).to.equal(position + 1);
  });

  it('should follow a deep link to an event in the middle', async () => {
    const ids = syntheticTimeline(10_000).events.map((e) => e.id);
    const sorted = [...syntheticTimeline(10_000).events].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
    const middle = sorted[5000]!.id;
    expect(ids).to.include(middle);
    history.replaceState(null, '', `#${middle}`);
    try {
      const { el } = await longTimeline(10_000, true);
      el.hashLink = true;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
      await aTimeout(50);
      expect(el.selected).to.equal(middle);
      const item = harness(el).event(middle)!;
      expect(item).to.not.equal(undefined);
      const { top, bottom } = item.getBoundingClientRect();
      expect(bottom).to.be.greaterThan(0);
      expect(top).to.be.lessThan(innerHeight);
      expect(domSize(el)).to.be.at.most(2000);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('should render the events that scrolling brings into view', async () => {
    const { scroller, el } = await longTimeline(10_000);
    scroller.scrollTop = scroller.scrollHeight / 2;
    scroller.dispatchEvent(new Event('scroll'));
    await aTimeout(100);
    await el.updateComplete;
    const positions = harness(el)
      .events()
      .map((item) => Number(item.getAttribute('aria-posinset')));
    expect(Math.min(...positions)).to.be.within(3000, 7000);
    const view = scroller.getBoundingClientRect();
    expect(uncovered(el, view.top, view.bottom)).to.equal(0);
    // Scrolling on by less than a margin moves nothing, and leaves no gap either.
    scroller.scrollTop += 3 * (harness(el).events()[0]!.getBoundingClientRect().height || 100);
    scroller.dispatchEvent(new Event('scroll'));
    await aTimeout(100);
    await el.updateComplete;
    expect(uncovered(el, view.top, view.bottom)).to.equal(0);
  });

  /** Small collapsed cards in a page that scrolls: a tall screenful is more of them than the estimate's window. */
  const smallEvents = async (count: number) => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang="en" collapsed style="font-size: 8px"></hk-ai-timeline>
        <style>
          hk-ai-timeline::part(event) {
            padding-block-end: 0;
          }
          hk-ai-timeline::part(card) {
            padding: 0;
          }
        </style>`,
    );
    el.data = syntheticTimeline(count);
    await settled(el);
    await el.updateComplete;
    return el;
  };

  /** Frames enough for a scroll or a resize to take effect: the event, the element's frame callback, its render. */
  async function afterFrames(el: HkAiTimeline) {
    for (let i = 0; i < 4; i += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
    }
  }

  /** Scrolls the page to each fraction of its height and checks that events fill the screen there. */
  async function expectScreenFilled(el: HkAiTimeline, count: number) {
    for (const fraction of [0.3, 0.7, 1]) {
      scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * fraction);
      await afterFrames(el);
      const last = harness(el).events().at(-1)!;
      // At the very end, the last event's bottom is the end of what there is to cover.
      const bottom = fraction === 1 ? last.getBoundingClientRect().bottom : innerHeight;
      if (fraction === 1) expect(last.getAttribute('aria-posinset')).to.equal(String(count));
      expect(uncovered(el, 0, bottom), `at ${fraction}`).to.equal(0);
    }
    expect(domSize(el)).to.be.at.most(2000);
  }

  it('should fill a tall screen with small events, wherever it scrolls', async () => {
    await setViewport({ width: 800, height: 1800 });
    try {
      const el = await smallEvents(5_000);
      const firstTop = harness(el).events()[0]!.getBoundingClientRect().top;
      expect(uncovered(el, firstTop, innerHeight)).to.equal(0);
      await expectScreenFilled(el, 5_000);
    } finally {
      scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('should fill the screen again when the window grows taller', async () => {
    try {
      const el = await smallEvents(3_000);
      await afterFrames(el);
      await setViewport({ width: 800, height: 1800 });
      await afterFrames(el);
      await expectScreenFilled(el, 3_000);
    } finally {
      scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  /** A timeline in a page that scrolls, with this document, once it has been measured. */
  const pageTimeline = async (data: TimelineDocumentJson) => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en"></hk-ai-timeline>`);
    el.data = data;
    await settled(el);
    await afterFrames(el);
    return el;
  };
  const withDescriptions = (
    data: TimelineDocumentJson,
    length: number,
    which: (index: number) => boolean = () => true,
  ) => ({
    ...data,
    events: data.events.map((event, i) =>
      which(i) ? { ...event, description: 'Lorem ipsum dolor sit amet, '.repeat(length) } : event,
    ),
  });

  it('should fill the screen where events are much shorter than the first ones measured', async () => {
    try {
      // The events of 2000 come first, and are long; all the others are short.
      const el = await pageTimeline(withDescriptions(syntheticTimeline(3_000), 60, (i) => i % 25 === 0));
      await expectScreenFilled(el, 3_000);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('should fill the screen after the events became shorter', async () => {
    try {
      const el = await pageTimeline(withDescriptions(syntheticTimeline(3_000), 8));
      el.collapsed = true;
      await afterFrames(el);
      await expectScreenFilled(el, 3_000);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('should fill a taller window with events of the usual height', async () => {
    try {
      const el = await pageTimeline(syntheticTimeline(3_000));
      scrollTo(0, document.documentElement.scrollHeight / 2);
      await afterFrames(el);
      await setViewport({ width: 800, height: 1800 });
      await afterFrames(el);
      expect(uncovered(el, 0, innerHeight)).to.equal(0);
    } finally {
      scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('should follow the reader when the events change while the list is scrolled', async () => {
    const { scroller, el } = await longTimeline(10_000);
    scroller.scrollTop = scroller.scrollHeight / 2;
    await afterFrames(el);
    // Every event matches: as long a list, shown anew from the window's start.
    el.query = 'synthetic';
    await afterFrames(el);
    const view = scroller.getBoundingClientRect();
    expect(uncovered(el, view.top, view.bottom)).to.equal(0);
  });

  it('should leave a hidden timeline where it is while the page scrolls', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <div hidden><hk-ai-timeline lang="en"></hk-ai-timeline></div>
        <div style="height: 5000px"></div>
      </div>`,
    );
    const el = page.querySelector('hk-ai-timeline')!;
    el.data = syntheticTimeline(3_000);
    await settled(el);
    try {
      for (let i = 0; i < 20; i += 1) {
        scrollBy(0, 200);
        await afterFrames(el);
      }
    } finally {
      scrollTo(0, 0);
    }
    // Hidden, it has no boxes to place the window by: the window stays where it was.
    expect(harness(el).events()[0]!.getAttribute('aria-posinset')).to.equal('1');
    page.querySelector('[hidden]')!.removeAttribute('hidden');
    await afterFrames(el);
    const first = harness(el).events()[0]!;
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(uncovered(el, first.getBoundingClientRect().top, innerHeight)).to.equal(0);
  });

  it('should keep every event in the DOM below the threshold', async () => {
    const { el } = await longTimeline(150);
    expect(harness(el).events()).to.have.length(150);
    expect(harness(el).events()[0]!.hasAttribute('aria-posinset')).to.equal(false);
    expect(el.shadowRoot!.querySelector('.spacer')).to.equal(null);
  });
});
