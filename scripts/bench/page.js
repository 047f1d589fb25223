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
    return () =>
      new Promise((resolve) => {
        const timeline = new window.vis.Timeline(stage, items, { height: '800px' });
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
