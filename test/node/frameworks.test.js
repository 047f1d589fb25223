// The framework recipes in examples/: each app is built as an app would build it (Vite, importing the package by
// name), opened in Chromium and driven through its framework. Needs `npm run build` first (npm test runs it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { build } from 'vite';
import { launchChromium } from '../../scripts/browser.js';
import { serve } from '../../scripts/static-server.js';

const STANDALONE = resolve('dist/hk-ai-timeline.js');

/**
 * Each recipe's page and what its own data holds: the ids (in date order) and the first event's title per
 * language. The default dataset has none of them, so seeing them proves `data` arrived as an object property.
 */
const RECIPES = [
  {
    name: 'React 19',
    example: 'react',
    ids: ['react-team-formed', 'react-app-launched'],
    titles: { en: 'React team formed', ko: 'React 팀 구성', 'zh-Hant': 'React 團隊成立' },
  },
  {
    name: 'Vue 3',
    example: 'vue',
    ids: ['vue-team-formed', 'vue-app-launched'],
    titles: { en: 'Vue team formed', ko: 'Vue 팀 구성', 'zh-Hant': 'Vue 團隊成立' },
  },
  {
    name: 'Lit',
    example: 'lit',
    ids: ['lit-team-formed', 'lit-app-launched'],
    titles: { en: 'Lit team formed', ko: 'Lit 팀 구성', 'zh-Hant': 'Lit 團隊成立' },
  },
  {
    name: 'plain HTML (standalone bundle)',
    example: 'plain',
    // Not built: the page loads dist/hk-ai-timeline.js itself.
    path: '/examples/plain/',
    ids: ['page-drafted', 'page-published'],
    titles: { en: 'Page drafted', ko: '페이지 초안 작성', 'zh-Hant': '網頁起草' },
  },
];

const LANGUAGE_BUTTONS = { ko: '한국어', 'zh-Hant': '繁體中文' };

/** Builds examples/<example> with Vite into outDir; `alias` stands in for a different install of the package. */
async function buildExample(example, outDir, alias = []) {
  const root = resolve('examples', example);
  const configFile = join(root, 'vite.config.js');
  await build({
    root,
    // Relative asset URLs, so each app can be served from its own folder.
    base: './',
    // Native import of the config: the default loader writes a temporary bundle into node_modules.
    configFile: existsSync(configFile) ? configFile : false,
    configLoader: 'native',
    logLevel: 'error',
    resolve: { alias },
    build: { outDir, emptyOutDir: true },
  });
}

/** Polls `read` until `accept` holds for its value; fails with the last value after 10 s. */
async function until(read, accept, what) {
  const deadline = Date.now() + 10_000;
  let value;
  while (Date.now() < deadline) {
    value = await read();
    if (accept(value)) return value;
    await delay(50);
  }
  assert.fail(`${what}: still ${JSON.stringify(value)} after 10 s`);
}

/** How many copies of each Lit package the page loaded: every copy pushes its version onto these globals. */
const litCopies = (page) =>
  page.evaluate(() => ({
    'lit-html': globalThis.litHtmlVersions?.length ?? 0,
    'lit-element': globalThis.litElementVersions?.length ?? 0,
    '@lit/reactive-element': globalThis.reactiveElementVersions?.length ?? 0,
  }));

const ONE_COPY = { 'lit-html': 1, 'lit-element': 1, '@lit/reactive-element': 1 };

let outRoot;
let server;
let browser;

before(async () => {
  assert.ok(existsSync(STANDALONE) && existsSync('dist/lib/index.js'), 'run `npm run build` first');
  outRoot = mkdtempSync(join(tmpdir(), 'hk-ai-timeline-frameworks-'));
  for (const { example, path } of RECIPES) {
    if (!path) await buildExample(example, join(outRoot, example));
  }
  server = await serve(outRoot, {
    routes: {
      '/examples/plain/': 'examples/plain/index.html',
      '/dist/hk-ai-timeline.js': STANDALONE,
      '/dist/hk-ai-timeline.js.map': `${STANDALONE}.map`,
      // The chunks beside it, as any host of the one-file build serves them (a document's reader is one).
      ...Object.fromEntries(
        readdirSync('dist')
          .filter((file) => /^hk-ai-timeline-.+\.js$/.test(file))
          .map((file) => [`/dist/${file}`, `dist/${file}`]),
      ),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (outRoot) rmSync(outRoot, { recursive: true, force: true });
});

/** Opens a page and collects its console errors and uncaught exceptions. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
  return { page, problems };
}

for (const recipe of RECIPES) {
  describe(`${recipe.name} recipe (examples/${recipe.example})`, () => {
    let page;
    let problems;
    // Locators pierce open shadow roots: these find the timeline and the outputs also inside the Lit app.
    const timeline = () => page.locator('hk-ai-timeline');
    const output = (id) => page.locator(`#${id}`).textContent();
    const titles = () => timeline().locator('[part~="title"]').allTextContents();

    before(async () => {
      ({ page, problems } = await open(recipe.path ?? `/${recipe.example}/`));
      await until(
        () => timeline().evaluate((el) => el.status),
        (status) => status !== 'loading',
        'status',
      );
    });

    after(() => page?.close());

    it('renders the events of its own data, given as a property, and hears hk-ai-load', async () => {
      assert.equal(await timeline().evaluate((el) => el.status), 'ready');
      const ids = await timeline()
        .locator('[part~="event"]')
        .evaluateAll((items) => items.map((item) => item.dataset.eventId));
      assert.deepEqual(ids, recipe.ids);
      assert.equal((await titles())[0].trim(), recipe.titles.en);
      await until(
        () => output('loaded-count'),
        (text) => text === String(recipe.ids.length),
        'loaded count',
      );
    });

    it('tells the framework which event the reader clicked (hk-ai-select)', async () => {
      const [, second] = recipe.ids;
      await timeline().locator(`[data-event-id="${second}"] [part~="title"]`).click();
      await until(
        () => output('selected-id'),
        (text) => text === second,
        'selected id',
      );
      assert.equal(await timeline().evaluate((el) => el.selected), second);
    });

    it('re-renders the titles when the framework changes lang', async () => {
      for (const [lang, label] of Object.entries(LANGUAGE_BUTTONS)) {
        await page.getByRole('button', { name: label, exact: true }).click();
        await until(titles, (shown) => shown[0]?.trim() === recipe.titles[lang], `first title in ${lang}`);
        assert.equal(await timeline().evaluate((el) => el.lang), lang);
      }
    });

    it('loads one copy of Lit', async () => {
      assert.deepEqual(await litCopies(page), ONE_COPY);
    });

    it('logs no errors', () => {
      assert.deepEqual(problems, []);
    });
  });
}

describe('the Lit dependency strategy', () => {
  it('type-checks the React app and the JSX typings (strict)', () => {
    const { status, stdout } = spawnSync(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', 'examples/react/tsconfig.json'],
      { encoding: 'utf8' },
    );
    assert.equal(status, 0, stdout);
  });

  it('would load Lit twice if a Lit app used the standalone bundle (so the one-copy checks can fail)', async () => {
    // The same Lit app, with `hk-ai-timeline` resolved to the bundle that carries its own Lit.
    await buildExample('lit', join(outRoot, 'lit-standalone'), [
      { find: /^hk-ai-timeline$/, replacement: STANDALONE },
    ]);
    const { page } = await open('/lit-standalone/');
    await until(
      () => page.locator('hk-ai-timeline').evaluate((el) => el.status),
      (s) => s === 'ready',
      'status',
    );
    assert.deepEqual(await litCopies(page), { 'lit-html': 2, 'lit-element': 2, '@lit/reactive-element': 2 });
    await page.close();
  });
});
