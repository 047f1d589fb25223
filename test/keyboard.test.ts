import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import milestones from '../data/hk-ai-milestones.json' with { type: 'json' };
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { harness, settled } from './helpers/timeline-harness.js';

/** The default dataset's size, and how many of its events are policy. */
const EVENTS = milestones.events.length;
const POLICY = milestones.events.filter((event) => event.category?.en === 'Policy').length;

/** The element focused inside the timeline's shadow root, if focus is in the timeline. */
const focusedIn = (el: HkAiTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedId = (el: HkAiTimeline) =>
  focusedIn(el)?.closest<HTMLElement>('[part~="event"]')?.dataset['eventId'];

async function page() {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button id="before">before</button>
      <hk-ai-timeline lang="en"></hk-ai-timeline>
      <button id="after">after</button>
    </div>`,
  );
  const el = wrapper.querySelector('hk-ai-timeline')!;
  await settled(el);
  return { wrapper, el, ids: harness(el).ids() as string[] };
}

describe('<hk-ai-timeline> keyboard and selection', () => {
  /** Tabs from the button before the timeline past its search box and category buttons. */
  async function tabPastControls(el: HkAiTimeline) {
    const controls = el.shadowRoot!.querySelectorAll('[part="search"], [part="chip"]').length;
    for (let i = 0; i <= controls; i += 1) await sendKeys({ press: 'Tab' });
  }

  it('should be one tab stop: Tab enters at the first event, then only its links, then leaves', async () => {
    const { wrapper, el, ids } = await page();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await tabPastControls(el);
    expect(focusedId(el)).to.equal(ids[0]);
    expect(focusedIn(el)?.getAttribute('part')).to.equal('event');
    const links = harness(el).event(ids[0]!)!.querySelectorAll('a').length;
    for (let i = 0; i < links; i += 1) {
      await sendKeys({ press: 'Tab' });
      expect(focusedIn(el)?.localName).to.equal('a');
      expect(focusedId(el)).to.equal(ids[0]);
    }
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    expect(el.shadowRoot!.querySelectorAll('[part~="event"][tabindex="0"]')).to.have.length(1);
  });

  it('should move with the arrow keys and jump with Home and End, keeping one tab stop', async () => {
    const { el, ids } = await page();
    harness(el).events()[0]!.focus();
    const steps: [string, number][] = [
      ['ArrowDown', 1],
      ['ArrowRight', 2],
      ['ArrowUp', 1],
      ['ArrowLeft', 0],
      ['ArrowUp', 0],
      ['End', ids.length - 1],
      ['ArrowDown', ids.length - 1],
      ['Home', 0],
    ];
    for (const [key, index] of steps) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(focusedId(el), key).to.equal(ids[index]);
      const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"][tabindex="0"]')];
      expect(stops.map((item) => item.dataset['eventId'])).to.deep.equal([ids[index]]);
    }
  });

  it('should select with Enter and Space, fire hk-ai-select and mark aria-current', async () => {
    const { el, ids } = await page();
    harness(el).events()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const first = oneEvent(el, 'hk-ai-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await first;
    expect(detail.id).to.equal(ids[1]);
    expect(detail.event.id).to.equal(ids[1]);
    expect(el.selected).to.equal(ids[1]);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal(ids[1]);
    expect(harness(el).event(ids[1]!)!.getAttribute('aria-current')).to.equal('true');

    await sendKeys({ press: 'ArrowDown' });
    const second = oneEvent(el, 'hk-ai-select');
    await sendKeys({ press: 'Space' });
    expect((await second).detail.id).to.equal(ids[2]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[aria-current="true"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('should select on click, but let a click on a source link follow the link', async () => {
    const { el, ids } = await page();
    const selected: string[] = [];
    el.addEventListener('hk-ai-select', (event) => selected.push(event.detail.id));
    harness(el).event(ids[3]!)!.querySelector<HTMLElement>('[part="title"]')!.click();
    await el.updateComplete;
    expect(selected).to.deep.equal([ids[3]]);
    expect(focusedId(el)).to.equal(ids[3]);
    const link = harness(el).event(ids[4]!)!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    expect(selected).to.deep.equal([ids[3]]);
  });

  it('should not fire hk-ai-select when selected is set by the page', async () => {
    const { el, ids } = await page();
    let fired = false;
    el.addEventListener('hk-ai-select', () => (fired = true));
    el.selected = ids[2];
    await el.updateComplete;
    expect(fired).to.equal(false);
    expect(
      el.shadowRoot!.querySelector('[part~="event"][tabindex="0"]')?.getAttribute('data-event-id'),
    ).to.equal(ids[2]);
  });

  it('should reach every control, every event and every link by keyboard alone', async () => {
    const { wrapper, el, ids } = await page();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const controls = [...el.shadowRoot!.querySelectorAll('[part="search"], [part="chip"]')];
    expect(controls.length).to.be.greaterThan(2);
    for (const control of controls) {
      await sendKeys({ press: 'Tab' });
      expect(focusedIn(el)).to.equal(control);
    }
    await sendKeys({ press: 'Tab' });
    const reached = new Set<string>();
    const linksReached = new Set<string>();
    for (let step = 0; step < ids.length; step += 1) {
      reached.add(focusedId(el)!);
      // Tab through this event's links, then Shift+Tab back to the event.
      const links = harness(el).event(focusedId(el)!)!.querySelectorAll('a').length;
      for (let i = 0; i < links; i += 1) {
        await sendKeys({ press: 'Tab' });
        linksReached.add(`${focusedId(el)} ${focusedIn(el)?.getAttribute('href')}`);
      }
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < links; i += 1) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
    }
    expect([...reached]).to.deep.equal(ids);
    const allLinks = harness(el)
      .events()
      .flatMap((item) =>
        [...item.querySelectorAll('a')].map((a) => `${item.dataset['eventId']} ${a.getAttribute('href')}`),
      );
    expect([...linksReached].sort()).to.deep.equal([...new Set(allLinks)].sort());
    expect(milestones.events.length).to.equal(ids.length);
  });

  describe('search and filter', () => {
    afterEach(() => history.replaceState(null, '', location.pathname));

    it('should narrow the list as the reader types, announce the count and fire hk-ai-filter-change', async () => {
      const { el } = await page();
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      search.focus();
      const changed = oneEvent(el, 'hk-ai-filter-change');
      await sendKeys({ type: '센스타임' });
      const { detail } = await changed;
      await el.updateComplete;
      expect(detail.query).to.contain('센');
      expect(el.query).to.equal('센스타임');
      expect(harness(el).ids()).to.include('sensetime-founded');
      expect(harness(el).status()).to.equal(`${harness(el).ids().length} of ${EVENTS} events`);
      expect(search.getAttribute('aria-label')).to.equal('Search events');
    });

    it('should filter by category with pressed buttons, and show all again', async () => {
      const { el } = await page();
      const chips = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="chip"]')];
      const policy = chips().find((chip) => chip.textContent!.trim() === 'Policy')!;
      const changed = oneEvent(el, 'hk-ai-filter-change');
      policy.click();
      expect((await changed).detail).to.deep.equal({ filter: 'policy', query: undefined, count: POLICY });
      await el.updateComplete;
      expect(harness(el).ids()).to.have.length(POLICY);
      expect(chips().filter((chip) => chip.getAttribute('aria-pressed') === 'true')).to.deep.equal([policy]);
      expect(el.getAttribute('filter')).to.equal('policy');
      chips()[0]!.click();
      await el.updateComplete;
      expect(harness(el).ids()).to.have.length(EVENTS);
      expect(chips()[0]!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('should take filter and query from attributes, in any language, without firing events', async () => {
      let fired = false;
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline lang="ko" filter="정책" query="AI"></hk-ai-timeline>`,
      );
      el.addEventListener('hk-ai-filter-change', () => (fired = true));
      await settled(el);
      const shown = harness(el).ids();
      expect(shown.length).to.be.greaterThan(0).and.lessThan(EVENTS);
      expect(harness(el).status()).to.equal(`사건 ${EVENTS}건 중 ${shown.length}건 표시`);
      expect(fired).to.equal(false);
      el.query = 'no such words anywhere';
      await el.updateComplete;
      expect(harness(el).events()).to.have.length(0);
      expect(harness(el).status()).to.equal('검색어나 분류에 맞는 사건이 없습니다.');
    });

    it('should keep the tab stop on a shown event when the filter hides the old one', async () => {
      const { el } = await page();
      el.query = 'Baidu';
      await el.updateComplete;
      const stops = el.shadowRoot!.querySelectorAll('[part~="event"][tabindex="0"]');
      expect([...stops].map((item) => item.getAttribute('data-event-id'))).to.deep.equal(
        harness(el).ids().slice(0, 1),
      );
    });

    it('should read and write ?q= and ?category= with url-state', async () => {
      history.replaceState(null, '', '?q=cyberport&category=partnership');
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline url-state></hk-ai-timeline>`);
      await settled(el);
      expect(el.query).to.equal('cyberport');
      expect(harness(el).ids().length).to.be.greaterThan(0);
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      expect(search.value).to.equal('cyberport');
      search.value = 'baidu';
      search.dispatchEvent(new InputEvent('input'));
      expect(new URLSearchParams(location.search).get('q')).to.equal('baidu');
      expect(new URLSearchParams(location.search).get('category')).to.equal('partnership');
    });
  });

  describe('hash-link', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('should select the event named by the URL hash when the data loads, and follow hashchange', async () => {
      history.replaceState(null, '', '#cisco-cyberport-mou');
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline hash-link></hk-ai-timeline>`);
      await settled(el);
      expect(el.selected).to.equal('cisco-cyberport-mou');
      const selected = oneEvent(el, 'hk-ai-select');
      location.hash = '#baidu-ai-cloud-innovation-centre-signing';
      expect((await selected).detail.id).to.equal('baidu-ai-cloud-innovation-centre-signing');
      expect(el.selected).to.equal('baidu-ai-cloud-innovation-centre-signing');
    });

    it('should write the selected event into the hash, and ignore hashes that name no event', async () => {
      history.replaceState(null, '', '#not-an-event');
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline hash-link></hk-ai-timeline>`);
      await settled(el);
      expect(el.selected).to.equal(undefined);
      harness(el).event('sensetime-founded')!.click();
      expect(location.hash).to.equal('#sensetime-founded');
    });

    it('should leave the URL alone without hash-link', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      await settled(el);
      harness(el).event('sensetime-founded')!.click();
      expect(location.hash).to.equal('');
    });
  });
});
