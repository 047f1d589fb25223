import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { formatDistanceOnDemand, unusedLocaleParts } from './scripts/rollup-plugins.js';

// JS only: .d.ts come from `tsc -p tsconfig.build.json`. esbuild reads experimentalDecorators and
// useDefineForClassFields from the tsconfig.
const typescript = () => esbuild({ tsconfig: './tsconfig.build.json', target: 'es2022' });

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
      // Imports nothing: a page without a bundler loads it beside the one-file build.
      'translations/ja': 'src/translations/ja.ts',
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
      // dist/embed.html, beside the bundle it loads: one timeline for CMSs that allow iframes but not scripts.
      {
        name: 'embed-page',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'embed.html',
            source: readFileSync('src/embed/embed.html', 'utf8'),
          });
        },
      },
      // Only src/i18n/relative-date.ts, a chunk of its own, carries the words of formatDistance.
      formatDistanceOnDemand({ importer: 'src/i18n/relative-date.ts' }),
      unusedLocaleParts(),
      // Whitespace and comments out of the html`` and css`` templates (Lit's own plugin: html-minifier and
      // lightningcss). A template it cannot minify fails the build rather than shipping half-minified.
      minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true }),
      resolve({ browser: true }),
      typescript(),
      terser({
        module: true,
        ecma: 2022,
        compress: { passes: 2 },
        // Private members are named `_like` this (TypeScript's `private` keeps them inside their class, so inside
        // one module and one chunk): terser shortens them. Lit's own `_$` names are left alone.
        mangle: { properties: { regex: /^_[A-Za-z]/ } },
        // V8's explicit compile hint: compile every function while the script loads, not at its first call. A
        // chunk is only loaded when its code is about to run, so all of it runs; the first render then does not
        // wait for the compiler (about 10 ms at 1,000 events, moved to load time: see README, Performance).
        format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
      }),
    ],
  },
];
