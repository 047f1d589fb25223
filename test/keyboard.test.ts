import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import milestones from '../data/hk-ai-milestones.json' with { type: 'json' };
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { harness, settled } from './helpers/timeline-harness.js';

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
  it('should be one tab stop: Tab enters at the first event, then only its links, then leaves', async () => {
    const { wrapper, el, ids } = await page();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
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

  it('should reach every event and every link by keyboard alone', async () => {
    const { wrapper, el, ids } = await page();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
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
