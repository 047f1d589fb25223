// npm run bench [-- --runs 5 --sizes 100,1000,10000 --libs ours,vis,timelinejs,empty --layout vertical|horizontal]
// <hk-ai-timeline> against vis-timeline and TimelineJS3 in the same headless Chromium, a fresh page per run:
// time from construction to the first frame after the library says it has rendered, JS heap, DOM elements, and
// the gzip size of what a page loads. Prints a markdown table with medians, ranges and our ratio to each peer.
// A benchmark, not a test: its numbers depend on the machine; the README keeps one run's table.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser.js';
import { serve } from './static-server.js';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const RUNS = Number(option('runs', 5));
const SIZES = option('sizes', '100,1000,10000').split(',').map(Number);
const LIBS = option('libs', 'ours,vis,timelinejs,empty').split(',');
const NAMES = {
  ours: '**hk-ai-timeline**',
  vis: 'vis-timeline 8.5.4',
  timelinejs: 'TimelineJS3 3.9.11',
  empty: 'empty page (floor)',
};
const TIMEOUT_MS = Number(option('timeout', 120_000));
/** Our layout: `vertical` (the default) or `horizontal` (the time axis, waited for until it has drawn). */
const LAYOUT = option('layout', 'vertical');

const gzip = (...files) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
const BUNDLES = {
  ours: gzip('dist/hk-ai-timeline.js'),
  vis: gzip('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
  timelinejs: gzip(
    'node_modules/@knight-lab/timelinejs/dist/js/timeline.js',
    'node_modules/@knight-lab/timelinejs/dist/css/timeline.css',
  ),
  empty: 0,
};

const server = await serve('.', { routes: { '/bench': 'scripts/bench/index.html' } });
const base = `http://127.0.0.1:${server.address().port}/bench`;
const browser = await launchChromium();

async function run(lib, n) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  try {
    // The page's module runs the whole benchmark before "load": wait only for the navigation to commit.
    await page.goto(`${base}?lib=${lib}&n=${n}&layout=${LAYOUT}`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => window.benchResult, null, { timeout: TIMEOUT_MS });
    const result = await handle.jsonValue();
    if (result.error) throw new Error(result.error);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { ...result, heap: usedSize, ...(lib === 'ours' && (await timeChanges(page))) };
  } finally {
    await page.close();
  }
}

/**
 * For ours: what a language change and a search cost on the loaded timeline, from setting the property to
 * `updateComplete`, split with a Chromium trace into style + layout and the rest (script). The element measures itself once after rendering (spacers, scroll anchoring): that forces the
 * layout the next frame would do anyway, so it counts as layout, not script.
 */
async function timeChanges(page) {
  const measure = async (name, change) => {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
    const wall = await page.evaluate(async (code) => {
      const el = document.querySelector('hk-ai-timeline');
      performance.mark('change-start');
      const started = performance.now();
      new Function('el', code)(el);
      await el.updateComplete;
      const ms = performance.now() - started;
      performance.mark('change-end');
      return ms;
    }, change);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const layout = layoutWithin(trace.traceEvents ?? trace, 'change-start', 'change-end');
    return { [`${name}Script`]: wall - layout, [`${name}Layout`]: layout };
  };
  return {
    ...(await measure('lang', "el.lang = 'ko'")),
    ...(await measure('filter', "el.query = 'event 5'")),
    ...(await measure('clear', "el.query = ''")),
  };
}

/** Milliseconds of style recalculation and layout between two performance marks, from a trace's events. */
function layoutWithin(events, startMark, endMark) {
  const at = (mark) => events.find((e) => e.name === mark && e.cat.includes('user_timing'))?.ts;
  const [start, end] = [at(startMark), at(endMark)];
  if (start === undefined || end === undefined) throw new Error('the trace holds no marks');
  const layouts = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'Layout' || e.name === 'UpdateLayoutTree') &&
      e.ts >= start &&
      e.ts + e.dur <= end,
  );
  // Top-level only: a layout inside another one is not counted twice.
  const top = layouts.filter(
    (e) => !layouts.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur),
  );
  return top.reduce((total, e) => total + e.dur, 0) / 1000;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const results = {};
try {
  for (const n of SIZES) {
    for (const lib of LIBS) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) {
        try {
          runs.push(await run(lib, n));
        } catch (error) {
          // A run past the timeout is recorded as such, and that library's other runs at this size are skipped.
          if (error.name !== 'TimeoutError') throw error;
          runs.push({ ms: Infinity, sinceNavigation: Infinity, elements: NaN, heap: NaN });
          break;
        }
      }
      results[`${lib} ${n}`] = runs;
      process.stderr.write(`${lib} × ${n}: ${runs.map((r) => Math.round(r.ms)).join(', ')} ms\n`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const stat = (lib, n, key) => {
  const values = results[`${lib} ${n}`].map((r) => r[key]);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
};
const known = Number.isFinite;
const ms = (s) =>
  known(s.median)
    ? `${Math.round(s.median).toLocaleString('en')} ms (${Math.round(s.min)}–${Math.round(s.max)})`
    : `> ${TIMEOUT_MS / 1000} s (timed out)`;
const mb = (bytes) => (known(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : 'n/a');
const kb = (bytes) => (bytes ? `${(bytes / 1024).toFixed(0)} KB` : '0');
const count = (value) => (known(value) ? Math.round(value).toLocaleString('en') : 'n/a');
const big = Math.max(...SIZES);
const sizes = SIZES.map((n) => `${n.toLocaleString('en')} events`).join(' | ');

console.log(
  `\nMedian of ${RUNS} runs (range), headless Chromium, fresh page per run, ${new Date().toISOString().slice(0, 10)}:\n`,
);
console.log(
  `| library | ${sizes} | DOM elements at ${count(big)} | JS heap at ${count(big)} | gzip bundle |`,
);
console.log(`|---|${SIZES.map(() => '---:').join('|')}|---:|---:|---:|`);
for (const lib of LIBS) {
  const times = SIZES.map((n) => ms(stat(lib, n, 'ms'))).join(' | ');
  console.log(
    `| ${NAMES[lib]} | ${times} | ${count(stat(lib, big, 'elements').median)} | ${mb(stat(lib, big, 'heap').median)} | ${kb(BUNDLES[lib])} |`,
  );
}
console.log(
  '\nFrom navigation to the same frame: loading the page, the library and the data, then rendering, median (range):\n',
);
console.log(`| library | ${sizes} |`);
console.log(`|---|${SIZES.map(() => '---:').join('|')}|`);
for (const lib of LIBS) {
  console.log(`| ${NAMES[lib]} | ${SIZES.map((n) => ms(stat(lib, n, 'sinceNavigation'))).join(' | ')} |`);
}
console.log(
  '\nOurs against each peer: how many times faster, and our DOM, heap and gzip size as a fraction of theirs:\n',
);
console.log(`| against | ${sizes} | DOM at ${count(big)} | heap at ${count(big)} | gzip |`);
console.log(`|---|${SIZES.map(() => '---:').join('|')}|---:|---:|---:|`);
for (const peer of LIBS.includes('ours') ? ['vis', 'timelinejs'].filter((lib) => LIBS.includes(lib)) : []) {
  const fraction = (key) => {
    const theirs = stat(peer, big, key).median;
    return known(theirs) ? (stat('ours', big, key).median / theirs).toFixed(2) : 'n/a';
  };
  const faster = (n) => {
    const theirs = stat(peer, n, 'ms').median;
    const ours = stat('ours', n, 'ms').median;
    return known(theirs) ? `${(theirs / ours).toFixed(1)}×` : `> ${(TIMEOUT_MS / ours).toFixed(0)}×`;
  };
  console.log(
    `| ${NAMES[peer]} | ${SIZES.map(faster).join(' | ')} | ${fraction('elements')} | ${fraction('heap')} | ${(BUNDLES.ours / BUNDLES[peer]).toFixed(2)} |`,
  );
}

if (LIBS.includes('ours')) {
  console.log(
    '\nA change on a loaded timeline (set, then updateComplete): script, and style + layout, from a Chromium trace, median (range); layout counts only what the change forces before updateComplete:\n',
  );
  console.log(
    `| change | ${SIZES.map((n) => `script at ${count(n)} | layout at ${count(n)}`).join(' | ')} |`,
  );
  console.log(`|---|${SIZES.map(() => '---:|---:').join('|')}|`);
  for (const [key, label] of [
    ['lang', 'language (`lang="ko"`)'],
    ['filter', 'search (`query="event 5"`)'],
    ['clear', 'clearing the search'],
  ]) {
    const fine = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
    const cells = SIZES.map(
      (n) => `${fine(stat('ours', n, `${key}Script`))} | ${fine(stat('ours', n, `${key}Layout`))}`,
    );
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
}
