// The standalone bundle's own Rollup plugins (rollup.config.js). The date-fns ones rewrite date-fns 4.4.0's source
// with regular expressions, which is why package.json pins date-fns exactly: each fails the build, naming the file,
// when a file no longer has the shape they expect, rather than silently leaving it as it is.
// Unit tests: test/node/rollup-plugins.test.js.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** A locale's own module, `date-fns/locale/ko.js`. */
const LOCALE = /date-fns[\\/]locale[\\/][\w-]+\.js$/;
/** Its month, day, era… names, `date-fns/locale/ko/_lib/localize.js`. */
const LOCALIZE = /date-fns[\\/]locale[\\/][\w-]+[\\/]_lib[\\/]localize\.js$/;
/** Ids of other plugins' virtual modules, and of our stand-ins (whose ids end like the locale's file). */
const isVirtual = (id) => id.startsWith('\0');

/**
 * Applies each [pattern, replacement] to `code`, and fails the build unless each matched exactly once: a pattern
 * that no longer matches means date-fns changed, and the part would silently stay in the bundle (or, for
 * `formatDistance`, the stand-in would no longer be what supplies it).
 */
function replaceEach(context, id, code, replacements) {
  return replacements.reduce((result, [pattern, replacement]) => {
    const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    const count = result.match(global)?.length ?? 0;
    if (count !== 1) {
      context.error(
        `${id}: expected ${pattern} once, found it ${count} times. Not the shape of a date-fns 4.4 locale: ` +
          'check this plugin (scripts/rollup-plugins.js) against the installed date-fns.',
      );
    }
    return result.replace(global, replacement);
  }, code);
}

/**
 * Drops the parts of date-fns locales the component never calls, so the bundle carries only what formats our
 * dates: `localize`'s month names (the time axis's month ticks; dates themselves come from `Intl.DateTimeFormat`),
 * and `formatDistance` (left to {@link formatDistanceOnDemand}). `match` serves `parse`, `formatRelative` serves `formatRelative`, `formatLong`
 * serves `format`'s P tokens; weekday, quarter and day-period names and ordinals serve `format` tokens we never use.
 * @returns {import('rollup').Plugin}
 */
export function unusedLocaleParts() {
  return {
    name: 'unused-locale-parts',
    transform(code, id) {
      if (isVirtual(id)) return null;
      let stripped;
      if (LOCALE.test(id)) {
        stripped = replaceEach(this, id, code, [
          [/\bmatch: match,/, 'match: undefined,'],
          [/\bformatRelative: formatRelative,/, 'formatRelative: undefined,'],
          [/\bformatLong: formatLong,/, 'formatLong: undefined,'],
        ]);
      } else if (LOCALIZE.test(id)) {
        stripped = replaceEach(this, id, code, [
          [/^ {2}ordinalNumber,$/m, '  ordinalNumber: undefined,'],
          // Keeps the line breaks, so the lines after it do not move.
          ...['quarter', 'day', 'dayPeriod'].map((name) => [
            new RegExp(`\\b${name}: buildLocalizeFn\\(\\{[^}]*\\}\\),`),
            (part) => `${name}: undefined,${part.replace(/[^\n]/g, '')}`,
          ]),
        ]);
      } else {
        return null;
      }
      // No line moved: `map: null` keeps the mapping of each line to the original file.
      return { code: stripped, map: null };
    },
  };
}

/** date-fns functions that read `locale.formatDistance`. */
const DISTANCE_FUNCTIONS =
  /^date-fns\/(formatDistance|formatDistanceStrict|formatDistanceToNow(Strict)?|formatDuration)(\.js)?$/;
const STAND_IN = '\0distance-locale:';

/**
 * Keeps the words of date-fns `formatDistance` out of the standalone entry, in one plugin, so that one half cannot
 * go without the other: every date-fns locale loses `formatDistance`, and `importer` (src/i18n/relative-date.ts, a
 * chunk loaded only for `relative-to`) gets, for each `date-fns/locale/<code>` it imports, a stand-in holding the
 * locale's code and its own `formatDistance`, all that `formatDistance()` reads. Fails the build when a locale or
 * the stand-in cannot be made, when another module imports a function that reads `formatDistance`, and when
 * `importer` imported no locale (moved or renamed: nothing would supply `formatDistance`).
 * @param {{ importer?: string }} [options] the one module that calls `formatDistance`, from the working directory
 * @returns {import('rollup').Plugin}
 */
export function formatDistanceOnDemand({ importer = 'src/i18n/relative-date.ts' } = {}) {
  const caller = resolve(importer);
  let stripped = 0;
  let supplied = 0;
  return {
    name: 'format-distance-on-demand',
    buildStart() {
      stripped = 0;
      supplied = 0;
    },
    async resolveId(source, from) {
      if (!from || !source.startsWith('date-fns/')) return null;
      if (from !== caller) {
        if (DISTANCE_FUNCTIONS.test(source)) {
          this.error(`${from} imports ${source}, but only ${importer} has locales with formatDistance`);
        }
        return null;
      }
      if (!source.startsWith('date-fns/locale')) return null;
      if (!/^date-fns\/locale\/[\w-]+(\.js)?$/.test(source)) {
        this.error(`${importer} imports ${source}: import each locale as date-fns/locale/<code>`);
      }
      const resolved = await this.resolve(source, from, { skipSelf: true });
      if (!resolved || resolved.external) this.error(`${importer}: cannot bundle ${source}`);
      supplied += 1;
      return `${STAND_IN}${resolved.id}`;
    },
    async load(id) {
      if (!id.startsWith(STAND_IN)) return null;
      const file = id.slice(STAND_IN.length);
      return standIn(this, file, await readFile(file, 'utf8'));
    },
    transform(code, id) {
      if (isVirtual(id) || !LOCALE.test(id)) return null;
      const result = replaceEach(this, id, code, [
        [/\bformatDistance: formatDistance,/, 'formatDistance: undefined,'],
      ]);
      stripped += 1;
      return { code: result, map: null };
    },
    buildEnd(error) {
      if (!error && stripped > 0 && supplied === 0) {
        this.error(
          `${importer} imported no date-fns/locale/<code>, but the locales lost formatDistance: ` +
            'moved or renamed? Pass its path as formatDistanceOnDemand({ importer }).',
        );
      }
    },
  };
}

/**
 * The stand-in for a date-fns locale, from the locale module's source: its code and its own `formatDistance`.
 * @param {{ error(message: string): never }} context
 * @param {string} file the locale's module
 * @param {string} code its source
 */
export function standIn(context, file, code) {
  const name = /^export const (\w+) = \{$/m.exec(code)?.[1];
  const localeCode = /^ {2}code: "([\w-]+)",$/m.exec(code)?.[1];
  const distance = /^import \{ formatDistance \} from "(\.[^"]+)";$/m.exec(code)?.[1];
  if (!name || !localeCode || !distance) {
    context.error(
      `${file}: not the shape of a date-fns 4.4 locale (export const <name> = {, code: "<code>", ` +
        'import { formatDistance } from "./…"): check formatDistanceOnDemand (scripts/rollup-plugins.js)',
    );
  }
  const distanceFile = join(dirname(file), distance);
  return `import { formatDistance } from ${JSON.stringify(distanceFile)};
export const ${name} = { code: ${JSON.stringify(localeCode)}, formatDistance };
export default ${name};
`;
}
