// Opens every story of a built Storybook in headless Chromium and fails on console errors, page errors, failed
// requests, stories that render nothing, and axe violations of serious or critical impact. Also checks that every
// custom element has a story and that the component docs page is generated from custom-elements.json.
// Usage: node scripts/story-check.js [storybook-static | http://127.0.0.1:6006]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';

/** Requests a story makes on purpose, to show an error state: story id → URL ending. */
const EXPECTED_FAILURES = { 'components-timeline--error-http-404': '/data/no-such-file.json' };
/** Stories that stay loading by design. */
const STAYS_LOADING = new Set(['components-timeline--loading']);

const target = process.argv[2] ?? 'storybook-static';
const remote = /^https?:/.test(target);
const server = remote ? undefined : await serve(target);
const base = remote ? target.replace(/\/$/, '') : `http://127.0.0.1:${server.address().port}`;
const index = await (await fetch(`${base}/index.json`)).json();
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((d) => (d.tagName ? [d.tagName] : []));

const browser = await launchChromium();
let passed = 0;
let failed = 0;
function report(ok, name, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` ${detail}` : ''}`);
}

/** Opens a page and collects what went wrong on it, except the failures a story makes on purpose. */
async function open(url, expectedFailure) {
  const page = await browser.newPage();
  const problems = [];
  const expected = (address) => expectedFailure && address?.endsWith(expectedFailure);
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected(message.location()?.url))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  page.on('requestfailed', (request) => {
    if (!expected(request.url()))
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !expected(response.url()))
      problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

const renderedTags = new Set();
try {
  for (const story of stories) {
    const { page, problems } = await open(
      `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`,
      EXPECTED_FAILURES[story.id],
    );
    await page
      .waitForFunction(
        () =>
          document.body.classList.contains('sb-show-main') ||
          document.body.classList.contains('sb-show-errordisplay'),
        null,
        { timeout: 20000 },
      )
      .catch(() => {});
    const settle = !STAYS_LOADING.has(story.id);
    await page
      .waitForFunction(
        (wait) =>
          [...document.querySelectorAll('#storybook-root *')].every((n) => !wait || n.status !== 'loading'),
        settle,
        { timeout: 10000 },
      )
      .catch(() => problems.push('still loading after 10 s'));
    // A timeline shown as an axis draws its events once the axis's own chunk has loaded: wait for that too.
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('#storybook-root hk-ai-timeline')].every(
            (el) =>
              el.status !== 'ready' ||
              !el.matches(':state(horizontal)') ||
              el.shadowRoot.querySelector('[part~="axis-controls"]'),
          ),
        null,
        { timeout: 10000 },
      )
      .catch(() => problems.push('the time axis not drawn after 10 s'));
    const info = await page.evaluate(() => {
      // Defined custom elements; <hk-ai-event> has no shadow root by design (its content is the page's HTML).
      const elements = [...document.querySelectorAll('#storybook-root *')].filter(
        (n) => n.localName.includes('-') && customElements.get(n.localName) && n.constructor !== HTMLElement,
      );
      const rendering = elements.filter((el) => el.shadowRoot);
      // Reactive properties shadowed by own class fields never re-render (the useDefineForClassFields trap).
      const shadowed = elements.flatMap((el) =>
        [...(el.constructor.elementProperties?.keys() ?? [])].filter((key) => Object.hasOwn(el, key)),
      );
      return {
        tags: elements.map((el) => el.localName),
        text: rendering.map((el) => el.shadowRoot.textContent.trim()).join(' ').length,
        shadowed,
      };
    });
    info.tags.forEach((tag) => renderedTags.add(tag));
    if (info.tags.length === 0 || info.text === 0) problems.push('renders nothing');
    if (info.shadowed.length > 0) problems.push(`shadowed properties: ${info.shadowed.join(', ')}`);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // The a11y addon runs axe after each render too; one axe run at a time, so wait for it.
      const run = async (tries) => {
        try {
          return await window.axe.run(document.querySelector('#storybook-root'), {
            resultTypes: ['violations'],
          });
        } catch (error) {
          if (tries === 0 || !/already running/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
          return run(tries - 1);
        }
      };
      const { violations } = await run(40);
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
    report(problems.length === 0, story.id, problems.join(' | '));
    await page.close();
  }

  for (const tag of tags) report(renderedTags.has(tag), `a story renders <${tag}>`);

  // The docs page is generated from custom-elements.json: its tables name the element's API.
  const docs = entries.find((entry) => entry.type === 'docs' && entry.id.startsWith('components-timeline--'));
  if (!docs) {
    report(false, 'the docs page of <hk-ai-timeline> exists');
  } else {
    const { page, problems } = await open(
      `${base}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs`,
    );
    const expected = [
      'src',
      'heading-level',
      'eventCount',
      'diagnostics',
      'problems',
      'hk-ai-load',
      'hk-ai-error',
      'source-link',
      'event',
      '--hk-ai-timeline-accent-color',
    ];
    const text = await page
      .waitForFunction(
        (words) => {
          const t = document.querySelector('#storybook-docs')?.textContent ?? '';
          return words.every((w) => t.includes(w)) && t;
        },
        expected,
        { timeout: 20000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? ''));
    const missing = expected.filter((word) => !text.includes(word));
    report(
      missing.length === 0 && problems.length === 0,
      `${docs.id} lists attributes, events, parts and CSS properties`,
      [...missing.map((w) => `missing: ${w}`), ...problems].join(' | '),
    );
    await page.close();
  }
} finally {
  await browser.close();
  server?.close();
}
console.log(`${stories.length} stories checked`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
