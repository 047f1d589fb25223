// npm test: every check in order, then one closing line "N passed, N failed" (the line CI reads).
// Steps: typecheck, lint, browser tests from source (with coverage), build, Node tests of the schema and of dist/,
// then Storybook: build it and open every story (scripts/story-check.js).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const BROWSER_COUNTS = '.test-results/browser.json';
const totals = { passed: 0, failed: 0 };

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => done({ code, output }));
  });
}

async function step(name, command, args, count) {
  const started = Date.now();
  console.log(`\n::: ${name}`);
  const { code, output } = await run(command, args);
  const counted = count?.(output);
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
  }
  // A failing step that reported no failed test (a type error, a crash) still counts as one failure.
  if (code !== 0 && (!counted || counted.failed === 0)) totals.failed += 1;
  console.log(
    `::: ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return code === 0;
}

const browserCounts = () =>
  existsSync(BROWSER_COUNTS) ? JSON.parse(readFileSync(BROWSER_COUNTS, 'utf8')) : undefined;
const nodeCounts = (output) => {
  const passed = /^# pass (\d+)$/m.exec(output);
  const failed = /^# fail (\d+)$/m.exec(output);
  return passed && failed ? { passed: Number(passed[1]), failed: Number(failed[1]) } : undefined;
};

rmSync(BROWSER_COUNTS, { force: true });
const npx = (bin, ...args) => ['npx', ['--no-install', bin, ...args]];
await step('typecheck', ...npx('tsc', '-p', 'tsconfig.json', '--noEmit'));
await step('lint: eslint', ...npx('eslint', '.'));
// lit-analyzer's CSS property list predates color-scheme and forced-color-adjust; its template checks stay strict.
await step('lint: lit-analyzer', ...npx('lit-analyzer', 'src', '--strict', '--rules.no-invalid-css', 'off'));
await step('lint: prettier', ...npx('prettier', '--check', '.'));
await step('browser tests', ...npx('web-test-runner', '--static-logging', '--coverage'), browserCounts);
const closingLine = (output) => {
  const match = /^(\d+) passed, (\d+) failed$/m.exec(output);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
};
if (await step('build', 'npm', ['run', '--silent', 'build'])) {
  await step('node tests', 'node', ['--test', '--test-reporter=tap', 'test/node/'], nodeCounts);
  if (await step('storybook build', ...npx('storybook', 'build', '--quiet', '--disable-telemetry'))) {
    await step('story check', 'node', ['scripts/story-check.js', 'storybook-static'], closingLine);
  }
} else {
  console.log('::: node tests and stories: skipped, the build failed');
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
