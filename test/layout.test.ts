import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { ERAS_DOCUMENT } from './helpers/documents.js';
import { harness, settled, text } from './helpers/timeline-harness.js';

async function axisTimeline(width = 900, layout = 'horizontal', data: unknown = ERAS_DOCUMENT) {
  // null: no data, so the default dataset
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px`}>
      <button id="before">before</button>
      <hk-ai-timeline lang="en" layout=${layout}></hk-ai-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('hk-ai-timeline')!;
  if (data) el.data = data;
  await settled(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.tick'), 'the axis did not render its ticks');
  await el.updateComplete;
  return { wrapper, el, root: el.shadowRoot! };
}

const rectOf = (el: HkAiTimeline, id: string) => harness(el).event(id)!.getBoundingClientRect();
describe('<hk-ai-timeline layout="auto">', () => {
  it('should show the axis in a wide container and the vertical list in a narrow one', async () => {
    const { el, root, wrapper } = await axisTimeline(900, 'auto');
    const positioned = () => getComputedStyle(harness(el).event('day')!).position;
    expect(positioned()).to.equal('absolute');
    expect(getComputedStyle(root.querySelector('[part="axis-controls"]')!).display).to.equal('flex');
    expect(el.matches(':state(horizontal)')).to.equal(true);
    wrapper.style.width = '400px';
    await waitUntil(() => positioned() === 'relative', 'did not fall back to the list');
    // One decision for what is shown and how it behaves: the axis is gone, not only hidden.
    expect(root.querySelector('[part="axis-controls"], [part="viewport"]')).to.equal(null);
    expect(el.matches(':state(vertical)')).to.equal(true);
    // Back in the list, events are one below the other.
    expect(rectOf(el, 'range').top).to.be.above(rectOf(el, 'day').bottom - 1);
  });
});

describe('<hk-ai-timeline> vertical list', () => {
  it('should group events by year: the first event of each year carries the year', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="ko"></hk-ai-timeline>`);
    el.data = ERAS_DOCUMENT;
    await settled(el);
    const labels = harness(el)
      .events()
      .map((item) => text(item.querySelector('[part="year"]')));
    expect(labels).to.deep.equal(['2016년', '2017년', '2020년', '2022년', '']);
  });

  it('with collapsed, should show titles only until an event is selected', async () => {
    const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en" collapsed></hk-ai-timeline>`);
    el.data = ERAS_DOCUMENT;
    await settled(el);
    const description = () =>
      harness(el).event('same-day-b')!.querySelector<HTMLElement>('[part="description"]')!;
    expect(description().offsetHeight).to.equal(0);
    harness(el).event('same-day-b')!.click();
    await el.updateComplete;
    expect(description().offsetHeight).to.be.above(0);
    harness(el).event('same-day-b')!.click();
    await el.updateComplete;
    expect(description().offsetHeight).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

describe('<hk-ai-timeline> vertical list gaps', () => {
  const GAPS_DOCUMENT = {
    events: [
      { id: 'y2000', date: '2000-05', title: 'In 2000' },
      { id: 'y2001', date: '2001-05', title: 'In 2001' },
      { id: 'y2010', date: '2010-05', title: 'In 2010, nine years on' },
      { id: 'y2011', date: '2011-05', title: 'In 2011' },
    ],
  };

  async function gapsTimeline(lang: string) {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang=${lang} layout="vertical"></hk-ai-timeline>`,
    );
    el.data = GAPS_DOCUMENT;
    await settled(el);
    return el;
  }

  /** The space between an event's card and the next event's year: what the reader sees as the distance. */
  const spaceBefore = (el: HkAiTimeline, previous: string, id: string) =>
    harness(el).event(id)!.querySelector('[part="year"]')!.getBoundingClientRect().top -
    harness(el).event(previous)!.querySelector('[part="card"]')!.getBoundingClientRect().bottom;

  for (const [lang, words] of [
    ['en', '9 years later'],
    ['ko', '9년 후'],
    ['zh-Hant', '9 年後'],
  ] as const) {
    it(`should say "${words}" before 2010 (${lang}), and leave more space before it than before 2001`, async () => {
      const el = await gapsTimeline(lang);
      const breaks = harness(el)
        .events()
        .map((item) => text(item.querySelector('[part="gap"]')));
      expect(breaks).to.deep.equal(['', '', words, '']);
      // In the text a screen reader reads, before the year, inside the event's own item.
      const gap = harness(el).event('y2010')!.querySelector('[part="gap"]')!;
      expect(gap.closest('[aria-hidden="true"]')).to.equal(null);
      expect(gap.nextElementSibling?.getAttribute('part')).to.equal('year');
      expect(spaceBefore(el, 'y2001', 'y2010')).to.be.above(spaceBefore(el, 'y2000', 'y2001') + 8);
      // The marker still sits beside its card, below the break and the year.
      const item = harness(el).event('y2010')!;
      const marker = item.querySelector('[part="marker"]')!.getBoundingClientRect();
      const card = item.querySelector('[part="card"]')!.getBoundingClientRect();
      expect(marker.top - card.top).to.be.within(0, 8);
    });
  }

  it('should show no gap breaks on the time axis, where distance is the axis itself', async () => {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang="en" layout="horizontal"></hk-ai-timeline>`,
    );
    el.data = GAPS_DOCUMENT;
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.tick'), 'the axis did not render its ticks');
    const gaps = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="gap"]')];
    expect(gaps.every((gap) => gap.getClientRects().length === 0)).to.equal(true);
  });

  it('should keep the gaps out of the list’s items: four events, each still one list item, and pass axe', async () => {
    const el = await gapsTimeline('en');
    const list = el.shadowRoot!.querySelector('ol[part="list"]')!;
    expect([...list.children].map((child) => child.tagName)).to.deep.equal(['LI', 'LI', 'LI', 'LI']);
    await expect(el).to.be.accessible();
  });
});
