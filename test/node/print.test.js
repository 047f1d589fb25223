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

/** The text of the PDF Chromium prints of the fixture, whitespace collapsed. */
async function printed(layout, n) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/print.html?layout=${layout}&n=${n}`);
  await page.waitForFunction(() => document.querySelector('hk-ai-timeline').status === 'ready');
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
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.ifError(text.error);
  return { text: text.stdout.replace(/\s+/g, ' '), onScreen, after };
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
});
