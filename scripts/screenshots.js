// npm run screenshots [-- --out screenshots]: PNGs of the timeline as a reader sees it, in headless Chromium: both
// layouts, in Korean, English and Traditional Chinese, light and dark, at 1,280 and 390 px wide, plus the crowded
// case (300 events in two years). For looking at, not for comparing pixels: the folder is not committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const OUT = option('out', 'screenshots');
const LANGS = ['ko', 'en', 'zh-Hant'];
const LAYOUTS = ['vertical', 'horizontal'];
const SCHEMES = ['light', 'dark'];
const WIDTHS = [1280, 390];

const shots = [];
for (const layout of LAYOUTS)
  for (const lang of LANGS)
    for (const scheme of SCHEMES)
      for (const width of WIDTHS)
        shots.push({ layout, lang, scheme, width, name: `${layout}-${lang}-${scheme}-${width}` });
for (const layout of LAYOUTS)
  shots.push({
    layout,
    lang: 'en',
    scheme: 'light',
    width: 1280,
    dense: 300,
    name: `${layout}-dense-300-1280`,
  });

// The axis zoomed in (with its overview strip) and the report's reference line, in each language.
const REPORT = { en: 'Report', ko: '보도', 'zh-Hant': '報道' };
for (const lang of LANGS)
  for (const [scheme, width] of [
    ['light', 1280],
    ['dark', 390],
  ])
    shots.push({
      layout: 'horizontal',
      lang,
      scheme,
      width,
      extra: { relative: '2024-12-08', 'relative-label': REPORT[lang], period: '2023-07/2025-06' },
      name: `horizontal-${lang}-reference-overview-${scheme}-${width}`,
    });

mkdirSync(OUT, { recursive: true });
const server = await serve('.', { routes: { '/shot': 'scripts/screenshots/page.html' } });
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: 900 },
      colorScheme: shot.scheme,
      deviceScaleFactor: 1,
    });
    const query = new URLSearchParams({ lang: shot.lang, layout: shot.layout, scheme: shot.scheme });
    if (shot.dense) query.set('dense', String(shot.dense));
    for (const [name, value] of Object.entries(shot.extra ?? {})) query.set(name, value);
    await page.goto(`http://127.0.0.1:${server.address().port}/shot?${query}`);
    await page.waitForFunction(
      (layout) => {
        const el = document.querySelector('hk-ai-timeline');
        if (el?.status !== 'ready') return false;
        return layout === 'vertical' || !!el.shadowRoot.querySelector('.tick');
      },
      shot.layout,
      { timeout: 15000 },
    );
    // Fonts and the axis's placement after its first layout.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    // The whole page in the viewport: events off screen skip layout and painting (content-visibility: auto) and
    // stand at an estimated height until the browser finds them near the viewport, so a full-page capture alone
    // could catch them blank, or the page short. The viewport grows with the page until its height holds.
    for (let tries = 0, height = 0; tries < 8; tries += 1) {
      const now = await page.evaluate(() => document.documentElement.scrollHeight);
      if (now === height) break;
      height = now;
      await page.setViewportSize({ width: shot.width, height });
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    }
    const file = join(OUT, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${shots.length} screenshots in ${OUT}/`);
