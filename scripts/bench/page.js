// One benchmark run in a fresh page: ?lib=ours|vis|timelinejs|empty&n=N. The library's code is loaded and the
// synthetic events are generated first; the clock runs from construction to the first frame after the library
// says it has rendered, and from navigation to that frame. The result lands in window.benchResult.
const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const count = Number(params.get('n'));
const layout = params.get('layout') ?? 'vertical';
const stage = document.querySelector('#stage');

/** Deterministic synthetic events spread over 2000–2024, at day precision, with a title and a sentence. */
function syntheticEvents(n) {
  return Array.from({ length: n }, (_, i) => {
    const year = 2000 + (i % 25);
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    return { i, year, month, day, title: `Synthetic event ${i + 1}`, text: `Event number ${i + 1} of ${n}.` };
  });
}
const pad = (n) => String(n).padStart(2, '0');

function loadScript(src, type = 'text/javascript') {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src, type });
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}
function loadStyle(href) {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = resolve;
    document.head.append(link);
  });
}
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const setups = {
  async empty() {
    return () => Promise.resolve();
  },
  async ours(events) {
    await import('/dist/hk-ai-timeline.js');
    if (layout !== 'vertical') {
      // The axis's code is a chunk the element loads on demand: load it here, as vis-timeline's library is loaded
      // before the clock starts, so both are timed from construction with their code at hand.
      const warm = Object.assign(document.createElement('hk-ai-timeline'), { layout, data: { events: [] } });
      stage.append(warm);
      await new Promise((resolve) => {
        const ready = () =>
          warm.shadowRoot.querySelector('[part~="axis-controls"]') ? resolve() : nextFrame().then(ready);
        // An empty document shows no axis: give it one event.
        warm.data = { events: [{ id: 'warm', date: '2000', title: 'warm-up' }] };
        ready();
      });
      warm.remove();
    }
    const document_ = {
      events: events.map((e) => ({
        id: `e${e.i}`,
        date: `${e.year}-${pad(e.month)}-${pad(e.day)}`,
        title: e.title,
        description: e.text,
      })),
    };
    return () =>
      new Promise((resolve) => {
        const el = document.createElement('hk-ai-timeline');
        el.layout = layout;
        // The axis draws once its module has loaded: wait for its ticks, not only for the load event.
        const drawn = () =>
          layout === 'vertical' || el.shadowRoot.querySelector('.tick')
            ? resolve()
            : requestAnimationFrame(drawn);
        el.addEventListener('hk-ai-load', drawn, { once: true });
        el.data = document_;
        stage.append(el);
      });
  },
  async vis(events) {
    await loadScript('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
    const items = events.map((e) => ({
      id: e.i,
      content: e.title,
      title: e.text,
      start: `${e.year}-${pad(e.month)}-${pad(e.day)}`,
    }));
    if (layout !== 'vertical') {
      // Ours draws a one-event timeline first, to load its axis chunk; so does vis-timeline, so that both start
      // the clock with their code run once and the browser's caches (styles, fonts, ICU) warmed alike.
      const warm = stage.appendChild(document.createElement('div'));
      await new Promise((resolve) => {
        const timeline = new window.vis.Timeline(warm, [
          { id: 'warm', content: 'warm-up', start: '2000-01-01' },
        ]);
        timeline.once('changed', () => {
          timeline.destroy();
          resolve();
        });
      });
      warm.remove();
    }
    return () =>
      new Promise((resolve) => {
        const timeline = new window.vis.Timeline(stage, items, { height: '800px' });
        window.benchTimeline = timeline;
        timeline.once('changed', resolve);
      });
  },
  async timelinejs(events) {
    await loadStyle('/node_modules/@knight-lab/timelinejs/dist/css/timeline.css');
    await loadScript('/node_modules/@knight-lab/timelinejs/dist/js/timeline.js');
    const data = {
      events: events.map((e) => ({
        start_date: { year: String(e.year), month: String(e.month), day: String(e.day) },
        text: { headline: e.title, text: e.text },
      })),
    };
    stage.id = 'timeline-embed';
    return () =>
      new Promise((resolve) => {
        const timeline = new window.TL.Timeline('timeline-embed', data, {
          script_path: `${location.origin}/node_modules/@knight-lab/timelinejs/dist/js/`,
        });
        timeline.on('loaded', resolve);
      });
  },
};

/** `count` animation frames, then the end of the last one's rendering (a task queued from its rAF callback). */
const frames = async (count) => {
  for (let i = 0; i < count; i += 1) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
};
/** Rejects after `ms`: a zoom that never reports back is an error, not a hang. */
const within = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms)),
  ]);

/**
 * Gestures after the first render, driven by scripts/bench.js (--gestures): per library, one zoom step (in or
 * out, by a factor of 2) that resolves once the library has drawn it, and where a mouse drag may start: on the
 * panel that pans, off the events (`exclude`), in the row that shows on screen.
 */
const gestureAdapters = {
  ours() {
    const el = document.querySelector('hk-ai-timeline');
    const root = el?.shadowRoot;
    const viewport = root?.querySelector('[part~="viewport"]');
    if (!viewport) throw new Error('no [part~="viewport"] in the shadow root');
    // Named in/out buttons if the axis has them, else the zoom buttons: the first zooms out, the last zooms in.
    // (Not [part~="zoom-step"]: those name a level, such as "year", rather than a step in or out.)
    const button = (zoomIn) => {
      const named = root.querySelector(zoomIn ? '[part~="zoom-in"]' : '[part~="zoom-out"]');
      if (named) return named;
      const buttons = [...root.querySelectorAll('[part~="zoom-button"]')];
      if (buttons.length >= 2) return zoomIn ? buttons.at(-1) : buttons[0];
      throw new Error('no zoom buttons ([part~="zoom-button"]) in the shadow root');
    };
    button(true);
    return {
      async zoom(zoomIn) {
        const target = button(zoomIn);
        if (target.disabled) throw new Error(`the zoom ${zoomIn ? 'in' : 'out'} button is disabled`);
        target.click();
        await within(el.updateComplete, 10_000, 'updateComplete');
        await frames(2);
      },
      canZoomIn: () => !button(true).disabled,
      /** How many viewports wide the track is: 1 when it fits. */
      factor: () => viewport.scrollWidth / viewport.clientWidth,
      drag: { root, panel: viewport, exclude: 'a, button, input, [part~="event"]' },
    };
  },
  vis() {
    const timeline = window.benchTimeline;
    const panel = document.querySelector('.vis-panel.vis-center');
    if (!timeline || !panel) throw new Error('no vis-timeline on the page');
    const interval = () => {
      const { start, end } = timeline.getWindow();
      return end - start;
    };
    // The window as first drawn (all items, with vis-timeline's margins), taken before the first gesture: zoom
    // factors count from it.
    window.benchFit ??= interval();
    const drawn = async (change) => {
      const changed = new Promise((resolve) => timeline.once('changed', resolve));
      change();
      await within(changed, 10_000, 'vis changed');
      await frames(2);
    };
    return {
      // 1 halves (zoomIn) or doubles (zoomOut) the visible interval.
      zoom: (zoomIn) =>
        drawn(() =>
          zoomIn ? timeline.zoomIn(1, { animation: false }) : timeline.zoomOut(1, { animation: false }),
        ),
      /** Shows 1/factor of the first render's window, around the middle of the current one. */
      zoomTo(factor) {
        const { start, end } = timeline.getWindow();
        const [middle, half] = [(+start + +end) / 2, window.benchFit / factor / 2];
        return drawn(() => timeline.setWindow(middle - half, middle + half, { animation: false }));
      },
      canZoomIn: () => true,
      /** The first render's window over the current one: 1 as first drawn. */
      factor: () => window.benchFit / interval(),
      drag: { root: document, panel, exclude: '.vis-item' },
    };
  },
};

window.benchGestures = {
  /**
   * Zoom steps (true: in) with a user-timing mark before the first and after each: `${name}-0` …; resolves to
   * the factor the first step zoomed by.
   */
  async zoom(steps, name) {
    const adapter = gestureAdapters[lib]();
    const before = adapter.factor();
    let step = 1;
    performance.mark(`${name}-0`);
    for (const [i, zoomIn] of steps.entries()) {
      await adapter.zoom(zoomIn);
      if (i === 0) step = adapter.factor() / before;
      if (i === 0 && zoomIn && !(step > 1.2)) throw new Error('zooming in did not widen the axis');
      performance.mark(`${name}-${i + 1}`);
    }
    return step;
  },
  /**
   * Zooms in (untimed) to `factor` times the first render's: ours by its zoom-in button until it is at least that
   * (its steps are its own), vis-timeline to exactly that, or to ours' if given. Resolves to the factor reached.
   */
  async zoomTo(factor) {
    const adapter = gestureAdapters[lib]();
    if (adapter.zoomTo) await adapter.zoomTo(factor);
    for (let i = 0; i < 20 && adapter.factor() < factor * 0.999 && adapter.canZoomIn(); i += 1)
      await adapter.zoom(true);
    return adapter.factor();
  },
  /**
   * Where a horizontal drag from 80 % to 20 % of the panel's width may run: a row whose both ends are on the
   * panel and off the events, or failing that (vis-timeline pans from an item too) the panel's middle row. Also
   * starts counting pointermove events, for `afterMove`.
   */
  dragPath() {
    const { root, panel, exclude } = gestureAdapters[lib]().drag;
    const box = panel.getBoundingClientRect();
    const [from, to] = [box.left + box.width * 0.8, box.left + box.width * 0.2].map(Math.round);
    const free = (x, y) => {
      const hit = root.elementFromPoint(x, y);
      return hit && panel.contains(hit) && !hit.closest(exclude);
    };
    const top = Math.max(box.top, 0) + 2;
    const bottom = Math.min(box.bottom, innerHeight) - 2;
    let y = Math.round((top + bottom) / 2);
    for (let row = top; row < bottom; row += 4) {
      if (free(from, row) && free(to, row)) {
        y = Math.round(row);
        break;
      }
    }
    if (window.benchMoves === undefined)
      addEventListener('pointermove', () => (window.benchMoves += 1), { capture: true });
    window.benchMoves = 0;
    return { from, to, y };
  },
  /**
   * After the `moves`th pointermove (at most a second's wait): the frame it was handled in and the next one
   * (vis-timeline redraws in the frame after the move), then the mark `${name}-${moves}`.
   */
  async afterMove(moves, name) {
    const deadline = performance.now() + 1000;
    while (window.benchMoves < moves && performance.now() < deadline) await frames(1);
    await frames(1);
    performance.mark(`${name}-${moves}`);
    return window.benchMoves >= moves;
  },
  /**
   * The floor: `count` steps of two frames each with no input, marked as `afterMove` marks its steps, after half a
   * second (30 frames) for what the zoom before it left to do.
   */
  async idle(count, name) {
    await frames(30);
    performance.mark(`${name}-0`);
    for (let i = 1; i <= count; i += 1) {
      await frames(1);
      await frames(1);
      performance.mark(`${name}-${i}`);
    }
  },
  mark: (name) => performance.mark(name),
};

try {
  const events = syntheticEvents(count);
  const construct = await setups[lib](events);
  await nextFrame();
  const started = performance.now();
  await construct();
  await nextFrame();
  const ms = performance.now() - started;
  const countElements = (root) =>
    [...root.querySelectorAll('*')].reduce(
      (sum, el) => sum + 1 + (el.shadowRoot ? countElements(el.shadowRoot) : 0),
      0,
    );
  // Also from navigation: loading the library and the data too, so work moved to load time still counts.
  window.benchResult = { ms, sinceNavigation: performance.now(), elements: countElements(document) };
} catch (error) {
  window.benchResult = { error: String(error) };
}
