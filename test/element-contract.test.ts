/**
 * The element's contract, through its public API only (properties, attributes, parts, `tabindex`, `status`, the
 * keyboard and real scrolling): no private member is read, so these hold whatever the internals become.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import milestones from '../data/hk-ai-milestones.json' with { type: 'json' };
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A valid document of `count` events, one a day from 2000-01-01: `e0` is the first, `e<count - 1>` the last. */
function generated(count: number) {
  return {
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2000, 0, 1) + i * DAY_MS).toISOString().slice(0, 10),
      title: `Event ${i}`,
    })),
  };
}

/** The ids of the default Hong Kong dataset, which must never show unless nothing was given. */
const DEFAULT_IDS = new Set(milestones.events.map((event) => event.id));

const events = (el: HkAiTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];
const ids = (el: HkAiTimeline) => events(el).map((item) => item.dataset['eventId'] ?? '');
const eventById = (el: HkAiTimeline, id: string) => events(el).find((item) => item.dataset['eventId'] === id);
const focusedEvent = (el: HkAiTimeline) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('[part~="event"]') ?? null;
const tabStops = (el: HkAiTimeline) => events(el).filter((item) => item.getAttribute('tabindex') === '0');
/** Whether the reader can see this part: absent, `display: none` or hidden by an ancestor all count as not. */
const isShown = (part: Element | null) =>
  !!part && getComputedStyle(part).display !== 'none' && part.checkVisibility();

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A few frames, each followed by the element's update: enough for a scroll or a resize to take effect. */
async function frames(el: HkAiTimeline, count = 4) {
  for (let i = 0; i < count; i += 1) {
    await nextFrame();
    await el.updateComplete;
  }
}

/** Waits (bounded) until the element has settled in `ready`, `empty` or `error`. */
async function settled(el: HkAiTimeline) {
  await waitUntil(() => el.status !== 'loading', `still loading (status ${el.status})`, { timeout: 5000 });
  await el.updateComplete;
}

/** The page's document element, which scrolls in these fixtures. */
const pageHeight = () => document.documentElement.scrollHeight;

describe('<hk-ai-timeline> contract', () => {
  // First in this file: Lit prints each of its dev-mode warnings once per page.
  it("should never schedule an update from within an update (Lit's change-in-update warning)", async function () {
    this.timeout(20000);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 900px"><hk-ai-timeline lang="en" layout="auto"></hk-ai-timeline></div>`,
      );
      const el = wrapper.querySelector('hk-ai-timeline')!;
      el.data = generated(500);
      await waitUntil(() => el.shadowRoot!.querySelector('.tick'), 'the axis did not render', {
        timeout: 5000,
      });
      await frames(el, 6);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-button"]:last-child')!.click();
      await frames(el, 4);
      el.shadowRoot!.querySelector('[part~="viewport"]')!.scrollLeft += 400;
      wrapper.style.width = '700px';
      await frames(el, 6);
      wrapper.style.width = '400px';
      await frames(el, 6);
      el.lang = 'ko';
      await frames(el, 4);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((text) => /change-in-update|scheduled an update/.test(text))).to.deep.equal([]);
  });

  afterEach(() => {
    window.scrollTo(0, 0);
  });

  describe('layout="auto" in a narrow box with 2,000 events', () => {
    const COUNT = 2_000;
    const LAST = `e${COUNT - 1}`;

    async function narrowAuto() {
      const box = await fixture<HTMLElement>(
        html`<div style="width: 400px">
          <hk-ai-timeline lang="en" layout="auto"></hk-ai-timeline>
        </div>`,
      );
      const el = box.querySelector('hk-ai-timeline')!;
      el.data = generated(COUNT);
      await settled(el);
      expect(el.status).to.equal('ready');
      // Code a layout loads on demand may take a while the first time: wait (bounded) for the first events.
      await waitUntil(() => events(el).length > 0, 'no event rendered', { timeout: 5000 });
      await frames(el, 6);
      // The reader sees the vertical list: no axis controls, events one below the other.
      expect(
        isShown(el.shadowRoot!.querySelector('[part~="axis-controls"]')),
        'axis controls shown',
      ).to.equal(false);
      const [first, second] = events(el);
      expect(first?.dataset['eventId']).to.equal('e0');
      expect(second?.dataset['eventId']).to.equal('e1');
      expect(second!.getBoundingClientRect().top).to.be.at.least(first!.getBoundingClientRect().bottom - 1);
      return el;
    }

    it('should focus the last event when End is pressed on the first', async function () {
      this.timeout(30000);
      const el = await narrowAuto();
      eventById(el, 'e0')!.focus();
      expect(focusedEvent(el)?.dataset['eventId']).to.equal('e0');
      await sendKeys({ press: 'End' });
      await frames(el);
      const focused = focusedEvent(el)?.dataset['eventId'];
      const rendered = ids(el);
      const reached = `focused: ${focused}; rendered ${rendered.length} events, the last ones ${rendered
        .slice(-3)
        .join(', ')}`;
      expect(eventById(el, LAST), `${LAST} is not in the DOM; ${reached}`).to.not.equal(undefined);
      expect(focused, `the focused event after End (${reached})`).to.equal(LAST);
      // The reader is at the end of the list: the event before the last one is right above it.
      const previous = eventById(el, `e${COUNT - 2}`);
      expect(previous, `e${COUNT - 2} is not in the DOM; ${reached}`).to.not.equal(undefined);
      expect(previous!.getBoundingClientRect().bottom).to.be.at.most(
        eventById(el, LAST)!.getBoundingClientRect().top + 1,
      );
    });

    it('should render the last event on screen when the page is scrolled to the very bottom', async function () {
      this.timeout(30000);
      const el = await narrowAuto();
      // Scroll to the bottom until the page stops growing or moving (bounded). A failed test's function goes on
      // running: the loop stops once the fixture is gone, so that it cannot scroll the next test's page.
      let stable = 0;
      let last = { height: -1, y: -1 };
      for (let i = 0; i < 60 && stable < 3 && el.isConnected; i += 1) {
        window.scrollTo(0, pageHeight());
        await frames(el, 2);
        const now = { height: pageHeight(), y: Math.round(window.scrollY) };
        stable = now.height === last.height && now.y === last.y ? stable + 1 : 0;
        last = now;
      }
      const rendered = ids(el);
      const reached = `rendered ${rendered.length} events, the last one ${rendered.at(-1)}, at scrollY ${
        window.scrollY
      } of ${pageHeight()} (viewport ${innerHeight})`;
      const item = eventById(el, LAST);
      expect(item, `${LAST} is not rendered: ${reached}`).to.not.equal(undefined);
      const box = item!.getBoundingClientRect();
      expect(box.top, `${LAST}'s top (${reached})`).to.be.at.least(-1);
      expect(box.bottom, `${LAST}'s bottom (${reached})`).to.be.at.most(innerHeight + 1);
      expect(box.height).to.be.above(0);
    });
  });

  describe('500 events below the fold', () => {
    const COUNT = 500;

    for (const layout of ['vertical', 'horizontal'] as const) {
      describe(`layout="${layout}"`, () => {
        async function belowTheFold() {
          const wrapper = await fixture<HTMLElement>(
            html`<div>
              <div style="height: 3000px"></div>
              <button id="before">before</button>
              <hk-ai-timeline lang="en" layout=${layout}></hk-ai-timeline>
              <button id="after">after</button>
            </div>`,
          );
          const el = wrapper.querySelector('hk-ai-timeline')!;
          el.data = generated(COUNT);
          await settled(el);
          if (layout === 'horizontal') {
            await waitUntil(
              () => el.shadowRoot!.querySelector('[part~="axis-controls"]'),
              'the horizontal layout did not render its controls',
              { timeout: 5000 },
            );
          }
          await frames(el, 6);
          expect(el.status).to.equal('ready');
          // Below the fold: nothing of the timeline is on screen.
          expect(el.getBoundingClientRect().top, `the timeline's top, at scrollY ${scrollY}`).to.be.above(
            innerHeight,
          );
          return {
            el,
            button: wrapper.querySelector<HTMLButtonElement>('#before')!,
            after: wrapper.querySelector<HTMLButtonElement>('#after')!,
          };
        }

        it('should have exactly one event with tabindex="0" before anything is focused', async () => {
          const { el } = await belowTheFold();
          const stops = tabStops(el).map((item) => item.dataset['eventId']);
          expect(stops, `tab stops among ${events(el).length} rendered events`).to.have.length(1);
        });

        for (const [key, from] of [
          ['Tab', 'before'],
          ['Shift+Tab', 'after'],
        ] as const) {
          it(`should move focus to an event when ${key} is pressed from the button ${from} it`, async () => {
            const fold = await belowTheFold();
            const button = from === 'before' ? fold.button : fold.after;
            const { el } = fold;
            // The page stays at its top: the timeline is still below the fold when the key is pressed.
            button.focus({ preventScroll: true });
            expect(document.activeElement).to.equal(button);
            expect(el.getBoundingClientRect().top, 'the timeline is below the fold').to.be.above(innerHeight);
            const path: string[] = [];
            let reached: HTMLElement | null = null;
            for (let i = 0; i < 10 && !reached && el.isConnected; i += 1) {
              if (key === 'Shift+Tab') await sendKeys({ down: 'Shift' });
              await sendKeys({ press: 'Tab' });
              if (key === 'Shift+Tab') await sendKeys({ up: 'Shift' });
              await frames(el, 2);
              const inside = el.shadowRoot!.activeElement as HTMLElement | null;
              const where =
                document.activeElement === el
                  ? `${inside?.localName}[part=${inside?.getAttribute('part')}]`
                  : `${document.activeElement?.localName ?? 'nothing'} (outside)`;
              path.push(where);
              reached = focusedEvent(el);
            }
            expect(
              reached,
              `${key} went: ${path.join(' → ')}; ${events(el).length} events rendered`,
            ).to.not.equal(null);
          });
        }
      });
    }
  });

  describe('data set back to nothing', () => {
    const THREE = {
      events: [
        { id: 'one', date: '2001-01-01', title: 'One' },
        { id: 'two', date: '2002-02-02', title: 'Two' },
        { id: 'three', date: '2003-03-03', title: 'Three' },
      ],
    };

    for (const [name, value] of [
      ['null', null],
      ['undefined', undefined],
    ] as const) {
      it(`should show no events, never the default dataset, after data = ${name}`, async () => {
        const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en"></hk-ai-timeline>`);
        el.data = THREE;
        await waitUntil(() => el.status === 'ready', `status ${el.status}, not ready`, { timeout: 5000 });
        await el.updateComplete;
        expect(ids(el)).to.deep.equal(['one', 'two', 'three']);

        el.data = value;
        // Every frame for about 500 ms: the default dataset must not appear, not even for one frame.
        const seen = new Set<string>();
        const statuses = new Set<string>();
        const start = performance.now();
        while (performance.now() - start < 500 && el.isConnected) {
          await nextFrame();
          for (const id of ids(el)) seen.add(id);
          statuses.add(el.status);
        }
        await el.updateComplete;
        const defaults = [...seen].filter((id) => DEFAULT_IDS.has(id));
        expect(
          defaults,
          `default events shown after data = ${name} (statuses: ${[...statuses]})`,
        ).to.deep.equal([]);
        expect(el.status).to.equal('empty');
        expect(ids(el), 'events rendered').to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), 'an error alert').to.equal(null);
      });
    }

    it('should still show the default dataset when never given src, data or children', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en"></hk-ai-timeline>`);
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(events(el).length).to.be.at.least(12);
      expect(ids(el)).to.include('sensetime-founded');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  });
});
