// @web/test-runner 0.20 (1.x needs Node >= 22) in Debian's Chromium, from source: no build needed.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { countingReporter } from './test/support/counting-reporter.js';

/** Chromium, optionally in an emulated time zone, so date tests prove nothing depends on the machine's zone. */
function chromium(timeZone) {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox', // required as root
        '--disable-gpu',
        '--disable-dev-shm-usage',
        // No DNS lookups of Google's hosts; the tests only talk to the local dev server.
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
    },
    ...(timeZone && {
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone(timeZone);
        return page;
      },
    }),
  });
}

/** The time zones the date tests run in besides the default (UTC): a day ahead, a day behind, and home. */
const TIME_ZONES = ['Pacific/Apia', 'America/Los_Angeles', 'Asia/Hong_Kong'];
const DATE_TESTS = ['test/model/dates.test.ts', 'test/i18n/format-date.test.ts'];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file per page, in order: keeps the 2-core CI machine from timing out.
  concurrency: 1,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'esnext', // keeps `with { type: 'json' }`; legacy decorators are compiled at any target
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [
    // /slow/<ms>/<path>: serves <path> after a delay, for racing two `src` requests.
    async function slow(context, next) {
      const match = /^\/slow\/(\d+)(\/.*)$/.exec(context.path);
      if (match) {
        await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
        context.url = match[2];
      }
      return next();
    },
  ],
  browsers: [chromium('UTC')],
  groups: TIME_ZONES.map((zone) => ({
    name: `tz-${zone.replace('/', '-').toLowerCase()}`,
    files: DATE_TESTS,
    browsers: [chromium(zone)],
  })),
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter('.test-results/browser.json'),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 85, branches: 80, functions: 85, lines: 85 },
  },
  testFramework: { config: { timeout: 10000 } },
};
