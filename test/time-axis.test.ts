import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { syntheticTimeline } from '../stories/generated.js';
import { ERAS_DOCUMENT } from './helpers/documents.js';
import { harness, settled, text } from './helpers/timeline-harness.js';

/** `count` events in two years, a few days apart: too many for every label at the default zoom. */
function crowded(count: number, importantEvery = 0) {
  const start = Date.UTC(2023, 0, 1);
  return {
    lang: 'en',
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      date: new Date(start + Math.floor((i * 730) / count) * 86_400_000).toISOString().slice(0, 10),
      title: `Event ${i}`,
      ...(importantEvery && i % importantEvery === 0 && { importance: 5 }),
    })),
  };
}

async function axisTimeline(data: unknown = ERAS_DOCUMENT, width = 900, attributes = '') {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px`}>
      <button id="before">before</button>
      <hk-ai-timeline lang="en" layout="horizontal"></hk-ai-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('hk-ai-timeline')!;
  for (const [name, value] of new URLSearchParams(attributes)) el.setAttribute(name, value);
  if (data) el.data = data;
  await settled(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.tick'), 'the axis did not render its ticks');
  await frames(el);
  return { wrapper, el, root: el.shadowRoot! };
}

async function frames(el: HkAiTimeline, count = 3) {
  for (let i = 0; i < count; i += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
}

const rectOf = (el: HkAiTimeline, id: string) =>
  harness(el).event(id)!.querySelector('[part="card"]')!.getBoundingClientRect();
const markerOf = (el: HkAiTimeline, id: string) =>
  harness(el).event(id)!.querySelector<HTMLElement>('[part="marker"]')!;
const trackWidth = (el: HkAiTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.track')!.offsetWidth;
const viewportOf = (el: HkAiTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part="viewport"]')!;
const focused = (el: HkAiTimeline) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-event-id]');
const focusedId = (el: HkAiTimeline) => focused(el)?.dataset['eventId'];
const steps = (el: HkAiTimeline) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="zoom-step"]'),
];
const step = (el: HkAiTimeline, name: string) => steps(el).find((button) => text(button) === name)!;
const clusters = (el: HkAiTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="cluster"]')];

describe('<hk-ai-timeline layout="horizontal">', () => {
  describe('placing', () => {
    it('should render once the data and its axis are in, with no second layout at the default label width', async () => {
      // The axis's module loaded by another timeline, as on a page with two.
      const { wrapper } = await axisTimeline(crowded(3));
      const el = document.createElement('hk-ai-timeline');
      el.lang = 'en';
      el.layout = 'horizontal';
      let updates = 0;
      el.addEventListener('hk-ai-load', () => (updates = 0));
      const update = (el as unknown as { update(changed: unknown): void }).update;
      Object.assign(el, {
        update(this: HkAiTimeline, changed: unknown) {
          updates += 1;
          update.call(this, changed);
        },
      });
      el.data = crowded(300);
      const loaded = oneEvent(el, 'hk-ai-load');
      wrapper.append(el);
      await loaded;
      await frames(el, 5);
      // The load event follows the render that shows the events; the label's measured width was the one assumed.
      expect(updates, 'updates after the first render of the events').to.equal(0);
    });

    it('should not render again when zoom and period take the range the reader zoomed to', async () => {
      const { el } = await axisTimeline(crowded(300));
      const zoomIn = () =>
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="zoom-button"]')].at(-1)!.click();
      // Zoomed in once before, so that the overview strip's module, which renders the axis again, is in.
      zoomIn();
      await oneEvent(el, 'hk-ai-range-change');
      el.zoom = 'fit';
      await frames(el);
      // The axis itself (AxisController's TimeAxis): counted where the axis is rendered.
      const axis = (el as unknown as { _axis: { _axis: { render(...args: unknown[]): unknown } } })._axis
        ._axis;
      const render = axis.render.bind(axis);
      let renders = 0;
      axis.render = (...args) => ((renders += 1), render(...args));
      const changed = oneEvent(el, 'hk-ai-range-change');
      zoomIn();
      await el.updateComplete;
      expect(renders, 'the zoom').to.equal(1);
      const { detail } = await changed;
      await frames(el);
      expect(el.zoom).to.equal(detail.zoom);
      expect(el.period).to.equal(detail.period);
      expect(renders, 'renders after hk-ai-range-change').to.equal(1);
      // A page's own change still renders.
      el.zoom = 'fit';
      await frames(el);
      expect(renders).to.be.above(1);
      expect(trackWidth(el)).to.be.below(viewportOf(el).clientWidth + 2);
    });

    it('should lay out a zoom level once: zooming back finds its layout, new data lays out again', async () => {
      const { el } = await axisTimeline(crowded(300));
      const axis = (el as unknown as { _axis: { _axis: { _labels(): object; stopIds(): string[] } } })._axis
        ._axis;
      const button = (zoomIn: boolean) =>
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="zoom-button"]')].at(zoomIn ? -1 : 0)!;
      const zoom = async (zoomIn: boolean) => {
        button(zoomIn).click();
        await frames(el);
        return axis._labels();
      };
      const fit = axis._labels();
      const zoomedIn = await zoom(true);
      expect(zoomedIn).not.to.equal(fit);
      expect(await zoom(false), 'back to the whole axis').to.equal(fit);
      expect(await zoom(true), 'in again').to.equal(zoomedIn);
      // The same zoom with other events: laid out anew, and what is on screen is theirs.
      el.data = crowded(40);
      await settled(el);
      await frames(el);
      expect(axis._labels()).not.to.equal(zoomedIn);
      const ids = axis.stopIds();
      expect(ids.length).to.be.within(1, 40);
      expect(
        ids.filter((id) => !/^(cluster:)?e[0-3]?\d$/.test(id)),
        'stops of the old events',
      ).to.deep.equal([]);
    });

    it('should place markers by date, left to right, proportionally, on the ticks', async () => {
      const { el, root } = await axisTimeline();
      const lefts = ['day', 'range', 'fuzzy', 'same-day-a'].map(
        (id) => markerOf(el, id).getBoundingClientRect().left,
      );
      expect([...lefts].sort((a, b) => a - b)).to.deep.equal(lefts);
      // 2016-03 → 2017 is about a third of 2017 → 2020.
      const ratio = (lefts[1]! - lefts[0]!) / (lefts[2]! - lefts[1]!);
      expect(ratio).to.be.within(0.2, 0.4);
      const ticks = [...root.querySelectorAll<HTMLElement>('.tick.year')];
      expect(ticks.map((tick) => text(tick))).to.include.members(['2016', '2017', '2020']);
      const tick2017 = ticks.find((tick) => text(tick) === '2017')!.getBoundingClientRect().left;
      expect(Math.abs(tick2017 - lefts[1]!)).to.be.below(2);
    });

    it('should put labels in lanes above the axis and markers on the band below every label', async () => {
      const { el } = await axisTimeline();
      const ids = harness(el).ids() as string[];
      const lowestCard = Math.max(...ids.map((id) => rectOf(el, id).bottom));
      for (const id of ids) expect(markerOf(el, id).getBoundingClientRect().top).to.be.at.least(lowestCard);
      // Two events on one day: one label above the other, each with its own marker.
      expect(rectOf(el, 'same-day-b').bottom).to.be.at.most(rectOf(el, 'same-day-a').top + 1);
    });

    it('should draw a range as a bar as long as its period, and an approximate date as a fuzzy one', async () => {
      const { el, root } = await axisTimeline();
      const rangeWidth = markerOf(el, 'range').getBoundingClientRect().width;
      const ticks = [...root.querySelectorAll<HTMLElement>('.tick.year')];
      const at = (year: string) => ticks.find((tick) => text(tick) === year)!.getBoundingClientRect().left;
      expect(Math.abs(rangeWidth - (at('2020') - at('2017')))).to.be.below(3);
      expect(getComputedStyle(markerOf(el, 'fuzzy')).backgroundImage).to.contain('gradient');
      expect(getComputedStyle(markerOf(el, 'day')).backgroundImage).to.equal('none');
    });

    it('should draw the valid eras behind the events, and report the impossible one by its path', async () => {
      const { el, root } = await axisTimeline();
      const eras = [...root.querySelectorAll<HTMLElement>('[part="era"]')];
      expect(eras.map((era) => text(era.querySelector('.era-title')))).to.deep.equal([
        'First period',
        'Second period',
      ]);
      expect(root.querySelector('[part="eras"]')!.getAttribute('aria-label')).to.equal('Eras');
      const era = eras[1]!.getBoundingClientRect();
      const fuzzy = markerOf(el, 'fuzzy').getBoundingClientRect();
      expect(fuzzy.left).to.be.within(era.left, era.right);
      expect(el.diagnostics.map((d) => d.path)).to.deep.equal(['$.eras[2].end']);
    });

    it('should name each event by its date and title, and show the selected one whole below the axis', async () => {
      const { el, root } = await axisTimeline();
      const item = harness(el).event('same-day-b')!;
      const names = item
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => text(root.getElementById(id)));
      expect(names).to.deep.equal(['1 June 2022', 'Same day, second']);
      expect(root.querySelector('[part="detail"]')).to.equal(null);
      el.selected = 'same-day-b';
      await el.updateComplete;
      const detail = root.querySelector('[part="detail"]')!;
      expect(text(detail.querySelector('[part="description"]'))).to.equal('Details of the second');
      expect(harness(el).event('same-day-b')!.getAttribute('aria-details')).to.equal('axis-detail');
    });
  });

  describe('clusters', () => {
    it('should fold a crowded period into clusters that say how many events and when', async () => {
      const { el } = await axisTimeline(crowded(300));
      const chips = clusters(el);
      expect(chips.length).to.be.above(0);
      const label = text(chips[0]!.querySelector('[part="cluster-label"]'));
      expect(label).to.match(/^\d+ events, /);
      const counted = chips.reduce((sum, chip) => sum + Number(/^(\d+)/.exec(text(chip))![1]), 0);
      expect(counted + harness(el).events().length).to.be.at.most(300);
      expect(el.getBoundingClientRect().height).to.be.at.most(900);
    });

    // Each type size the axis adds is a font the browser prepares on its first render (about 2 ms each).
    it("should write a chip's words in a size the axis already uses: the ticks'", async () => {
      const { el } = await axisTimeline(crowded(300));
      const size = (node: Element | null | undefined) => node && getComputedStyle(node).fontSize;
      const chip = clusters(el)[0]!.querySelector('[part="cluster-label"]');
      expect(size(chip)).to.equal(size(el.shadowRoot!.querySelector('.tick')));
    });

    it('should keep the labels of the important events', async () => {
      const { el } = await axisTimeline(crowded(300, 25));
      const shown = new Set(harness(el).ids());
      const important = Array.from({ length: 12 }, (_, i) => `e${i * 25}`);
      const onScreen = important.filter((id) => shown.has(id));
      expect(onScreen.length).to.be.at.least(8);
    });

    it('should be a control in the keyboard order: arrows pass through it, Enter zooms to it and says so', async () => {
      const { el, root } = await axisTimeline(crowded(300));
      const width = trackWidth(el);
      harness(el).events()[0]!.focus();
      const order: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        order.push(focusedId(el)!);
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
      }
      const cluster = order.find((id) => id.startsWith('cluster:'));
      expect(cluster, order.join(' ')).to.not.equal(undefined);
      // Back onto the cluster, then Enter.
      while (focusedId(el) !== cluster) {
        await sendKeys({ press: 'ArrowLeft' });
        await el.updateComplete;
      }
      const count = Number(/^(\d+)/.exec(text(focused(el)))![1]);
      const changed = oneEvent(el, 'hk-ai-range-change');
      await sendKeys({ press: 'Enter' });
      await frames(el);
      expect(trackWidth(el)).to.be.above(width * 1.5);
      expect(text(root.querySelector('.axis-status'))).to.match(
        new RegExp(`^Zoomed to .+: ${count} events$`),
      );
      // Focus moved on to what shows the cluster's first event now: its label, or a smaller cluster.
      const now = focusedId(el)!;
      const first = cluster!.slice('cluster:'.length);
      if (now.startsWith('cluster:')) expect(Number(/^(\d+)/.exec(text(focused(el)))![1])).to.be.below(count);
      else expect(now).to.equal(first);
      expect((await changed).detail.zoom).to.be.a('string');
    });

    it('should let every event be reached by keyboard alone: clusters open until each has its label', async function () {
      this.timeout(60000);
      const { el } = await axisTimeline(crowded(60));
      const reached = new Set<string>();
      harness(el).events()[0]!.focus();
      for (let i = 0; i < 400 && reached.size < 60; i += 1) {
        const id = focusedId(el)!;
        if (id.startsWith('cluster:')) {
          await sendKeys({ press: 'Enter' });
          await frames(el, 2);
        } else {
          reached.add(id);
          await sendKeys({ press: 'ArrowRight' });
          await el.updateComplete;
          if (focusedId(el) === id) {
            // The last stop: zoom out one step and walk again from the start.
            await sendKeys({ press: '-' });
            await frames(el, 2);
            await sendKeys({ press: 'Home' });
            await el.updateComplete;
          }
        }
      }
      expect(reached.size).to.equal(60);
    });
  });

  describe('zoom steps', () => {
    it('should name the steps the data allows, in the reader’s language, and mark the current one', async () => {
      const { el } = await axisTimeline(ERAS_DOCUMENT);
      expect(steps(el).map((button) => text(button))).to.deep.equal([
        'All',
        'Year',
        'Quarter',
        'Month',
        'Week',
        'Day',
      ]);
      expect(step(el, 'All').getAttribute('aria-pressed')).to.equal('true');
      el.lang = 'ko';
      await el.updateComplete;
      expect(steps(el).map((button) => text(button))).to.deep.equal(['전체', '연', '분기', '월', '주', '일']);
      el.lang = 'zh-Hant';
      await el.updateComplete;
      expect(steps(el).map((button) => text(button))).to.deep.equal(['全部', '年', '季', '月', '週', '日']);
    });

    it('should never zoom past the data’s precision: a dataset of years has no month, week or day', async () => {
      const years = {
        events: [
          { id: 'a', date: '1900', title: 'A' },
          { id: 'b', date: '2010', title: 'B' },
        ],
      };
      const { el, root } = await axisTimeline(years);
      expect(steps(el).map((button) => text(button))).to.deep.equal(['All', 'Decade', 'Year']);
      const zoomIn = root.querySelector<HTMLButtonElement>('[part="zoom-button"][aria-label="Zoom in"]')!;
      for (let i = 0; i < 5 && !zoomIn.disabled; i += 1) {
        zoomIn.click();
        await frames(el, 1);
      }
      expect(zoomIn.disabled).to.equal(true);
      expect(step(el, 'Year').getAttribute('aria-pressed')).to.equal('true');
      expect(root.querySelectorAll('.tick.day, .tick.month').length).to.equal(0);
    });

    it('should zoom a step with the buttons and the keys, and show month and day ticks as it goes', async () => {
      const { el, root } = await axisTimeline();
      const width = trackWidth(el);
      const changed = oneEvent(el, 'hk-ai-range-change');
      step(el, 'Month').click();
      await frames(el);
      expect(trackWidth(el)).to.be.above(width * 10);
      expect(step(el, 'Month').getAttribute('aria-pressed')).to.equal('true');
      expect((await changed).detail.zoom).to.equal('month');
      expect(el.zoom).to.equal('month');
      expect(root.querySelectorAll('.tick.month').length).to.be.above(0);
      harness(el).events()[0]!.focus();
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      await frames(el);
      expect(step(el, 'Day').getAttribute('aria-pressed')).to.equal('true');
      expect(root.querySelectorAll('.tick.day').length).to.be.above(0);
      await sendKeys({ press: '0' });
      await frames(el);
      expect(trackWidth(el)).to.be.closeTo(width, 2);
    });

    it('should zoom with ctrl+wheel around the pointer, and leave a plain wheel to scrolling', async () => {
      const { el } = await axisTimeline();
      const viewport = viewportOf(el);
      const width = trackWidth(el);
      const plain = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true });
      viewport.dispatchEvent(plain);
      await el.updateComplete;
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
      await frames(el, 1);
      expect(zoom.defaultPrevented).to.equal(true);
      expect(trackWidth(el) / width).to.be.above(1.5);
      const before = (pointerX - box.left) / width;
      const after = (viewport.scrollLeft + pointerX - box.left) / trackWidth(el);
      expect(after).to.be.closeTo(before, 0.01);
    });

    it('should pan when dragged with the mouse, without selecting the event the drag ends on', async () => {
      const { el } = await axisTimeline();
      step(el, 'Year').click();
      await frames(el);
      const viewport = viewportOf(el);
      viewport.scrollLeft = 300;
      await frames(el);
      const card = harness(el)
        .events()
        .map((item) => item.querySelector('.card')!.getBoundingClientRect())
        .find((box) => box.left > viewport.getBoundingClientRect().left + 150)!;
      const start = { x: Math.round(card.left + 20), y: Math.round(card.top + 10) };
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
  });

  describe('zoom and period as attributes', () => {
    it('should open on the period a page asks for, and follow the reader with hk-ai-range-change', async () => {
      const { el } = await axisTimeline(ERAS_DOCUMENT, 900, 'period=2019/2020');
      const viewport = viewportOf(el);
      const box = viewport.getBoundingClientRect();
      // 2019–2020 fills most of the viewport: 'range' (2017–2019) ends near its left, 'fuzzy' (2020) is inside.
      const fuzzy = markerOf(el, 'fuzzy').getBoundingClientRect();
      expect(fuzzy.left).to.be.within(box.left, box.right);
      expect(trackWidth(el)).to.be.above(viewport.clientWidth * 3);
      const changed = oneEvent(el, 'hk-ai-range-change');
      viewport.scrollLeft += 200;
      const { detail } = await changed;
      expect(detail.period).to.match(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
      expect(el.period).to.equal(detail.period);
      expect(el.zoom).to.equal(detail.zoom);
    });

    it('should open at a named zoom step, and ignore a bad one with a warning', async () => {
      const { el } = await axisTimeline(ERAS_DOCUMENT, 900, 'zoom=year');
      expect(step(el, 'Year').getAttribute('aria-pressed')).to.equal('true');
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        el.zoom = 'hour';
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(warnings.join()).to.contain('zoom="hour"');
      expect(step(el, 'Year').getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('keyboard and a11y', () => {
    it('should keep one tab stop: arrows move along the axis, Enter opens an event and Enter again closes it', async () => {
      const { wrapper, el, root } = await axisTimeline();
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      // The search box, the problems, the zoom controls that are enabled, then the events.
      const path: string[] = [];
      for (let i = 0; i < 14 && !focusedId(el); i += 1) {
        await sendKeys({ press: 'Tab' });
        path.push(root.activeElement?.getAttribute('part') ?? '');
      }
      expect(path.slice(0, 3)).to.deep.equal(['search', '', 'zoom-step']);
      expect(focusedId(el)).to.equal('day');
      expect(root.querySelectorAll('[data-event-id][tabindex="0"]').length).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedId(el)).to.equal('fuzzy');
      await sendKeys({ press: 'End' });
      const last = focusedId(el)!;
      expect(last).to.match(/^same-day/);
      const selected = oneEvent(el, 'hk-ai-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.id).to.equal(last);
      await el.updateComplete;
      expect(root.querySelector('[part="detail"]')).to.not.equal(null);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      expect(root.querySelector('[part="detail"]')).to.equal(null);
      expect(focusedId(el)).to.equal(last);
      await expect(el).to.be.accessible();
    });

    it('should show the default dataset with no other configuration, fit 600 px at 1,024 wide, and pass axe', async () => {
      await setViewport({ width: 1100, height: 900 });
      const { el } = await axisTimeline(null, 1024);
      const labelled = harness(el).events().length;
      const folded = clusters(el).reduce((sum, chip) => sum + Number(/^(\d+)/.exec(text(chip))![1]), 0);
      expect(labelled + folded).to.equal(el.eventCount);
      expect(el.getBoundingClientRect().height).to.be.at.most(600);
      await expect(el).to.be.accessible();
    });
  });

  describe('with 10,000 events', () => {
    async function longAxis(hashLink = false) {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline lang="en" layout="horizontal" ?hash-link=${hashLink}></hk-ai-timeline>`,
      );
      el.data = syntheticTimeline(10_000);
      await settled(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.tick'), 'the axis did not render');
      await frames(el);
      return el;
    }
    const domSize = (el: HkAiTimeline) => el.shadowRoot!.querySelectorAll('*').length;

    it('should render only the stops on screen, each with its place among all of them, and pass axe', async () => {
      const el = await longAxis();
      expect(el.eventCount).to.equal(10_000);
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="event"], [part="cluster"]')];
      expect(items.length).to.be.within(1, 200);
      expect(domSize(el)).to.be.at.most(2000);
      const sizes = new Set(items.map((item) => item.getAttribute('aria-setsize')));
      expect(sizes.size).to.equal(1);
      const positions = items.map((item) => Number(item.getAttribute('aria-posinset')));
      expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
      expect(Math.max(...positions)).to.be.at.most(Number([...sizes][0]));
      await expect(el).to.be.accessible();
    });

    it('should render what zooming and scrolling bring into view, and keep the DOM small', async () => {
      const el = await longAxis();
      step(el, 'Month').click();
      await frames(el);
      const viewport = viewportOf(el);
      viewport.scrollLeft = viewport.scrollWidth / 2;
      await waitUntil(() => {
        const box = viewport.getBoundingClientRect();
        return harness(el)
          .events()
          .some((item) => {
            const rect = item.getBoundingClientRect();
            return rect.right > box.left && rect.left < box.right;
          });
      }, 'no event on screen after scrolling the axis');
      expect(domSize(el)).to.be.at.most(2000);
    });

    it('should reach the last stop with End and the first with Home, and follow a deep link to the middle', async () => {
      const sorted = [...syntheticTimeline(10_000).events].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      );
      const middle = sorted[5000]!.id;
      history.replaceState(null, '', `#${middle}`);
      try {
        const el = await longAxis(true);
        await frames(el);
        expect(el.selected).to.equal(middle);
        // Zoomed in until the linked event has its own label, in view.
        const item = harness(el).event(middle)!;
        expect(item).to.not.equal(undefined);
        const box = viewportOf(el).getBoundingClientRect();
        const card = item.querySelector('[part="card"]')!.getBoundingClientRect();
        expect(card.left).to.be.within(box.left - 1, box.right);
        expect(el.shadowRoot!.querySelector('[part="detail"]')).to.not.equal(null);
        item.focus();
        await sendKeys({ press: 'End' });
        await frames(el, 2);
        const last = focused(el)!;
        expect(last.closest('li')!.getAttribute('aria-posinset')).to.equal(
          last.closest('li')!.getAttribute('aria-setsize'),
        );
        await sendKeys({ press: 'Home' });
        await frames(el, 2);
        expect(focused(el)!.closest('li')!.getAttribute('aria-posinset')).to.equal('1');
        expect(domSize(el)).to.be.at.most(2000);
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });
  });
});
