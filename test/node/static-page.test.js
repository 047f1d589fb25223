// `hk-ai-timeline render` (on dist/lib: npm test builds first): one static HTML page per language, opened in
// Chromium with JavaScript disabled, shows every event; with --script it becomes the element without a flash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/browser.js';

const cli = (...args) => spawnSync('node', ['bin/hk-ai-timeline.js', ...args], { encoding: 'utf8' });
const milestones = JSON.parse(readFileSync('data/hk-ai-milestones.json', 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'hk-ai-page-'));

let browser;
before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

describe('hk-ai-timeline render: a static page', () => {
  for (const lang of ['en', 'ko', 'zh-Hant']) {
    it(`shows every event in ${lang} with JavaScript off, with JSON-LD`, async () => {
      const file = join(scratch, `page.${lang}.html`);
      const { status, stderr } = cli('render', 'data/hk-ai-milestones.json', '--lang', lang, '-o', file);
      assert.equal(status, 0, stderr);
      const html = readFileSync(file, 'utf8');
      assert.match(html, /^<!doctype html>/);
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`file://${file}`);
      const events = page.locator('hk-ai-timeline [part~="event"]');
      assert.equal(await events.count(), milestones.events.length);
      for (let i = 0; i < (await events.count()); i += 1) assert.ok(await events.nth(i).isVisible());
      const titles = await page.locator('hk-ai-timeline [part~="title"]').allTextContents();
      for (const event of milestones.events) {
        assert.ok(
          titles.some((title) => title.includes(event.title[lang])),
          `${event.id}: "${event.title[lang]}" not on the page`,
        );
      }
      const structured = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
      assert.equal(structured['@type'], 'ItemList');
      assert.equal(structured.numberOfItems, milestones.events.length);
      // No search or filter that cannot work without JavaScript.
      assert.equal(await page.locator('hk-ai-timeline [part~="controls"]').isVisible(), false);
      // Only data scripts: the JSON-LD, and the document the element reads back when a script upgrades the page.
      assert.equal(await page.locator('script:not([type$="json"])').count(), 0);
      await context.close();
    });
  }

  it('puts the SVG poster of the axis above the list with --layout horizontal', async () => {
    const file = join(scratch, 'page.axis.html');
    assert.equal(cli('render', 'data/hk-ai-milestones.json', '--layout', 'horizontal', '-o', file).status, 0);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    assert.ok(await page.locator('figure.poster svg').isVisible());
    assert.equal(await page.locator('hk-ai-timeline [part~="event"]').count(), milestones.events.length);
    await context.close();
  });

  it('prints every title to PDF with JavaScript off', async () => {
    const file = join(scratch, 'page.en.html');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    const pdf = join(scratch, 'page.pdf');
    await page.pdf({ path: pdf });
    // pdftotext is Debian's poppler-utils, which .ci/run installs.
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.ifError(text.error);
    const flat = text.stdout.replace(/\s+/g, ' ');
    for (const event of milestones.events) {
      const words = event.title.en.split(' ').slice(0, 3).join(' ');
      assert.ok(flat.includes(words), `${event.id}: "${words}" not in the PDF`);
    }
    await context.close();
  });

  it('escapes a hostile title and script URL, and keeps the JSON-LD unbreakable', () => {
    const hostile = join(scratch, 'hostile.json');
    const title = '</script><script>alert(1)</script>';
    spawnSync('node', [
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(hostile)}, JSON.stringify({ title: ${JSON.stringify(title)}, events: [{ id: 'a', date: '2024', title: ${JSON.stringify(title)} }] }))`,
    ]);
    const { status, stdout } = cli('render', hostile, '--script', '"><script>alert(2)</script>');
    assert.equal(status, 0);
    assert.doesNotMatch(stdout, /<script>alert/);
    assert.match(stdout, /<title>&lt;\/script&gt;/);
  });
});
