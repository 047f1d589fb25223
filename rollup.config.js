import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';

// JS only: .d.ts come from `tsc -p tsconfig.build.json`. esbuild reads experimentalDecorators and
// useDefineForClassFields from the tsconfig.
const typescript = () => esbuild({ tsconfig: './tsconfig.build.json', target: 'es2022' });

/**
 * Drops the parts of date-fns locales the component never calls (`match` serves `parse`, `formatRelative` serves
 * `formatRelative`, `formatLong` serves `format`'s P tokens; we use `lightFormat`, `localize` and
 * `formatDistance`), so the bundle carries only what formats our dates.
 */
const unusedLocaleParts = {
  name: 'unused-locale-parts',
  transform(code, id) {
    if (!/date-fns[\\/]locale[\\/][\w-]+(\.js|[\\/]_lib[\\/]localize\.js)$/.test(id)) return null;
    const stripped = code
      // Weekday, quarter and day-period names and ordinals serve `format` tokens we never use.
      .replace(/\bordinalNumber,/, 'ordinalNumber: undefined,')
      .replace(
        /\b(quarter|day|dayPeriod): buildLocalizeFn\(\{[^}]*\}\),/g,
        (part, name) =>
          // Keeps the line breaks, so the lines after it do not move.
          `${name}: undefined,${part.replace(/[^\n]/g, '')}`,
      )
      .replace(/\bmatch: match,/, 'match: undefined,')
      // Only relative-date.ts calls formatDistance, with locales of its own (distanceLocalesOnDemand).
      .replace(/\bformatDistance: formatDistance,/, 'formatDistance: undefined,')
      .replace(/\bformatRelative: formatRelative,/, 'formatRelative: undefined,')
      .replace(/\bformatLong: formatLong,/, 'formatLong: undefined,');
    // Same lines, so an empty mapping (no moved code) keeps the source map right.
    return { code: stripped, map: { mappings: '' } };
  },
};

/**
 * Keeps the words of date-fns `formatDistance` out of the standalone entry: the locales the entry imports lose
 * `formatDistance`, and src/i18n/relative-date.ts (a chunk loaded only for `relative-to`) gets, for each locale it
 * imports, a stand-in holding the locale's code and its own `formatDistance`, all that `formatDistance()` reads.
 */
const DISTANCE_LOCALE = '\0distance-locale:';
const distanceLocalesOnDemand = {
  name: 'distance-locales-on-demand',
  async resolveId(source, importer) {
    if (!importer?.endsWith(join('src', 'i18n', 'relative-date.ts'))) return null;
    if (!/^date-fns\/locale\/[\w-]+$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved && `${DISTANCE_LOCALE}${resolved.id}`;
  },
  async load(id) {
    if (!id.startsWith(DISTANCE_LOCALE)) return null;
    const file = id.slice(DISTANCE_LOCALE.length);
    const code = await readFile(file, 'utf8');
    const name = /export const (\w+) = \{/.exec(code)?.[1];
    const localeCode = /\bcode: "([\w-]+)"/.exec(code)?.[1];
    const distance = /import \{ formatDistance \} from "([^"]+)"/.exec(code)?.[1];
    if (!name || !localeCode || !distance) this.error(`${file}: not the shape of a date-fns 4 locale`);
    const distanceFile = join(dirname(file), distance);
    return `import { formatDistance } from ${JSON.stringify(distanceFile)};
export const ${name} = { code: ${JSON.stringify(localeCode)}, formatDistance };`;
  },
};

/** Minifies the CSS inside `css` tagged templates of *.styles.ts files (they hold no interpolations). */
const minifyStyles = {
  name: 'minify-styles',
  async transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const match = /css`([^`]*)`/.exec(code);
    if (!match || match[1].includes('${')) return null;
    const { code: minified } = await transform(match[1], { loader: 'css', minify: true });
    return { code: code.replace(match[0], `css\`${minified.trim()}\``), map: { mappings: '' } };
  },
};

const MANGLED_PRIVATES = new RegExp(
  `^(${[
    'axisRequested',
    'cancelInFlight',
    'captureScrollAnchor',
    'categories',
    'changeFilter',
    'childObserver',
    'contentLanguages',
    'currentWindowSize',
    'dataValue',
    'entryFor',
    'followHash',
    'growWindow',
    'focusedItem',
    'handleListClick',
    'handleListFocus',
    'handleListKeydown',
    'handleScroll',
    'inFlight',
    'internals',
    'itemFor',
    'itemHeight',
    'keepWindowAnchor',
    'lastInput',
    'listObserver',
    'measureEvents',
    'model',
    'needsLoad',
    'opensOnSelect',
    'parseReference',
    'pendingNotice',
    'reference',
    'renderControls',
    'renderDate',
    'renderDiagnostics',
    'renderEntry',
    'renderError',
    'renderMeta',
    'renderSources',
    'renderedLanguages',
    'resolveContentLanguages',
    'restoreScrollAnchor',
    'revealSelected',
    'scrollAnchor',
    'scrollFrame',
    'serverRendered',
    'setFailure',
    'showInWindow',
    'sizeSpacers',
    'srcValue',
    'visibleCache',
    'visibleEntries',
    'windowAnchor',
  ].join('|')})$`,
);

export default [
  // For bundlers: one module per source file, lit and date-fns left to the app (deduplicated by npm).
  // The default dataset stays a separate chunk, fetched only when a timeline is given no data.
  {
    input: {
      index: 'src/index.ts',
      'model/index': 'src/model/index.ts',
      'convert/index': 'src/convert/index.ts',
      'cli/index': 'src/cli/index.ts',
      'ssr/render-timeline': 'src/ssr/render-timeline.ts',
    },
    external: [
      /^lit(\/|$)/,
      /^@lit\//,
      /^@lit-labs\//,
      /^date-fns(\/|$)/,
      /^@date-fns\//,
      /^html-entities$/,
      /^node:/,
    ],
    output: {
      dir: 'dist/lib',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: '.',
    },
    plugins: [json({ preferConst: true }), typescript()],
  },
  // For <script type="module">: everything in one minified entry file.
  {
    input: 'src/standalone.ts',
    // The chunks import what they share from the entry itself, not from a third file.
    preserveEntrySignatures: 'allow-extension',
    // Parts only some pages need (the default dataset, fetching a `src`) are chunks beside it, loaded on demand from
    // the bundle's own URL, so the page still needs only the one script tag.
    output: {
      dir: 'dist',
      entryFileNames: 'hk-ai-timeline.js',
      chunkFileNames: 'hk-ai-timeline-[name]-[hash].js',
      // No chunk of a few hundred bytes shared by two others: a page would wait for one more request.
      experimentalMinChunkSize: 2000,
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      json({ preferConst: true, compact: true }),
      distanceLocalesOnDemand,
      unusedLocaleParts,
      minifyStyles,
      resolve({ browser: true }),
      typescript(),
      terser({
        module: true,
        ecma: 2022,
        compress: { passes: 2 },
        // The element's private members, by name: names no other code in the bundle (Lit, date-fns) uses, and not
        // the @state() ones, whose names Lit's decorators receive as strings.
        // builtins: these names are ours even where a DOM interface has one too (`model`); none is used on the DOM.
        mangle: { properties: { regex: MANGLED_PRIVATES, builtins: true } },
        // V8's explicit compile hint: compile every function while the script loads, not at its first call. A
        // chunk is only loaded when its code is about to run, so all of it runs; the first render then does not
        // wait for the compiler (about 10 ms at 1,000 events, moved to load time: see README, Performance).
        format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
      }),
    ],
  },
];
