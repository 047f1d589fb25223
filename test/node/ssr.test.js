// Server rendering (hk-ai-timeline/ssr, from dist/lib: npm test builds first): the HTML shows the timeline in
// Chromium with JavaScript disabled, and the standalone bundle takes it over with no flash and no duplicate.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderTimeline } from '../../dist/lib/ssr/render-timeline.js';
import { launchChromium } from '../../scripts/browser.js';
import { serve } from '../../scripts/static-server.js';

const milestones = JSON.parse(readFileSync('data/hk-ai-milestones.json', 'utf8'));

/** A small document with markup-like text that must stay text, and one bad event that is skipped. */
const custom = {
  lang: 'en',
  title: 'Custom </script><script>window.__pwned = true</script>',
  events: [
    {
      id: 'first',
      date: '2020-05',
      title: 'First </script><b>bold</b>',
      sources: [{ url: 'https://example.com/first', title: 'Example' }],
    },
    { id: 'second', date: '2021', approximate: true, title: { en: 'Second', ko: '둘째', 'zh-Hant': '第二' } },
    { id: 'bad', date: '2021-13', title: 'Bad month' },
  ],
};

const LANGUAGES = ['ko', 'en', 'zh-Hant'];
/** The standalone bundle, loaded after the server's HTML, as a page would. */
const BUNDLE = '<script type="module" src="/dist/hk-ai-timeline.js"></script>';

const pageHtml = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>${body}${BUNDLE}</body></html>`;

describe('renderTimeline', () => {
  it('renders a declarative shadow root with every event, and the document as an escaped JSON child', () => {
    const html = renderTimeline(milestones, { lang: 'ko' });
    assert.match(html, /^<!--lit-part [^>]*--><!--lit-node 0--><hk-ai-timeline\s+lang="ko"[^>]*>/);
    assert.match(html, /<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.equal(html.match(/part="event"/g).length, milestones.events.length);
    const script = /<script type="application\/json">(.*?)<\/script>/s.exec(html)[1];
    assert.deepEqual(JSON.parse(script), milestones);
  });

  it('keeps `<` of the data out of the markup: escaped in text, \\u003c in the JSON', () => {
    const html = renderTimeline(custom);
    assert.doesNotMatch(html, /<script>|<b>/);
    assert.match(html, /First &lt;\/script&gt;&lt;b&gt;bold&lt;\/b&gt;/);
    const scripts = html.match(/<script type="application\/json">(.*?)<\/script>/gs);
    assert.equal(scripts.length, 1, 'the data closed no script element');
    assert.match(scripts[0], /\\u003c\/script>/);
  });

  it('sets each option as the attribute the browser reads', () => {
    const html = renderTimeline(custom, {
      lang: 'zh-HK',
      displayLang: 'zh-Hant en',
      headingLevel: 3,
      relativeTo: '2024-12-08',
      selected: 'second',
    });
    for (const attribute of [
      'lang="zh-HK"',
      'display-lang="zh-Hant en"',
      'heading-level="3"',
      'relative-to="2024-12-08"',
      'selected="second"',
    ]) {
      assert.ok(html.includes(attribute), attribute);
    }
    assert.match(html, /aria-current="true"/);
  });

  it('throws for a value that is not JSON', () => {
    assert.throws(() => renderTimeline(undefined), TypeError);
  });
});

describe('a server-rendered page in Chromium', () => {
  let server;
  let browser;
  const dir = mkdtempSync(join(tmpdir(), 'hk-ai-ssr-'));
  const routes = {};
  /** Serves `html` at `/<name>` and returns its URL. */
  const page = (name, html) => {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    routes[`/${name}`] = file;
    return () => `http://127.0.0.1:${server.address().port}/${name}`;
  };
  const urls = {
    ...Object.fromEntries(
      LANGUAGES.map((lang) => [
        lang,
        page(`default-${lang}`, pageHtml(renderTimeline(milestones, { lang }))),
      ]),
    ),
    custom: page('custom', pageHtml(renderTimeline(custom, { lang: 'en' }))),
    // The same server HTML, but the browser fetches another document (slowly): the server's events stay meanwhile.
    fetched: page(
      'fetched',
      pageHtml(
        renderTimeline(milestones, { lang: 'en' }).replace(
          '<hk-ai-timeline',
          '<hk-ai-timeline src="/late.json"',
        ),
      ),
    ),
  };

  before(async () => {
    server = await serve('.', { routes });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Per event in the shadow DOM: id, title, date label, <time datetime>s and source links. */
  const readEvents = (target) =>
    target.evaluate(() =>
      [...document.querySelector('hk-ai-timeline').shadowRoot.querySelectorAll('[part~="event"]')].map(
        (item) => ({
          id: item.getAttribute('data-event-id'),
          title: item.querySelector('[part="title"]').textContent.replace(/\s+/g, ' ').trim(),
          date: item.querySelector('[part="date"]').textContent.replace(/\s+/g, ' ').trim(),
          datetimes: [...item.querySelectorAll('time[datetime]')].map((time) =>
            time.getAttribute('datetime'),
          ),
          links: [...item.querySelectorAll('a[part="source-link"]')].map((link) => link.getAttribute('href')),
        }),
      ),
    );

  async function openWithoutJavaScript(url) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(url);
    return { context, tab };
  }

  /**
   * Opens the page with JavaScript and, from before the bundle runs, records on every animation frame how many
   * events the shadow root holds, until the element has been ready for a few frames.
   */
  async function openWithJavaScript(url, prepare) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = [];
    tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    tab.on('pageerror', (error) => problems.push(String(error)));
    await prepare?.(tab);
    await tab.addInitScript(() => {
      window.frameCounts = [];
      let readyFrames = 0;
      const sample = () => {
        const el = document.querySelector('hk-ai-timeline');
        const root = el?.shadowRoot;
        if (root) window.frameCounts.push(root.querySelectorAll('[part~="event"]').length);
        if (el?.status === 'ready') readyFrames += 1;
        if (readyFrames < 5) requestAnimationFrame(sample);
        else window.sampled = true;
      };
      // From the end of parsing: before it, a long page's server HTML may be only partly parsed (the bundle, a
      // module script, runs after it anyway).
      document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(sample));
    });
    await tab.goto(url);
    await tab.waitForFunction(() => window.sampled === true, null, { timeout: 15000 });
    return { context, tab, problems };
  }

  for (const lang of LANGUAGES) {
    it(`shows every event, date and source with JavaScript disabled, as the browser renders them (${lang})`, async () => {
      const { context, tab } = await openWithoutJavaScript(urls[lang]());
      assert.equal(
        await tab.evaluate(() => customElements.get('hk-ai-timeline')),
        undefined,
        'no script ran',
      );
      const server = await readEvents(tab);
      assert.equal(server.length, milestones.events.length);
      for (const selector of ['[part~="event"]', '[part="date"] time[datetime]', 'a[part="source-link"]']) {
        const boxes = await tab
          .locator(`hk-ai-timeline ${selector}`)
          .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()));
        assert.ok(boxes.length >= milestones.events.length, `${selector}: ${boxes.length}`);
        for (const box of boxes) assert.ok(box.width > 0 && box.height > 0, `${selector} is not visible`);
      }
      await context.close();

      const hydrated = await openWithJavaScript(urls[lang]());
      assert.deepEqual(await readEvents(hydrated.tab), server, 'the browser renders what the server did');
      assert.deepEqual(hydrated.problems, []);
      await hydrated.context.close();
    });
  }

  it('takes over the server HTML without a frame that is empty or doubled, and without leftovers', async () => {
    const { context, tab, problems } = await openWithJavaScript(urls.en());
    const counts = await tab.evaluate(() => window.frameCounts);
    assert.ok(counts.length >= 5, `${counts.length} frames sampled`);
    assert.deepEqual([...new Set(counts)], [milestones.events.length], `events per frame: ${counts}`);
    const state = await tab.evaluate(() => {
      const el = document.querySelector('hk-ai-timeline');
      return {
        status: el.status,
        eventCount: el.eventCount,
        rootChildren: [...el.shadowRoot.children].map((child) => child.localName),
        lists: el.shadowRoot.querySelectorAll('[part="list"]').length,
      };
    });
    // The server's <style> went with its HTML: styles now come from the adopted style sheet.
    assert.deepEqual(state, {
      status: 'ready',
      eventCount: milestones.events.length,
      rootChildren: ['div'],
      lists: 1,
    });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('is interactive once the bundle has loaded: click selects, arrow keys move focus', async () => {
    const { context, tab } = await openWithJavaScript(urls.en());
    const [firstId, secondId] = milestones.events
      .toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((event) => event.id);
    await tab.evaluate(() => {
      window.selections = [];
      document.addEventListener('hk-ai-select', (event) => window.selections.push(event.detail.id));
    });
    const first = tab.locator(`hk-ai-timeline [data-event-id="${firstId}"]`);
    await first.locator('[part="title"]').click();
    assert.deepEqual(await tab.evaluate(() => window.selections), [firstId]);
    assert.equal(await first.getAttribute('aria-current'), 'true');
    await tab.keyboard.press('ArrowDown');
    const focused = await tab.evaluate(
      () =>
        document.querySelector('hk-ai-timeline').shadowRoot.activeElement?.getAttribute('data-event-id') ??
        null,
    );
    assert.equal(focused, secondId);
    await context.close();
  });

  it('keeps the server HTML on screen while the browser fetches its own src, then shows that once', async () => {
    const late = { events: [{ id: 'late', date: '2025', title: 'Fetched later' }] };
    const { context, tab, problems } = await openWithJavaScript(urls.fetched(), (tab) =>
      tab.route('**/late.json', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await route.fulfill({ contentType: 'application/json', body: JSON.stringify(late) });
      }),
    );
    const counts = await tab.evaluate(() => window.frameCounts);
    const firstLate = counts.indexOf(1);
    assert.ok(firstLate > 5, `the server's events stayed for ${firstLate} frames: ${counts}`);
    assert.deepEqual(
      [...new Set(counts)],
      [milestones.events.length, late.events.length],
      `events per frame: ${counts}`,
    );
    assert.deepEqual(
      (await readEvents(tab)).map((event) => event.id),
      ['late'],
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows a custom document, skipped event included, the same without and with JavaScript', async () => {
    const { context, tab } = await openWithoutJavaScript(urls.custom());
    const server = await readEvents(tab);
    assert.deepEqual(
      server.map((event) => [event.id, event.title, event.date, event.datetimes, event.links]),
      [
        ['first', 'First </script><b>bold</b>', 'May 2020', ['2020-05'], ['https://example.com/first']],
        ['second', 'Second', 'c. 2021', ['2021'], []],
      ],
    );
    const summary = () =>
      tab.locator('hk-ai-timeline [part="problems"] summary').textContent({ timeout: 1000 });
    const serverSummary = await summary();
    assert.match(serverSummary, /1/);
    await context.close();

    const hydrated = await openWithJavaScript(urls.custom());
    assert.deepEqual(await readEvents(hydrated.tab), server);
    assert.equal(
      await hydrated.tab.locator('hk-ai-timeline [part="problems"] summary').textContent(),
      serverSummary,
    );
    assert.deepEqual(
      await hydrated.tab.evaluate(() => ({
        pwned: window.__pwned ?? false,
        heading: document.querySelector('hk-ai-timeline').shadowRoot.querySelector('[part="heading"]')
          .textContent,
        diagnostics: document.querySelector('hk-ai-timeline').diagnostics.map((d) => d.path),
      })),
      {
        pwned: false,
        heading: 'Custom </script><script>window.__pwned = true</script>',
        diagnostics: ['$.events[2].date'],
      },
    );
    assert.deepEqual(hydrated.problems, []);
    await hydrated.context.close();
  });
});
