// @web/test-runner 0.20 (1.x needs Node >= 22) in Debian's Chromium, from source: no build needed.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { countingReporter } from './test/support/counting-reporter.js';

const flakyRequests = new Map();
const MINIMAL = JSON.stringify({ events: [{ id: 'ok', date: '2024', title: 'OK' }] });

/** /unreliable/…: a server that misbehaves in the ways the network tests need. Loopback only. */
async function unreliableServer(context, next) {
  const [, kind, arg] = /^\/unreliable\/([\w-]+)(?:\/(.*))?$/.exec(context.path) ?? [];
  if (!kind) return next();
  const send = (status, type, body) => {
    context.status = status;
    context.type = type;
    context.body = body;
  };
  switch (kind) {
    case 'status': // an error status with a JSON-looking body that must not be used
      return send(Number(arg), 'application/json', MINIMAL);
    case 'html': // an HTML error page that claims to be JSON
      return send(
        200,
        'application/json',
        '<!doctype html><title>Error</title><script>window.__hkAiPwned = true</script>',
      );
    case 'json-as-html': // good JSON with a wrong content type
      return send(200, 'text/html', MINIMAL);
    case 'hang': // accepts the request and never answers
      await new Promise((resolve) => setTimeout(resolve, 20_000));
      return send(504, 'text/plain', 'gave up');
    case 'slow-body': {
      // headers at once, then the body one byte every 200 ms
      const { Readable } = await import('node:stream');
      let i = 0;
      const text = MINIMAL;
      context.status = 200;
      context.type = 'application/json';
      context.body = new Readable({
        read() {
          setTimeout(() => this.push(i < text.length ? text[i++] : null), 200);
        },
      });
      return undefined;
    }
    case 'big': {
      // a valid-looking JSON array of Number(arg) bytes, streamed without a Content-Length
      const { Readable } = await import('node:stream');
      let left = Number(arg);
      context.status = 200;
      context.type = 'application/json';
      context.body = new Readable({
        read() {
          const size = Math.min(left, 65536);
          left -= size;
          this.push(size > 0 ? Buffer.alloc(size, 0x20) : null);
        },
      });
      return undefined;
    }
    case 'declared-big': // a Content-Length over the limit: refused before reading
      context.set('content-length', String(11 * 1024 * 1024));
      context.status = 200;
      context.type = 'application/json';
      context.body = MINIMAL.padEnd(11 * 1024 * 1024, ' ');
      return undefined;
    case 'flaky': {
      // fails the first time for each key, then works: proves that failures are not cached
      const seen = flakyRequests.get(arg) ?? 0;
      flakyRequests.set(arg, seen + 1);
      return seen === 0 ? send(503, 'text/plain', 'try again') : send(200, 'application/json', MINIMAL);
    }
    default:
      return next();
  }
}

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
    unreliableServer,
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
