import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { syntheticTimeline } from '../stories/generated.js';
import { harness, settled } from './helpers/timeline-harness.js';

/** Every element in the timeline's shadow tree. */
const domSize = (el: HkAiTimeline) => el.shadowRoot!.querySelectorAll('*').length;
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
    const { el } = await longTimeline(10_000);
    expect(el.eventCount).to.equal(10_000);
    expect(domSize(el)).to.be.at.most(2000);
    const items = harness(el).events();
    expect(items.length).to.be.within(50, 200);
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
    const onScreen = harness(el)
      .events()
      .filter((item) => {
        const { top, bottom } = item.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        return bottom > view.top && top < view.bottom;
      });
    expect(onScreen.length).to.be.greaterThan(0);
  });

  it('should keep every event in the DOM below the threshold', async () => {
    const { el } = await longTimeline(150);
    expect(harness(el).events()).to.have.length(150);
    expect(harness(el).events()[0]!.hasAttribute('aria-posinset')).to.equal(false);
    expect(el.shadowRoot!.querySelector('.spacer')).to.equal(null);
  });
});
