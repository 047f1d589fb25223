// dist/embed.html (npm test builds first): one timeline in an iframe, set from its URL's parameters, that tells
// its parent how tall it is; only http and https sources, and nothing from the URL as markup.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/browser.js';
import { serve } from '../../scripts/static-server.js';

let server;
let browser;
before(async () => {
  server = await serve('.', { routes: { '/parent.html': 'test/fixtures/embed-parent.html' } });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The parent page with the embed at `query`, the frame, and any dialog or page error seen. */
async function embed(query) {
  const page = await browser.newPage();
  const problems = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`http://127.0.0.1:${server.address().port}/parent.html?${query}`);
  const frame = page.frameLocator('#frame');
  await frame.locator('hk-ai-timeline').waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('#frame').contentDocument?.querySelector('hk-ai-timeline')?.status !== 'loading',
  );
  return { page, frame, problems };
}

describe('dist/embed.html', () => {
  it('renders its src in its language, and resizes its iframe to the content', async () => {
    const params = new URLSearchParams({
      src: '/data/examples/timelinejs3-sample.converted.json',
      lang: 'ko',
    });
    const { page, frame, problems } = await embed(params);
    assert.ok((await frame.locator('[part~="event"]').count()) > 5);
    assert.equal(await frame.locator('html').getAttribute('lang'), 'ko');
    await page.waitForFunction(() => window.messages.length > 0);
    const { height } = (await page.evaluate(() => window.messages)).at(-1);
    assert.ok(height > 300, `height ${height}`);
    const frameHeight = await page.locator('#frame').evaluate((el) => el.getBoundingClientRect().height);
    assert.equal(Math.round(frameHeight), height);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('opens on the axis and on the event given', async () => {
    const params = new URLSearchParams({
      src: '/data/examples/timelinejs3-sample.converted.json',
      layout: 'horizontal',
      selected: 'mosaic',
    });
    const { page, frame } = await embed(params);
    await frame.locator('[part~="axis-controls"]').waitFor();
    assert.equal(await frame.locator('hk-ai-timeline').getAttribute('selected'), 'mosaic');
    await page.close();
  });

  it('refuses a src that is not http or https, and shows why', async () => {
    const { page, frame, problems } = await embed(new URLSearchParams({ src: 'javascript:alert(1)' }));
    const alert = frame.locator('[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /"javascript:" is not http or https/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('lets no parameter reach the page as markup', async () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    const params = new URLSearchParams({ lang: hostile, selected: hostile, layout: hostile, src: hostile });
    const { page, problems } = await embed(params);
    const injected = await page.evaluate(() => {
      const doc = document.querySelector('#frame').contentDocument;
      return doc.querySelectorAll('img, script:not([type="module"])').length;
    });
    assert.equal(injected, 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
