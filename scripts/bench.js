// npm run bench [-- --runs 5 --sizes 100,1000,10000 --libs ours,vis,timelinejs,empty --layout vertical|horizontal
//                   --gestures]
// <hk-ai-timeline> against vis-timeline and TimelineJS3 in the same headless Chromium, a fresh page per run, the
// libraries taking turns (run 1 of each, then run 2 of each…): time from construction to the first frame after the
// library says it has rendered, JS heap, DOM elements, and the gzip size of what a page loads. Prints a markdown
// table with medians, ranges and our ratio to each peer.
// With --gestures (and always with --layout horizontal): zoom and pan on the horizontal axis, ours and vis-timeline,
// each step's main-thread script and style + layout from a Chromium trace (see timeGestures).
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
/** Zoom and pan, for the libraries that have both: on by --gestures, and with our horizontal layout. */
const GESTURES = process.argv.includes('--gestures') || LAYOUT === 'horizontal';
const GESTURE_LIBS = GESTURES ? ['ours', 'vis'].filter((lib) => LIBS.includes(lib)) : [];
/** Zoom in then out, this many times; each click (or call) is one step. */
const ZOOM_REPEATS = 5;
/** The pan: this many mouse moves of PAN_PX pixels, one a frame, in as many strokes as the panel's width needs. */
const PAN_MOVES = 30;
const PAN_PX = 40;
/**
 * The pan runs zoomed in this far (at 1× our axis fits the viewport and has nothing to pan): ours by its zoom-in
 * button until at least that, vis-timeline to the same factor as ours reached.
 */
const PAN_FACTOR = 8;
/** Steps of two frames with no input before the pan: what the harness's own waiting costs in a step. */
const IDLE_STEPS = 10;

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

/**
 * Zoom and pan on a fresh page with the horizontal axis, after the first render: ZOOM_REPEATS times in and out
 * (ours: its zoom buttons; vis-timeline: zoomIn(1) / zoomOut(1) without animation, ×2), each step until the
 * library has drawn it and two frames more; then, zoomed in to about PAN_FACTOR (vis-timeline to `panFactor`, the
 * factor ours reached), a mouse drag through CDP on both (press, PAN_MOVES moves of PAN_PX px, each awaited until
 * its frame and the next have rendered, release). Every step's main-thread script and style + layout come from one
 * Chromium trace. Resolves to `{ zoom: [{ script, layout }], pan, idle, zoomStep, panFactor }`, or `{ error }` when
 * the page lacks what a gesture needs.
 */
async function timeGestures(lib, n, panFactor) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  let tracing = false;
  try {
    await page.goto(`${base}?lib=${lib}&n=${n}&layout=horizontal`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => window.benchResult, null, { timeout: TIMEOUT_MS });
    const loaded = await handle.jsonValue();
    if (loaded.error) return { error: loaded.error };
    const cdp = await page.context().newCDPSession(page);
    const mouse = (type, x, y, buttons) =>
      cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons, clickCount: 1 });
    const gesture = async () => {
      const zoomSteps = Array.from({ length: ZOOM_REPEATS }, () => [true, false]).flat();
      const zoomStep = await page.evaluate(
        ([steps]) => window.benchGestures.zoom(steps, 'zoom'),
        [zoomSteps],
      );
      const reached = await page.evaluate(([factor]) => window.benchGestures.zoomTo(factor), [panFactor]);
      const { from, to, y } = await page.evaluate(() => window.benchGestures.dragPath());
      const perStroke = Math.max(1, Math.floor((from - to) / PAN_PX));
      await mouse('mouseMoved', from, y, 0);
      await page.evaluate(([count]) => window.benchGestures.idle(count, 'idle'), [IDLE_STEPS]);
      await page.evaluate(() => window.benchGestures.mark('pan-0'));
      let x = from;
      for (let moves = 1; moves <= PAN_MOVES; moves += 1) {
        // A new stroke: release, and press again at the start, inside this move's step.
        if (moves % perStroke === 1 || perStroke === 1) {
          if (moves > 1) await mouse('mouseReleased', x, y, 0);
          x = from;
          await mouse('mousePressed', x, y, 1);
        }
        x -= PAN_PX;
        await mouse('mouseMoved', x, y, 1);
        if (!(await page.evaluate(([i]) => window.benchGestures.afterMove(i, 'pan'), [moves])))
          throw new Error(`move ${moves} reached no pointermove listener`);
      }
      await mouse('mouseReleased', x, y, 0);
      return { zoomStep, panFactor: reached };
    };
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
    const factors = await withTimeout(gesture(), TIMEOUT_MS, 'the gestures');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    tracing = false;
    const events = trace.traceEvents ?? trace;
    const costs = Object.fromEntries(['zoom', 'pan', 'idle'].map((name) => [name, stepCosts(events, name)]));
    return { ...costs, ...factors };
  } catch (error) {
    return { error: [String(error.message ?? error).split('\n')[0], ...pageErrors].join('; ') };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await page.close();
  }
}

/** `promise`, or a rejection after `ms` (the promise left running is then ignored). */
function withTimeout(promise, ms, what) {
  let timer;
  promise.catch(() => {});
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing'];
/** Style recalculation and layout, as layoutWithin counts them. */
const LAYOUT_EVENTS = new Set(['Layout', 'UpdateLayoutTree']);
/** What DevTools counts as scripting: V8 running a function, a script, a microtask, an event's listeners, a GC. */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'V8.Execute',
  'RunMicrotasks',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'MinorGC',
  'MajorGC',
]);

/** Sorted, merged [start, end] intervals. */
function union(spans) {
  const merged = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
const length = (spans) => spans.reduce((sum, [start, end]) => sum + end - start, 0);
const clip = (spans, from, to) =>
  spans.map(([start, end]) => [Math.max(start, from), Math.min(end, to)]).filter(([s, e]) => e > s);
/** How much of two merged interval lists overlaps. */
function overlap(a, b) {
  let [i, j, total] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    total += Math.max(0, Math.min(a[i][1], b[j][1]) - Math.max(a[i][0], b[j][0]));
    if (a[i][1] < b[j][1]) i += 1;
    else j += 1;
  }
  return total;
}

/**
 * Each step between the marks `${name}-0`, `${name}-1` … on the page's main thread: milliseconds of script
 * (SCRIPT_EVENTS, less any style or layout they force) and of style + layout. The steps touch, so work that spills
 * past a step's frames counts in the next one, and nothing is counted twice.
 */
function stepCosts(events, name) {
  const marks = events
    .filter((e) => e.cat.includes('user_timing') && e.name.startsWith(`${name}-`))
    .sort((a, b) => a.ts - b.ts);
  if (marks.length < 2) throw new Error(`the trace holds no ${name} marks`);
  const { pid, tid } = marks[0];
  const main = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur > 0);
  const spans = (names) => union(main.filter((e) => names.has(e.name)).map((e) => [e.ts, e.ts + e.dur]));
  const [script, layout] = [spans(SCRIPT_EVENTS), spans(LAYOUT_EVENTS)];
  return marks.slice(1).map((end, i) => {
    const start = marks[i].ts;
    const [s, l] = [clip(script, start, end.ts), clip(layout, start, end.ts)];
    return { script: (length(s) - overlap(s, l)) / 1000, layout: length(l) / 1000 };
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const results = {};
/** `${lib} ${n}`: the gesture runs, each `{ zoom, pan, idle }` (steps) or `{ error }` (the last one, then). */
const gestures = {};
try {
  for (const n of SIZES) {
    // Round robin: every library's run i before anyone's run i + 1, so that a slow minute on a shared machine
    // falls on all of them alike rather than on whichever happened to be running.
    const runs = new Map(LIBS.map((lib) => [lib, []]));
    const timedOut = new Set();
    for (let i = 0; i < RUNS; i += 1) {
      for (const lib of LIBS) {
        if (timedOut.has(lib)) continue;
        try {
          runs.get(lib).push(await run(lib, n));
        } catch (error) {
          // A run past the timeout is recorded as such, and that library's other runs at this size are skipped.
          if (error.name !== 'TimeoutError') throw error;
          runs.get(lib).push({ ms: Infinity, sinceNavigation: Infinity, elements: NaN, heap: NaN });
          timedOut.add(lib);
        }
      }
    }
    for (const [lib, found] of runs) {
      results[`${lib} ${n}`] = found;
      process.stderr.write(`${lib} × ${n}: ${found.map((r) => Math.round(r.ms)).join(', ')} ms\n`);
    }
    // Ours first: vis-timeline pans at the zoom our buttons reached. A fresh page per run again, so that neither
    // the heap figures nor the changes above see the gestures.
    let panFactor = PAN_FACTOR;
    for (const lib of GESTURE_LIBS) {
      const found = [];
      for (let i = 0; i < RUNS; i += 1) {
        const result = await timeGestures(lib, n, panFactor);
        found.push(result);
        if (result.error) {
          process.stderr.write(`${lib} × ${n} gestures: n/a (${result.error})\n`);
          break;
        }
        const worst = (steps, key) => Math.max(...steps.map((step) => step[key])).toFixed(1);
        process.stderr.write(
          `${lib} × ${n} gestures: zoom script ≤ ${worst(result.zoom, 'script')} ms, pan script ≤ ${worst(result.pan, 'script')} ms\n`,
        );
      }
      gestures[`${lib} ${n}`] = found;
      if (lib === 'ours' && !found[0]?.error) panFactor = found[0].panFactor;
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

if (GESTURE_LIBS.length > 0) {
  console.log(
    `\nZoom and pan on the horizontal axis after the first render, a fresh page per run. Zoom: in then out, ${ZOOM_REPEATS} times (ours: its zoom-in and zoom-out buttons; vis-timeline: \`zoomIn(1)\` / \`zoomOut(1)\`, ×2, no animation), each step until the library has drawn it and 2 frames more. Pan: zoomed in (ours by its button to at least ${PAN_FACTOR}×, vis-timeline to the same factor), a mouse drag through CDP, ${PAN_MOVES} moves of ${PAN_PX} px, each until its frame and the next have rendered. The floor: two frames with no input, the harness's own share of a step. Main-thread script and style + layout per step from a Chromium trace, median (worst step) over all steps of ${RUNS} runs:`,
  );
  const fine = (values) => `${median(values).toFixed(1)} ms (${Math.max(...values).toFixed(1)})`;
  for (const n of SIZES) {
    console.log(`\nAt ${count(n)} events:\n`);
    console.log(
      `| gesture | ${GESTURE_LIBS.map((lib) => `${NAMES[lib]} script | ${NAMES[lib]} style + layout`).join(' | ')} |`,
    );
    console.log(`|---|${GESTURE_LIBS.map(() => '---:|---:').join('|')}|`);
    const done = (lib) => {
      const runs = gestures[`${lib} ${n}`] ?? [];
      return runs.length > 0 && !runs.some((r) => r.error) ? runs : undefined;
    };
    for (const [key, label] of [
      ['zoom', 'zoom in/out (per step)'],
      ['pan', 'pan (per frame)'],
      ['idle', 'floor: no input (per step)'],
    ]) {
      const cells = GESTURE_LIBS.map((lib) => {
        const steps = done(lib)?.flatMap((r) => r[key]);
        return steps
          ? `${fine(steps.map((s) => s.script))} | ${fine(steps.map((s) => s.layout))}`
          : 'n/a | n/a';
      });
      console.log(`| ${label} | ${cells.join(' | ')} |`);
    }
    const factors = GESTURE_LIBS.map((lib) => {
      const runs = done(lib);
      if (!runs) return `${NAMES[lib]}: n/a (${gestures[`${lib} ${n}`]?.at(-1)?.error ?? 'not run'})`;
      const [step, pan] = ['zoomStep', 'panFactor'].map((key) => median(runs.map((r) => r[key])).toFixed(1));
      return `${NAMES[lib]}: zoom step ×${step}, pan at ${pan}×`;
    });
    console.log(`\n${factors.join('; ')}.`);
  }
}
