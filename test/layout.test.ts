import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { syntheticTimeline } from '../stories/generated.js';
import { harness, settled, text } from './helpers/timeline-harness.js';

const ERAS_DOCUMENT = {
  lang: 'en',
  events: [
    { id: 'day', date: '2016-03-05', title: 'A day' },
    { id: 'range', date: '2017', end: '2019', title: 'A range of years' },
    { id: 'fuzzy', date: '2020', approximate: true, title: 'About 2020' },
    { id: 'same-day-a', date: '2022-06-01', title: 'Same day, first' },
    { id: 'same-day-b', date: '2022-06-01', title: 'Same day, second', description: 'Details of the second' },
  ],
  eras: [
    { title: 'First period', date: '2015', end: '2018-06' },
    { title: 'Second period', date: '2019', end: '2023' },
    { title: 'Impossible period', date: '2020', end: '2019' },
  ],
};

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
const trackWidth = (el: HkAiTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.track')!.offsetWidth;
const focusedId = (el: HkAiTimeline) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('[part~="event"]')?.dataset[
    'eventId'
  ];

describe('<hk-ai-timeline layout="horizontal">', () => {
  it('should place events by date, left to right, with year ticks in between', async () => {
    const { el, root } = await axisTimeline();
    const lefts = ['day', 'range', 'fuzzy', 'same-day-a'].map((id) => rectOf(el, id).left);
    expect([...lefts].sort((a, b) => a - b)).to.deep.equal(lefts);
    // Positions are proportional: 2016-03 → 2017 is about a third of 2017 → 2020.
    const ratio = (lefts[1]! - lefts[0]!) / (lefts[2]! - lefts[1]!);
    expect(ratio).to.be.within(0.2, 0.4);
    const ticks = [...root.querySelectorAll<HTMLElement>('.tick.year')];
    expect(ticks.map((tick) => text(tick))).to.include.members(['2016', '2017', '2020']);
    const tick2017 = ticks.find((tick) => text(tick) === '2017')!.getBoundingClientRect().left;
    expect(Math.abs(tick2017 - rectOf(el, 'range').left)).to.be.below(2);
  });

  it('should stack events that would overlap, and never draw two cards over each other', async () => {
    const { el } = await axisTimeline();
    const cards = harness(el)
      .events()
      .map((item) => item.querySelector('.card')!.getBoundingClientRect());
    for (const [i, a] of cards.entries()) {
      for (const b of cards.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, 'two cards overlap').to.equal(false);
      }
    }
    expect(rectOf(el, 'same-day-b').top).to.be.above(rectOf(el, 'same-day-a').top);
  });

  it('should draw a range as a bar as long as its period, and an approximate date as a fuzzy one', async () => {
    const { el } = await axisTimeline();
    const marker = (id: string) => harness(el).event(id)!.querySelector<HTMLElement>('[part="marker"]')!;
    const dayWidth = marker('day').getBoundingClientRect().width;
    const rangeWidth = marker('range').getBoundingClientRect().width;
    expect(rangeWidth).to.be.above(dayWidth * 5);
    // 2017–2019 spans three years of the axis, like the ticks 2017 → 2020.
    const ticks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tick.year')];
    const at = (year: string) => ticks.find((tick) => text(tick) === year)!.getBoundingClientRect().left;
    expect(Math.abs(rangeWidth - (at('2020') - at('2017')))).to.be.below(3);
    expect(getComputedStyle(marker('fuzzy')).backgroundImage).to.contain('gradient');
    expect(getComputedStyle(marker('day')).backgroundImage).to.equal('none');
  });

  it('should draw the valid eras behind the events, and report the impossible one by its path', async () => {
    const { el, root } = await axisTimeline();
    const eras = [...root.querySelectorAll<HTMLElement>('[part="era"]')];
    expect(eras.map((era) => text(era.querySelector('.era-title')))).to.deep.equal([
      'First period',
      'Second period',
    ]);
    expect(text(eras[0]!.querySelector('.era-dates'))).to.equal('2015 – June 2018');
    expect(root.querySelector('[part="eras"]')!.getAttribute('aria-label')).to.equal('Eras');
    const era = eras[1]!.getBoundingClientRect();
    const fuzzy = rectOf(el, 'fuzzy');
    expect(fuzzy.left).to.be.within(era.left, era.right);
    expect(el.diagnostics.map((d) => d.path)).to.deep.equal(['$.eras[2].end']);
    expect(el.diagnostics[0]!.severity).to.equal('warning');
  });

  it('should zoom in, out and back to fit with the buttons, keeping the middle in view', async () => {
    const { el, root } = await axisTimeline();
    const [zoomOut, fit, zoomIn] = [...root.querySelectorAll<HTMLButtonElement>('[part="zoom-button"]')];
    expect(zoomOut!.disabled).to.equal(true);
    expect(fit!.disabled).to.equal(true);
    const width = trackWidth(el);
    zoomIn!.click();
    await el.updateComplete;
    expect(trackWidth(el)).to.be.closeTo(width * 2, 2);
    const viewport = root.querySelector<HTMLElement>('[part="viewport"]')!;
    // The point that was in the middle stays there: half of the added width is scrolled past.
    expect(viewport.scrollLeft).to.be.closeTo(viewport.clientWidth / 2, 2);
    zoomIn!.click();
    await el.updateComplete;
    expect(trackWidth(el)).to.be.closeTo(width * 4, 4);
    zoomOut!.click();
    await el.updateComplete;
    expect(trackWidth(el)).to.be.closeTo(width * 2, 2);
    expect(fit!.disabled).to.equal(false);
    fit!.click();
    await el.updateComplete;
    expect(trackWidth(el)).to.be.closeTo(width, 1);
    expect(zoomOut!.disabled).to.equal(true);
  });

  it('should show month ticks once zoomed in far enough', async () => {
    const { el, root } = await axisTimeline();
    expect(root.querySelectorAll('.tick.month').length).to.equal(0);
    for (let i = 0; i < 4; i += 1) {
      root.querySelector<HTMLButtonElement>('[part="zoom-button"]:last-child')!.click();
      await el.updateComplete;
    }
    const months = [...root.querySelectorAll('.tick.month')].map((tick) => text(tick));
    expect(months).to.include.members(['Apr', 'Jul', 'Oct']);
  });

  it('should zoom with ctrl+wheel around the pointer, and leave a plain wheel to scrolling', async () => {
    const { el, root } = await axisTimeline();
    const viewport = root.querySelector<HTMLElement>('[part="viewport"]')!;
    const width = trackWidth(el);
    const plain = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true });
    viewport.dispatchEvent(plain);
    await el.updateComplete;
    expect(trackWidth(el)).to.equal(width);
    expect(plain.defaultPrevented).to.equal(false);
    const box = viewport.getBoundingClientRect();
    const pointerX = box.left + box.width / 4;
    const zoom = new WheelEvent('wheel', {
      deltaY: -100,
      ctrlKey: true,
      clientX: pointerX,
      bubbles: true,
      cancelable: true,
    });
    viewport.dispatchEvent(zoom);
    await el.updateComplete;
    expect(zoom.defaultPrevented).to.equal(true);
    const factor = trackWidth(el) / width;
    expect(factor).to.be.above(1.5);
    // The axis point under the pointer is still under it.
    const before = (pointerX - box.left) / width;
    const after = (viewport.scrollLeft + pointerX - box.left) / trackWidth(el);
    expect(after).to.be.closeTo(before, 0.01);
  });

  it('should zoom with a two-finger pinch', async () => {
    const { el, root } = await axisTimeline();
    const viewport = root.querySelector<HTMLElement>('[part="viewport"]')!;
    const width = trackWidth(el);
    const box = viewport.getBoundingClientRect();
    const y = box.top + 20;
    const touch = (type: string, pointerId: number, clientX: number) =>
      viewport.dispatchEvent(
        new PointerEvent(type, {
          pointerId,
          clientX,
          clientY: y,
          pointerType: 'touch',
          bubbles: true,
          button: 0,
        }),
      );
    touch('pointerdown', 1, box.left + 300);
    touch('pointerdown', 2, box.left + 400);
    touch('pointermove', 2, box.left + 500);
    touch('pointerup', 1, box.left + 300);
    touch('pointerup', 2, box.left + 500);
    await el.updateComplete;
    expect(trackWidth(el) / width).to.be.closeTo(2, 0.05);
  });

  it('should pan when dragged with the mouse, without selecting the event the drag ends on', async () => {
    const { el, root } = await axisTimeline();
    root.querySelector<HTMLButtonElement>('[part="zoom-button"]:last-child')!.click();
    await el.updateComplete;
    const viewport = root.querySelector<HTMLElement>('[part="viewport"]')!;
    viewport.scrollLeft = 300;
    const box = harness(el).event('fuzzy')!.querySelector('.card')!.getBoundingClientRect();
    const start = { x: Math.round(box.left + 20), y: Math.round(box.top + 10) };
    let selected = 0;
    el.addEventListener('hk-ai-select', () => (selected += 1));
    await sendMouse({ type: 'move', position: [start.x, start.y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [start.x - 60, start.y] });
    await sendMouse({ type: 'move', position: [start.x - 120, start.y] });
    await sendMouse({ type: 'up' });
    expect(viewport.scrollLeft).to.be.closeTo(420, 2);
    expect(selected).to.equal(0);
  });

  it('should keep one tab stop: arrows move along the axis, Enter opens an event and Enter again closes it', async () => {
    const { wrapper, el, root } = await axisTimeline();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    // The search box, the list of problems (the impossible era), the zoom buttons that are enabled (zoom in),
    // then the events.
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('part')).to.equal('search');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.closest('[part="problems"]')).to.not.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('aria-label')).to.equal('Zoom in');
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('day');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(el)).to.equal('fuzzy');
    await sendKeys({ press: 'End' });
    expect(focusedId(el)).to.equal('same-day-b');
    const description = () =>
      harness(el).event('same-day-b')!.querySelector<HTMLElement>('[part="description"]')!;
    expect(description().offsetHeight).to.equal(0);
    const selected = oneEvent(el, 'hk-ai-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('same-day-b');
    await el.updateComplete;
    expect(harness(el).event('same-day-b')!.getAttribute('aria-current')).to.equal('true');
    expect(description().offsetHeight).to.be.above(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(description().offsetHeight).to.equal(0);
    // Zoom keys work where the focus is: on an event.
    const width = trackWidth(el);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(trackWidth(el)).to.be.closeTo(width * 2, 2);
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(trackWidth(el)).to.be.closeTo(width, 1);
    expect(focusedId(el)).to.equal('same-day-b');
    await expect(el).to.be.accessible();
  });

  it('should show the default dataset on the axis with no other configuration, and pass axe', async () => {
    const { el } = await axisTimeline(1000, 'horizontal', null);
    expect(harness(el).events().length).to.equal(el.eventCount);
    expect(el.eventCount).to.be.above(10);
    await expect(el).to.be.accessible();
  });
});

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

describe('<hk-ai-timeline layout="horizontal"> with many events', () => {
  async function longAxis(hashLink = false) {
    const el = await fixture<HkAiTimeline>(
      html`<hk-ai-timeline lang="en" layout="horizontal" ?hash-link=${hashLink}></hk-ai-timeline>`,
    );
    el.data = syntheticTimeline(10_000);
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.tick'), 'the axis did not render');
    await el.updateComplete;
    return el;
  }
  const sortedIds = () =>
    [...syntheticTimeline(10_000).events]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((event) => event.id);

  it('should render only the events on screen, each with its place in the set', async () => {
    const el = await longAxis();
    expect(el.eventCount).to.equal(10_000);
    const items = harness(el).events();
    expect(items.length).to.be.within(1, 400);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.at.most(2000);
    expect(items[0]!.getAttribute('aria-setsize')).to.equal('10000');
    const ids = sortedIds();
    for (const item of items) {
      const position = Number(item.getAttribute('aria-posinset'));
      expect(ids[position - 1]).to.equal(item.dataset['eventId']);
    }
    await expect(el).to.be.accessible();
  });

  it('should render the events that zooming and scrolling the axis bring into view', async () => {
    const el = await longAxis();
    for (let i = 0; i < 4; i += 1) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-button"]:last-child')!.click();
      await el.updateComplete;
    }
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('[part="viewport"]')!;
    viewport.scrollLeft = viewport.scrollWidth / 2;
    await waitUntil(() => {
      const box = viewport.getBoundingClientRect();
      return harness(el)
        .events()
        .some((item) => {
          const rect = item.getBoundingClientRect();
          return rect.right > box.left && rect.left < box.right && rect.top < innerHeight && rect.bottom > 0;
        });
    }, 'no event on screen after scrolling the axis');
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.at.most(2000);
  });

  it('should reach the last event with End, and follow a deep link to the middle', async () => {
    const ids = sortedIds();
    const middle = ids[5000]!;
    history.replaceState(null, '', `#${middle}`);
    try {
      const el = await longAxis(true);
      await el.updateComplete;
      expect(el.selected).to.equal(middle);
      expect(harness(el).event(middle)).to.not.equal(undefined);
      harness(el).event(middle)!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal(ids.at(-1));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal(ids[0]);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.at.most(2000);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});
