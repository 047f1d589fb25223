// The standalone bundle's own Rollup plugins (scripts/rollup-plugins.js), run on the date-fns files in node_modules:
// what they strip, the stand-in for relative-date.ts, and the build failing when date-fns has another shape.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import nodeResolve from '@rollup/plugin-node-resolve';
import { formatDistance } from 'date-fns/formatDistance';
import { ko as realKo } from 'date-fns/locale/ko';
import { rollup } from 'rollup';
import { formatDistanceOnDemand, unusedLocaleParts } from '../../scripts/rollup-plugins.js';

const DATE_FNS = resolve('node_modules/date-fns');
const file = (path) => resolve(DATE_FNS, path);
const read = (path) => readFileSync(file(path), 'utf8');
/** The locales the bundle imports: the translations' and relative-date.ts's, and date-fns's default (en-US). */
const LOCALES = ['ko', 'en-GB', 'zh-HK', 'en-US'];
const LOCALIZE = ['ko', 'en-US', 'zh-HK'];
const lines = (code) => code.split('\n').length;

/** The part of a plugin context that the plugins use: `error` throws, as Rollup's does. */
const context = {
  error(message) {
    throw new Error(message);
  },
  async resolve(source) {
    return { id: file(`${source.slice('date-fns/'.length).replace(/\.js$/, '')}.js`), external: false };
  },
};
const run = (plugin, hook, ...args) => plugin[hook].call(context, ...args);

describe('unusedLocaleParts', () => {
  const plugin = unusedLocaleParts();

  for (const locale of LOCALES) {
    it(`drops match, formatRelative and formatLong from locale/${locale}.js, line for line`, () => {
      const code = read(`locale/${locale}.js`);
      const { code: out, map } = run(plugin, 'transform', code, file(`locale/${locale}.js`));
      for (const part of ['match', 'formatRelative', 'formatLong']) {
        assert.match(out, new RegExp(`\\b${part}: undefined,`));
        assert.doesNotMatch(out, new RegExp(`\\b${part}: ${part},`));
      }
      // formatDistance is formatDistanceOnDemand's.
      assert.match(out, /\bformatDistance: formatDistance,/);
      assert.match(out, /\blocalize: localize,/);
      assert.match(out, new RegExp(`\\bcode: "${locale}",`));
      assert.equal(lines(out), lines(code));
      assert.equal(map, null);
    });
  }

  for (const locale of LOCALIZE) {
    it(`drops ordinals, quarter, weekday and day-period names from locale/${locale}/_lib/localize.js`, () => {
      const code = read(`locale/${locale}/_lib/localize.js`);
      const { code: out } = run(plugin, 'transform', code, file(`locale/${locale}/_lib/localize.js`));
      assert.match(out, /^ {2}ordinalNumber: undefined,$/m);
      for (const part of ['quarter', 'day', 'dayPeriod']) {
        assert.match(out, new RegExp(`^ {2}${part}: undefined,$`, 'm'));
        assert.doesNotMatch(out, new RegExp(`\\b${part}: buildLocalizeFn`));
      }
      for (const part of ['era', 'month'])
        assert.match(out, new RegExp(`^ {2}${part}: buildLocalizeFn\\(\\{$`, 'm'));
      assert.equal(lines(out), lines(code));
    });
  }

  it('leaves every other file alone, and virtual modules whose ids end like a locale', () => {
    assert.equal(run(plugin, 'transform', read('format.js'), file('format.js')), null);
    assert.equal(
      run(plugin, 'transform', read('locale/ko/_lib/match.js'), file('locale/ko/_lib/match.js')),
      null,
    );
    assert.equal(run(plugin, 'transform', 'export {};', `\0distance-locale:${file('locale/ko.js')}`), null);
  });

  it('fails loudly on a locale of another shape', () => {
    const ko = read('locale/ko.js');
    assert.throws(
      () => run(plugin, 'transform', ko.replace('match: match,', 'match,'), file('locale/ko.js')),
      /locale[\\/]ko\.js: expected .*match: match.* once, found it 0 times/,
    );
    const localize = read('locale/ko/_lib/localize.js');
    const nested = localize.replace(
      /dayPeriod: buildLocalizeFn\(\{/,
      'dayPeriod: buildLocalizeFn({ extra: { a: 1 },',
    );
    assert.throws(
      () => run(plugin, 'transform', nested, file('locale/ko/_lib/localize.js')),
      /expected .*dayPeriod.* once, found it 0 times/,
    );
  });
});

describe('formatDistanceOnDemand', () => {
  const caller = resolve('src/i18n/relative-date.ts');
  const plugin = () => formatDistanceOnDemand({ importer: 'src/i18n/relative-date.ts' });

  for (const locale of LOCALES) {
    it(`drops formatDistance, and only it, from locale/${locale}.js`, () => {
      const code = read(`locale/${locale}.js`);
      const { code: out } = run(plugin(), 'transform', code, file(`locale/${locale}.js`));
      assert.equal(out, code.replace('formatDistance: formatDistance,', 'formatDistance: undefined,'));
    });
  }

  it('gives relative-date.ts a stand-in for each locale, with its code and its own formatDistance', async () => {
    const distance = plugin();
    const id = await run(distance, 'resolveId', 'date-fns/locale/ko', caller);
    assert.equal(id, `\0distance-locale:${file('locale/ko.js')}`);
    const code = await run(distance, 'load', id);
    assert.equal(
      code,
      `import { formatDistance } from ${JSON.stringify(file('locale/ko/_lib/formatDistance.js'))};
export const ko = { code: "ko", formatDistance };
export default ko;
`,
    );
    // en-GB takes its words from en-US.
    const enGB = await run(
      distance,
      'load',
      await run(distance, 'resolveId', 'date-fns/locale/en-GB', caller),
    );
    assert.match(enGB, /locale[\\/]en-US[\\/]_lib[\\/]formatDistance\.js"/);
    assert.match(enGB, /export const enGB = \{ code: "en-GB", formatDistance \};/);
  });

  it('resolves nothing for other importers, and nothing else for relative-date.ts', async () => {
    const distance = plugin();
    assert.equal(await run(distance, 'resolveId', 'date-fns/locale/ko', resolve('src/i18n/ko.ts')), null);
    assert.equal(await run(distance, 'resolveId', 'date-fns/formatDistance', caller), null);
    assert.equal(await run(distance, 'resolveId', './dates.js', caller), null);
    assert.equal(await run(distance, 'load', file('locale/ko.js')), null);
  });

  it('fails loudly when a locale cannot be supplied, or formatDistance is called elsewhere', async () => {
    const distance = plugin();
    await assert.rejects(run(distance, 'resolveId', 'date-fns/locale', caller), /import each locale as/);
    await assert.rejects(
      run(distance, 'resolveId', 'date-fns/formatDistanceToNow', resolve('src/other.ts')),
      /src[\\/]other\.ts imports date-fns\/formatDistanceToNow/,
    );
    assert.throws(
      () => run(distance, 'transform', 'export const ko = { code: "ko" };', file('locale/ko.js')),
      /expected .*formatDistance: formatDistance.* once, found it 0 times/,
    );
  });

  it('fails loudly on a stand-in for a locale of another shape', async () => {
    const distance = plugin();
    const id = `\0distance-locale:${file('locale/ko/_lib/match.js')}`;
    await assert.rejects(run(distance, 'load', id), /match\.js: not the shape of a date-fns 4\.4 locale/);
  });

  it('fails the build when locales lost formatDistance but relative-date.ts imported none', async () => {
    const distance = plugin();
    run(distance, 'buildStart');
    run(distance, 'transform', read('locale/ko.js'), file('locale/ko.js'));
    assert.throws(() => run(distance, 'buildEnd'), /imported no date-fns\/locale\/<code>/);
    // A build that failed already reports its own error.
    assert.doesNotThrow(() => run(distance, 'buildEnd', new Error('earlier')));
  });
});

describe('the plugins in a Rollup build', () => {
  /** Virtual modules at real-looking paths, so node-resolve finds date-fns from them. */
  const virtual = (modules) => ({
    name: 'virtual',
    resolveId: (source) => (source in modules ? resolve(source) : null),
    load: (id) => Object.entries(modules).find(([name]) => resolve(name) === id)?.[1] ?? null,
  });
  const bundle = async (importer, modules) => {
    const build = await rollup({
      input: 'entry.js',
      onwarn: (warning) => assert.fail(warning.message),
      plugins: [
        virtual(modules),
        formatDistanceOnDemand({ importer }),
        unusedLocaleParts(),
        nodeResolve({ browser: true }),
      ],
    });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    return output[0].code;
  };
  const modules = {
    'entry.js': `import { formatDistance } from 'date-fns/formatDistance';
import { ko } from 'date-fns/locale/ko';
export { ko as otherKo } from 'other.js';
export const standIn = ko;
export const words = formatDistance(new Date(2014, 0, 1), new Date(2024, 0, 15), { locale: ko });`,
    'other.js': `export { ko } from 'date-fns/locale/ko';`,
  };

  it('bundles formatDistance with the stand-in, and the locale without its distance words elsewhere', async () => {
    const code = await bundle('entry.js', modules);
    const built = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    const expected = formatDistance(new Date(2014, 0, 1), new Date(2024, 0, 15), { locale: realKo });
    assert.equal(expected, '약 10년');
    assert.equal(built.words, expected);
    assert.deepEqual(Object.keys(built.standIn), ['code', 'formatDistance']);
    assert.equal(built.otherKo.code, 'ko');
    assert.equal(built.otherKo.formatDistance, undefined);
    assert.equal(built.otherKo.match, undefined);
    assert.equal(built.otherKo.localize.month(9), '10월');
    assert.equal(built.otherKo.localize.day, undefined);
  });

  it('fails when the module named as the caller of formatDistance is not the one that imports it', async () => {
    await assert.rejects(bundle('moved.js', modules), /entry\.js imports date-fns\/formatDistance/);
    await assert.rejects(
      bundle('moved.js', { 'entry.js': modules['other.js'] }),
      /moved\.js imported no date-fns\/locale\/<code>/,
    );
  });
});
