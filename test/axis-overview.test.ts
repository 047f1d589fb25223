import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { harness, settled, text } from './helpers/timeline-harness.js';

/** 120 events over ten years, a month apart. */
const DECADE = {
  lang: 'en',
  events: Array.from({ length: 120 }, (_, i) => ({
    id: `e${i}`,
    date: `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    title: `Event ${i}`,
  })),
};

async function frames(el: HkAiTimeline, count = 3) {
  for (let i = 0; i < count; i += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
}

async function axis(attributes: string, data: unknown = DECADE) {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 720px"></div>`);
  const el = document.createElement('hk-ai-timeline');
  for (const [name, value] of new URLSearchParams(attributes)) el.setAttribute(name, value);
  if (data) el.data = data;
  wrapper.append(el);
  await settled(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.tick'), 'the axis drew no ticks');
  await frames(el);
  return el;
}

const root = (el: HkAiTimeline) => el.shadowRoot!;
const slider = (el: HkAiTimeline) => root(el).querySelector<HTMLElement>('[part="overview-window"]');
const strip = (el: HkAiTimeline) => root(el).querySelector<HTMLElement>('[part="overview"]')!;
const viewport = (el: HkAiTimeline) => root(el).querySelector<HTMLElement>('[part="viewport"]')!;
const zoomIn = (el: HkAiTimeline) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part="zoom-button"]')].at(-1)!;
const center = (box: DOMRect): [number, number] => [
  Math.round(box.left + box.width / 2),
  Math.round(box.top + box.height / 2),
];
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the time axis overview strip', () => {
  it('should appear once zoomed in, as a slider whose value is the visible period', async () => {
    const el = await axis('lang=en&layout=horizontal');
    expect(slider(el), 'at the whole axis, the axis is its own overview').to.equal(null);
    zoomIn(el).click();
    await waitUntil(() => slider(el), 'no overview after zooming in');
    await frames(el);
    const handle = slider(el)!;
    expect(handle.getAttribute('role')).to.equal('slider');
    expect(handle.getAttribute('aria-label')).to.equal('Visible period');
    expect(handle.tabIndex).to.equal(0);
    // The window is drawn as wide as the viewport's share of the track.
    const track = root(el).querySelector<HTMLElement>('.track')!.offsetWidth;
    const share = viewport(el).clientWidth / track;
    expect(handle.offsetWidth / strip(el).clientWidth).to.be.closeTo(share, 0.02);
    expect(handle.getAttribute('aria-valuetext')).to.match(
      /^\d{4}–\d{4}$|^[A-Z][a-z]+ \d{4} – [A-Z][a-z]+ \d{4}$/,
    );
    await expect(el).to.be.accessible();
  });

  it('should move the window with the arrow, Page, Home and End keys, and say where it is', async () => {
    const el = await axis('lang=en&layout=horizontal&zoom=quarter');
    await waitUntil(() => slider(el), 'no overview when opened zoomed in');
    await frames(el);
    const handle = slider(el)!;
    handle.focus();
    await sendKeys({ press: 'Home' });
    await frames(el);
    expect(viewport(el).scrollLeft).to.equal(0);
    expect(handle.getAttribute('aria-valuenow')).to.equal('0');
    const first = handle.getAttribute('aria-valuetext');
    await sendKeys({ press: 'ArrowRight' });
    await frames(el);
    // A tenth of the window.
    expect(viewport(el).scrollLeft).to.be.closeTo(viewport(el).clientWidth / 10, 2);
    await sendKeys({ press: 'PageUp' });
    await frames(el);
    expect(viewport(el).scrollLeft).to.be.closeTo(viewport(el).clientWidth * 1.1, 2);
    expect(handle.getAttribute('aria-valuetext')).to.not.equal(first);
    await sendKeys({ press: 'End' });
    await frames(el);
    expect(handle.getAttribute('aria-valuenow')).to.equal('100');
    expect(handle.getAttribute('aria-valuetext')).to.contain('2019');
    // Keys on the slider move the window only: focus stays on it.
    expect(root(el).activeElement === handle).to.equal(true);
  });

  it('should say the visible period in the reader’s language', async () => {
    const el = await axis('lang=ko&layout=horizontal&zoom=year');
    await waitUntil(() => slider(el), 'no overview');
    await frames(el);
    expect(slider(el)!.getAttribute('aria-label')).to.equal('보이는 기간');
    expect(slider(el)!.getAttribute('aria-valuetext')).to.match(/년/);
    el.lang = 'zh-Hant';
    await frames(el);
    expect(slider(el)!.getAttribute('aria-label')).to.equal('顯示的時段');
    await waitUntil(
      () => /年/.test(slider(el)!.getAttribute('aria-valuetext') ?? ''),
      'no Chinese value text',
    );
  });

  it('should pan by dragging the window, and jump to a point pressed on the strip', async () => {
    const el = await axis('lang=en&layout=horizontal&zoom=year');
    await waitUntil(() => slider(el), 'no overview');
    await frames(el);
    strip(el).scrollIntoView({ block: 'center' });
    const ratio = root(el).querySelector<HTMLElement>('.track')!.offsetWidth / strip(el).clientWidth;
    const [x, y] = center(slider(el)!.getBoundingClientRect());
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y] });
    await sendMouse({ type: 'up' });
    await frames(el);
    expect(viewport(el).scrollLeft).to.be.closeTo(60 * ratio, ratio * 2);
    // Pressing the strip's far end centres the window there: the end of the axis.
    const box = strip(el).getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.right - 3), Math.round(box.top + box.height / 2)],
    });
    await frames(el);
    expect(slider(el)!.getAttribute('aria-valuenow')).to.equal('100');
  });

  it('should keep every event reachable by keyboard after the window moved', async () => {
    const el = await axis('lang=en&layout=horizontal&zoom=year');
    await waitUntil(() => slider(el), 'no overview');
    slider(el)!.focus();
    await sendKeys({ press: 'End' });
    await frames(el);
    // Into the events: the tab stop, then End, to the last stop.
    harness(el).events()[0]!.focus();
    await frames(el);
    await sendKeys({ press: 'End' });
    await frames(el, 6);
    // The last stop (the last event's label, or the cluster holding it) has focus, and is on screen.
    const stops = [...root(el).querySelectorAll<HTMLElement>('.events [data-event-id]')];
    const active = root(el).activeElement as HTMLElement;
    // Compared by id: a failing comparison of elements would make chai print the whole DOM.
    expect(active.dataset['eventId']).to.equal(stops.at(-1)!.dataset['eventId']);
    const box = active.getBoundingClientRect();
    const view = viewport(el).getBoundingClientRect();
    expect(box.right > view.left && box.left < view.right, 'the last stop is scrolled into view').to.equal(
      true,
    );
  });
});

describe('the time axis reference line (relative-to)', () => {
  const line = (el: HkAiTimeline) => root(el).querySelector<HTMLElement>('[part="reference"]');

  it('should draw a labelled line at the reference date, apart from every label', async () => {
    const el = await axis('lang=en&layout=horizontal&relative-to=2014-07-01&relative-label=Midpoint');
    expect(text(line(el))).to.equal('Midpoint, 1 July 2014');
    expect(line(el)!.querySelector('time')!.getAttribute('datetime')).to.equal('2014-07-01');
    // Between the markers of June and July 2014.
    const markerX = (id: string) =>
      harness(el).event(id)?.querySelector('[part="marker"]')!.getBoundingClientRect().left;
    const lineX = line(el)!.getBoundingClientRect().left;
    const [june, july] = [markerX('e53'), markerX('e54')];
    if (june !== undefined) expect(lineX).to.be.greaterThan(june);
    if (july !== undefined) expect(lineX).to.be.at.most(july + 1);
    const label = line(el)!.querySelector('span')!.getBoundingClientRect();
    for (const card of root(el).querySelectorAll('[part="card"], [part="cluster-label"], .tick')) {
      expect(overlaps(label, card.getBoundingClientRect()), `over ${text(card)}`).to.equal(false);
    }
  });

  it('should say "Today" for now, in the reader’s language, with the axis reaching today', async () => {
    const el = await axis('lang=ko&layout=horizontal&relative-to=now');
    const today = new Date();
    expect(text(line(el))).to.match(new RegExp(`^오늘, ${today.getFullYear()}년`));
    const track = root(el).querySelector<HTMLElement>('.track')!.getBoundingClientRect();
    const x = line(el)!.getBoundingClientRect().left;
    expect(x).to.be.within(track.left, track.right);
  });

  it('should draw no line without relative-to', async () => {
    const el = await axis('lang=en&layout=horizontal');
    expect(line(el)).to.equal(null);
  });
});

describe('the time axis after a zoom step', () => {
  it('should render the stops that the step brings into view in the same update, before any scroll event', async () => {
    const el = await axis('lang=en&layout=horizontal');
    const view = () => viewport(el).getBoundingClientRect();
    for (let step = 0; step < 4; step += 1) {
      zoomIn(el).click();
      await el.updateComplete;
      const box = view();
      const seen = [...root(el).querySelectorAll('[part="card"], [part="cluster-label"]')].filter((card) => {
        const rect = card.getBoundingClientRect();
        return rect.right > box.left && rect.left < box.right;
      });
      expect(seen.length, `step ${step + 1}: nothing rendered in view`).to.be.greaterThan(0);
    }
  });
});
