import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import milestones from '../data/hk-ai-milestones.json' with { type: 'json' };
import partialErrors from '../data/examples/partial-errors.json' with { type: 'json' };
import hostile from '../data/examples/hostile.json' with { type: 'json' };
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { HkAiErrorEvent, HkAiLoadEvent } from '../src/events.js';
import { harness, nextOutcome, settled, text } from './helpers/timeline-harness.js';

declare global {
  interface Window {
    __hkAiPwned?: boolean;
  }
}

const sortedIds = [...milestones.events]
  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  .map((e) => e.id);

describe('<hk-ai-timeline>', () => {
  describe('with nothing set', () => {
    it('should load the default dataset and render every event in date order', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      const { detail } = await oneEvent(el, 'hk-ai-load');
      const h = harness(el);
      expect(el.status).to.equal('ready');
      expect(detail.count).to.equal(milestones.events.length);
      expect(detail.count).to.be.at.least(12);
      expect(el.eventCount).to.equal(milestones.events.length);
      expect(el.diagnostics).to.deep.equal([]);
      expect(h.ids()).to.deep.equal(sortedIds);
    });

    it('should give every event its part, id, dated <time> and at least one source link', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      await settled(el);
      for (const item of harness(el).events()) {
        const source = milestones.events.find((e) => e.id === item.dataset['eventId'])!;
        expect(item.localName).to.equal('li');
        expect(item.getAttribute('part')).to.equal('event');
        expect(item.querySelector('time')?.getAttribute('datetime')).to.equal(source.date);
        const link = item.querySelector('a[part="source-link"]');
        expect(link?.getAttribute('href')).to.match(/^https?:\/\//);
        expect(link?.getAttribute('rel')).to.equal('noopener noreferrer');
      }
    });

    it('should render an ordered list that axe finds accessible', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      await settled(el);
      expect(el.shadowRoot!.querySelector('ol[part="list"]')?.getAttribute('aria-label')).to.equal(
        'Milestones',
      );
      await expect(el).to.be.accessible();
    });

    it('should show approximate dates in words and at their own precision', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en"></hk-ai-timeline>`);
      await settled(el);
      const h = harness(el);
      const hanson = h.event('hanson-robotics-moves-to-hong-kong');
      expect(text(hanson?.querySelector('[part="date"]'))).to.equal('c. 2013–2014');
      expect(
        [...hanson!.querySelectorAll('[part="date"] time')].map((t) => t.getAttribute('datetime')),
      ).to.deep.equal(['2013', '2014']);
      expect(text(h.event('sensetime-founded')?.querySelector('[part="date"]'))).to.equal('October 2014');
    });
  });

  describe('languages', () => {
    it('should follow its own lang, then an ancestor’s, then <html lang>', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ko"><hk-ai-timeline></hk-ai-timeline></div>`,
      );
      const el = wrapper.querySelector('hk-ai-timeline')!;
      await settled(el);
      const h = harness(el);
      const policy = () => h.event('fstb-policy-statement-ai-finance');
      expect(text(policy()?.querySelector('[part="date"]'))).to.equal('2024년 10월 28일');
      expect(policy()?.querySelector('[part="title"] span')?.getAttribute('lang')).to.equal('ko');

      el.setAttribute('lang', 'zh-HK');
      await el.updateComplete;
      expect(text(policy()?.querySelector('[part="date"]'))).to.equal('2024年10月28日');
      expect(policy()?.querySelector('[part="title"] span')?.getAttribute('lang')).to.equal('zh-Hant');

      el.removeAttribute('lang');
      wrapper.removeAttribute('lang');
      await aTimeout(0); // the MutationObserver reports asynchronously
      await el.updateComplete;
      expect(document.documentElement.lang).to.equal('en');
      expect(text(policy()?.querySelector('[part="date"]'))).to.equal('28 October 2024');
    });

    it('should change titles and date labels together when lang changes', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en"></hk-ai-timeline>`);
      await settled(el);
      const h = harness(el);
      const seen = new Map<string, [string[], string[]]>();
      for (const lang of ['ko', 'en', 'zh-Hant']) {
        el.lang = lang;
        await aTimeout(0);
        await el.updateComplete;
        seen.set(lang, [h.titles(), h.dateLabels()]);
      }
      expect(seen.get('ko')![0]).to.not.deep.equal(seen.get('en')![0]);
      expect(seen.get('zh-Hant')![0]).to.not.deep.equal(seen.get('en')![0]);
      expect(seen.get('ko')![1]).to.not.deep.equal(seen.get('en')![1]);
      expect(seen.get('zh-Hant')![1]).to.not.deep.equal(seen.get('ko')![1]);
      expect(el.shadowRoot!.querySelector('[part="list"]')?.getAttribute('aria-label')).to.equal('大事記');
    });

    it('should keep the same list items when the language changes', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en"></hk-ai-timeline>`);
      await settled(el);
      const before = harness(el).events();
      el.lang = 'ko';
      await aTimeout(0);
      await el.updateComplete;
      expect(harness(el).events()).to.deep.equal(before);
    });

    it('should fall back to another language, say so and tag the text with its real language', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="ko"></hk-ai-timeline>`);
      el.data = { events: [{ id: 'a', date: '2024', title: { en: 'Only in English' } }] };
      await settled(el);
      const title = harness(el).event('a')?.querySelector('[part="title"]');
      expect(title?.querySelector('span[lang]')?.getAttribute('lang')).to.equal('en');
      expect(text(title)).to.equal('Only in English (한국어 텍스트 없음)');
    });
  });

  describe('language switching in place', () => {
    /** Puts the timeline in a 400 px scroller, selects an event in the middle and scrolls it into view. */
    async function scrolledTimeline(selected?: string) {
      const scroller = await fixture<HTMLElement>(
        html`<div style="height: 400px; width: 600px; overflow: auto">
          <hk-ai-timeline lang="en"></hk-ai-timeline>
        </div>`,
      );
      const el = scroller.querySelector('hk-ai-timeline')!;
      await settled(el);
      if (selected) el.selected = selected;
      await el.updateComplete;
      harness(el).event('iflytek-cyberport-signing')!.scrollIntoView({ block: 'center' });
      return { scroller, el };
    }

    it('should keep the selected event and its place on screen when lang changes', async () => {
      const { scroller, el } = await scrolledTimeline('iflytek-cyberport-signing');
      const selectedItem = () => el.shadowRoot!.querySelector('[aria-current="true"]')!;
      const before = selectedItem().getBoundingClientRect().top;
      expect(scroller.scrollTop).to.be.greaterThan(0);
      for (const lang of ['ko', 'zh-Hant', 'en']) {
        el.lang = lang;
        await el.updateComplete;
        expect(el.selected).to.equal('iflytek-cyberport-signing');
        expect(selectedItem().getAttribute('data-event-id')).to.equal('iflytek-cyberport-signing');
        expect(selectedItem().getBoundingClientRect().top).to.be.closeTo(before, 1);
      }
      expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
    });

    it('should keep the first visible event in place when nothing is selected', async () => {
      const { el } = await scrolledTimeline();
      const visible = harness(el)
        .events()
        .find((item) => item.getBoundingClientRect().bottom > 0)!;
      const before = visible.getBoundingClientRect().top;
      el.lang = 'zh-Hant';
      await el.updateComplete;
      expect(visible.getBoundingClientRect().top).to.be.closeTo(before, 1);
    });
  });

  describe('relative-to', () => {
    it('should say how far each event lies from the reference date, in each language', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline lang="en" relative-to="2024-12-08"></hk-ai-timeline>`,
      );
      await settled(el);
      const relative = () => text(harness(el).event('sensetime-founded')?.querySelector('[part="relative"]'));
      expect(relative()).to.equal('about 10 years earlier');
      el.lang = 'ko';
      await el.updateComplete;
      expect(relative()).to.equal('약 10년 전');
      el.lang = 'zh-Hant';
      await el.updateComplete;
      expect(relative()).to.equal('大約 10 年前');
      expect(text(harness(el).event('cyberport-aisc-phase-1')?.querySelector('[part="relative"]'))).to.equal(
        '1 天後',
      );
    });

    it('should take "now" as today and ignore a value that is not a date', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline lang="en" relative-to="now"></hk-ai-timeline>`,
      );
      await settled(el);
      expect(text(harness(el).event('sensetime-founded')?.querySelector('[part="relative"]'))).to.match(
        / years earlier$/,
      );
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        el.relativeTo = 'last year';
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(el.shadowRoot!.querySelector('[part="relative"]')).to.equal(null);
      expect(String(warnings[0])).to.contain('relative-to="last year"');
    });
  });

  describe('display-lang', () => {
    it('should show each text in two languages, each tagged, the interface in lang', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline lang="en" display-lang="zh-Hant en"></hk-ai-timeline>`,
      );
      await settled(el);
      const title = harness(el).event('fstb-policy-statement-ai-finance')!.querySelector('[part="title"]')!;
      const spans = [...title.querySelectorAll('span[lang]')].map((span) => span.getAttribute('lang'));
      expect(spans).to.deep.equal(['zh-Hant', 'en']);
      expect(title.querySelector('[part="secondary"]')).to.not.equal(null);
      expect(
        text(harness(el).event('fstb-policy-statement-ai-finance')!.querySelector('[part="date"]')),
      ).to.equal('28 October 2024');
      await expect(el).to.be.accessible();
    });

    it('should not repeat a text that lacks the second language', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline display-lang="ko en"></hk-ai-timeline>`);
      el.data = { events: [{ id: 'a', date: '2024', title: { ko: '한국어만' } }] };
      await settled(el);
      expect(harness(el).event('a')!.querySelectorAll('[part="title"] span[lang]')).to.have.length(1);
    });
  });

  describe('the browser’s languages', () => {
    it('should follow navigator.languages when no lang is set anywhere', async () => {
      const html_ = document.documentElement;
      const pageLang = html_.lang;
      const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ko-KR', 'en'] });
      html_.removeAttribute('lang');
      try {
        const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
        await settled(el);
        expect(el.shadowRoot!.querySelector('[part="list"]')?.getAttribute('aria-label')).to.equal(
          '주요 사건',
        );
        Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['zh-HK'] });
        window.dispatchEvent(new Event('languagechange'));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="list"]')?.getAttribute('aria-label')).to.equal('大事記');
      } finally {
        delete (navigator as { languages?: unknown }).languages;
        Object.defineProperty(Navigator.prototype, 'languages', languages);
        html_.lang = pageLang;
      }
    });
  });

  describe('the data property', () => {
    it('should render a document given as an object, and announce nothing while loading it', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      const loaded = oneEvent(el, 'hk-ai-load');
      el.data = { events: [{ id: 'x', date: '2024-10-28', title: 'X' }] };
      expect((await loaded).detail).to.deep.equal({ count: 1, diagnostics: [] });
      expect(harness(el).ids()).to.deep.equal(['x']);
    });

    it('should show an error naming $.events for { events: "x" }', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      const failed = oneEvent(el, 'hk-ai-error');
      el.data = { events: 'x' };
      const { detail } = await failed;
      expect(el.status).to.equal('error');
      expect(detail.kind).to.equal('shape');
      expect(detail.message).to.contain('$.events');
      const alert = harness(el).alert();
      expect(alert).to.not.equal(null);
      expect(text(alert)).to.contain('$.events').and.to.contain('The timeline could not be loaded.');
      expect(el.diagnostics.map((d) => d.path)).to.deep.equal(['$.events']);
      await expect(el).to.be.accessible();
    });

    it('should render the valid events of a partly bad document and list the bad ones', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      const loaded = oneEvent(el, 'hk-ai-load');
      el.data = partialErrors;
      const { detail } = await loaded;
      const h = harness(el);
      expect(el.status).to.equal('ready');
      expect(h.ids()).to.deep.equal(['valid-approximate-range', 'valid-month', 'valid-day']);
      expect(detail.diagnostics).to.deep.equal(el.diagnostics);
      expect(el.diagnostics.map((d) => d.path)).to.include('$.events[1].date');
      const details = h.diagnostics();
      expect(text(details?.querySelector('summary'))).to.equal(
        '4 events could not be shown. 2 values were ignored.',
      );
      expect(text(details)).to.contain('$.events[1].date: "2024-02-30" is not a real calendar date');
      await expect(el).to.be.accessible();
    });

    it('should show an empty state for a document without events', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      el.data = { events: [] };
      await settled(el);
      expect(el.status).to.equal('empty');
      expect(harness(el).status()).to.equal('There are no events to show.');
      expect(harness(el).events()).to.have.length(0);
    });

    it('should fire events that bubble out of the shadow root and across shadow boundaries', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      const seen = oneEvent(document, 'hk-ai-error');
      el.data = 'not a document';
      const event = await seen;
      expect(event).to.be.instanceOf(HkAiErrorEvent);
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('the src attribute', () => {
    it('should fetch and render a document from a URL', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="/data/examples/partial-errors.json"></hk-ai-timeline>`,
      );
      const event = await oneEvent(el, 'hk-ai-load');
      expect(event).to.be.instanceOf(HkAiLoadEvent);
      expect(harness(el).ids()).to.have.length(3);
    });

    it('should show "loading" in a live region while it fetches', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="/slow/300/data/examples/empty.json"></hk-ai-timeline>`,
      );
      expect(el.status).to.equal('loading');
      expect(harness(el).status()).to.equal('Loading the timeline…');
      await settled(el);
      expect(el.status).to.equal('empty');
    });

    it('should report HTTP 404 with its status', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="/data/no-such-file.json"></hk-ai-timeline>`,
      );
      const { detail } = await oneEvent(el, 'hk-ai-error');
      expect(detail.kind).to.equal('http');
      expect(detail.status).to.equal(404);
      expect(detail.message).to.contain('HTTP 404');
      expect(text(harness(el).alert()))
        .to.contain('HTTP 404')
        .and.to.contain('Check that its address is right');
    });

    it('should report a network failure and name the likely causes', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="http://127.0.0.1:9/timeline.json"></hk-ai-timeline>`,
      );
      const { detail } = await oneEvent(el, 'hk-ai-error');
      expect(detail.kind).to.equal('network');
      expect(detail.message).to.contain('CORS');
      expect(el.diagnostics[0]?.code).to.equal('network-error');
    });

    it('should report a body that is not JSON as a parse error', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="/data/examples/not-json.json"></hk-ai-timeline>`,
      );
      const { detail } = await oneEvent(el, 'hk-ai-error');
      expect(detail.kind).to.equal('parse');
      expect(harness(el).events()).to.have.length(0);
    });

    it('should never request a javascript: src', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="javascript:window.__hkAiPwned=true"></hk-ai-timeline>`,
      );
      await settled(el);
      expect(el.status).to.equal('error');
      expect(el.diagnostics[0]?.code).to.equal('unsafe-src');
      expect(window.__hkAiPwned).to.equal(undefined);
    });

    it('should let a newer src win over a slower older one, without an error', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="/slow/400/data/examples/partial-errors.json"></hk-ai-timeline>`,
      );
      const errors: Event[] = [];
      el.addEventListener('hk-ai-error', (event) => errors.push(event));
      el.src = '/data/examples/empty.json';
      await settled(el);
      expect(el.status).to.equal('empty');
      await aTimeout(600); // the first answer arrives now and must be dropped
      expect(el.status).to.equal('empty');
      expect(errors).to.have.length(0);
    });

    it('should follow the newest src even when it answers after an older one', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="/data/examples/partial-errors.json"></hk-ai-timeline>`,
      );
      el.src = '/slow/300/data/examples/empty.json';
      const outcome = await nextOutcome(el);
      expect(outcome.type).to.equal('hk-ai-load');
      expect(el.status).to.equal('empty');
    });

    it('should let data set after src win', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="/slow/300/data/examples/partial-errors.json"></hk-ai-timeline>`,
      );
      el.data = { events: [{ id: 'mine', date: '2020', title: 'Mine' }] };
      await settled(el);
      await aTimeout(500);
      expect(harness(el).ids()).to.deep.equal(['mine']);
    });

    it('should let src set after data win, and reload() fetch again', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      el.data = { events: [{ id: 'mine', date: '2020', title: 'Mine' }] };
      await settled(el);
      el.src = '/data/examples/empty.json';
      await oneEvent(el, 'hk-ai-load');
      expect(el.status).to.equal('empty');
      const again = oneEvent(el, 'hk-ai-load');
      el.reload();
      expect((await again).detail.count).to.equal(0);
    });

    it('should cancel its request when removed from the page', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline src="/slow/300/data/examples/empty.json"></hk-ai-timeline>`,
      );
      const outcomes: Event[] = [];
      el.addEventListener('hk-ai-load', (event) => outcomes.push(event));
      el.addEventListener('hk-ai-error', (event) => outcomes.push(event));
      el.remove();
      await aTimeout(500);
      expect(outcomes).to.have.length(0);
      document.body.append(el);
      await oneEvent(el, 'hk-ai-load');
      expect(el.status).to.equal('empty');
      el.remove();
    });
  });

  describe('hostile data', () => {
    it('should show markup as text, run nothing and keep no unsafe URL', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline lang="en"></hk-ai-timeline>`);
      el.data = hostile;
      await settled(el);
      await aTimeout(50); // give any injected handler (onerror, onload) the chance to run
      const root = el.shadowRoot!;
      expect(window.__hkAiPwned).to.equal(undefined);
      expect(root.querySelector('script, svg, [onerror], [onload]')).to.equal(null);
      expect(harness(el).titles()[0]).to.equal('<script>window.__hkAiPwned = true</script>');
      expect(text(root.querySelector('[part="heading"]'))).to.contain('<img src=x');
      for (const node of root.querySelectorAll('[href], [src]')) {
        const url = node.getAttribute('href') ?? node.getAttribute('src')!;
        expect(new URL(url, location.href).protocol).to.equal('https:');
      }
      expect(harness(el).event('"><img src=x onerror=window.__hkAiPwned=true>')).to.not.equal(undefined);
    });

    it('should isolate every text so bidi controls cannot reorder the interface', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      el.data = hostile;
      await settled(el);
      const texts = [
        ...el.shadowRoot!.querySelectorAll('[part="title"] > span, [part="description"] > span'),
      ];
      expect(texts.length).to.be.greaterThan(0);
      for (const span of texts) expect(span.getAttribute('dir')).to.equal('auto');
    });

    it('should wrap a long unbroken title within a 320 px container', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px"><hk-ai-timeline></hk-ai-timeline></div>`,
      );
      const el = wrapper.querySelector('hk-ai-timeline')!;
      el.data = hostile;
      await settled(el);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(harness(el).event('long')!.getBoundingClientRect().width).to.be.at.most(320);
    });
  });

  describe('heading-level', () => {
    it('should put the title and the events one level apart', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline heading-level="3"></hk-ai-timeline>`);
      await settled(el);
      const root = el.shadowRoot!;
      expect(root.querySelector('[part="heading"]')?.getAttribute('aria-level')).to.equal('3');
      expect(root.querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('colour scheme', () => {
    it('should switch to its dark palette under color-scheme: dark', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline style="color-scheme: light"></hk-ai-timeline>`,
      );
      await settled(el);
      const card = () => getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).backgroundColor;
      expect(card()).to.equal('rgb(255, 255, 255)');
      el.style.colorScheme = 'dark';
      expect(card()).to.equal('rgb(22, 25, 29)');
    });

    it('should let a page theme it through custom properties', async () => {
      const el = await fixture<HkAiTimeline>(
        html`<hk-ai-timeline style="--hk-ai-timeline-surface-color: rgb(1, 2, 3)"></hk-ai-timeline>`,
      );
      await settled(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).backgroundColor).to.equal(
        'rgb(1, 2, 3)',
      );
    });
  });

  describe('CSS states', () => {
    it('should expose its status as :state()', async () => {
      const el = await fixture<HkAiTimeline>(html`<hk-ai-timeline></hk-ai-timeline>`);
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
      el.data = { events: 1 };
      await el.updateComplete;
      expect(el.matches(':state(error)') && !el.matches(':state(ready)')).to.equal(true);
    });
  });
});
