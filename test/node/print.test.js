// Printing (npm test builds first): Chromium's PDF of a 300-event timeline holds every title, in both layouts,
// though the screen shows only a window of them; sources print with their addresses. pdftotext is Debian's
// poppler-utils, which .ci/run installs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/browser.js';
import { serve } from '../../scripts/static-server.js';

const scratch = mkdtempSync(join(tmpdir(), 'hk-ai-print-'));
let server;
let browser;
before(async () => {
  server = await serve('.', { routes: { '/print.html': 'test/fixtures/print.html' } });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const pdfText = (pdf, ...pages) => {
  const text = spawnSync('pdftotext', ['-layout', ...pages, pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.ifError(text.error);
  return text.stdout.replace(/\s+/g, ' ');
};

/** The text of the PDF Chromium prints of the fixture, whitespace collapsed: all of it, and its first two pages. */
async function printed(layout, n) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/print.html?layout=${layout}&n=${n}`);
  await page.waitForFunction(() => document.querySelector('hk-ai-timeline').status === 'ready');
  // The axis's overview is drawn by the poster's module, which loads when the browser is idle.
  if (layout === 'horizontal')
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('svg-poster')),
    );
  await page.waitForTimeout(300);
  const onScreen = await page.evaluate(
    () => document.querySelector('hk-ai-timeline').shadowRoot.querySelectorAll('[part~="event"]').length,
  );
  const pdf = join(scratch, `${layout}-${n}.pdf`);
  await page.pdf({ path: pdf, format: 'A4' });
  const after = await page.evaluate(
    () => document.querySelector('hk-ai-timeline').shadowRoot.querySelectorAll('[part~="event"]').length,
  );
  await page.close();
  return {
    text: pdfText(pdf),
    first: pdfText(pdf, '-f', '1', '-l', '1'),
    second: pdfText(pdf, '-f', '2', '-l', '2'),
    onScreen,
    after,
  };
}

describe('printing', () => {
  for (const layout of ['vertical', 'horizontal']) {
    it(`prints all 300 titles and their sources' addresses from the ${layout} layout`, async () => {
      const { text, onScreen, after } = await printed(layout, 300);
      assert.ok(onScreen < 300, `the screen shows a window (${onScreen} events)`);
      const missing = Array.from({ length: 300 }, (_, i) => i + 1).filter(
        (i) => !new RegExp(`Milestone ${i} printed`).test(text),
      );
      assert.deepEqual(missing, [], `titles missing from the PDF`);
      assert.match(text, /Report 1 <https:\/\/example\.org\/news\/1>/);
      assert.doesNotMatch(text, /Search events/);
      // After printing, the screen goes back to its window.
      assert.ok(after < 300, `after printing: ${after} events`);
    });
  }

  it('heads the axis layout with a one-page overview of the axis, and the list layout without', async () => {
    const axis = await printed('horizontal', 300);
    // Page 1: the axis in miniature (its ticks, labels, clusters of the crowded months), and none of the list.
    assert.match(axis.first, /\d+ events, /);
    assert.match(axis.first, /2023 .*2024/);
    assert.match(axis.first, /Milestone 1 printed/);
    assert.doesNotMatch(axis.first, /Report 1 <https:/);
    // The list starts on page 2.
    assert.match(axis.second, /Milestone 1 printed .*Report 1 <https:\/\/example\.org\/news\/1>/);
    const list = await printed('vertical', 300);
    assert.doesNotMatch(list.first, /\d+ events, /);
    assert.match(list.first, /Report 1 <https:\/\/example\.org\/news\/1>/);
  });
});
