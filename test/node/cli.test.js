// The package's command line (bin/hk-ai-timeline.js, on dist/lib: npm test builds first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const cli = (...args) => spawnSync('node', ['bin/hk-ai-timeline.js', ...args], { encoding: 'utf8' });
const scratch = () => mkdtempSync(join(tmpdir(), 'hk-ai-cli-'));
const { events } = JSON.parse(readFileSync('data/hk-ai-milestones.json', 'utf8'));

describe('hk-ai-timeline validate', () => {
  it('accepts a good file', () => {
    const { status, stdout } = cli('validate', 'data/hk-ai-milestones.json');
    assert.equal(status, 0);
    assert.match(stdout, new RegExp(`${events.length} valid events, 0 errors, 0 warnings`));
  });

  it('fails on bad files, naming each problem with its path', () => {
    const { status, stdout } = cli(
      'validate',
      'data/examples/partial-errors.json',
      'data/examples/not-json.json',
    );
    assert.equal(status, 1);
    assert.match(stdout, /partial-errors\.json: error: \$\.events\[5\]: an event must be an object/);
    assert.match(stdout, /not-json\.json: rejected \(parse\)/);
  });
});

describe('hk-ai-timeline report', () => {
  it('reports the default dataset complete in three languages', () => {
    assert.match(
      cli('report', 'data/hk-ai-milestones.json').stdout,
      /complete: every title, .* and source publisher in en, ko, zh-Hant; every source has a title/,
    );
  });
});

describe('hk-ai-timeline convert', () => {
  it('imports a TimelineJS3 document into a valid one of ours, listing what did not carry over', () => {
    const out = join(scratch(), 'out.json');
    const { status, stderr } = cli(
      'convert',
      '--from',
      'timelinejs',
      'data/examples/timelinejs.json',
      '--lang',
      'en',
      '-o',
      out,
    );
    assert.equal(status, 0, stderr);
    assert.match(stderr, /not carried over: \$\.eras: 1 eras/);
    assert.match(stderr, /6 events converted/);
    const converted = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(converted.lang, 'en');
    assert.equal(converted.events[0].date, '-0043-03-15');
    const check = cli('validate', out);
    assert.equal(check.status, 0, check.stdout);
  });

  it('imports vis-timeline items with their groups, to stdout', () => {
    const { status, stdout, stderr } = cli('convert', '--from', 'vis', 'data/examples/vis-items.json');
    assert.equal(status, 0, stderr);
    const converted = JSON.parse(stdout);
    assert.deepEqual(
      converted.events.map((event) => event.date),
      ['2014-10-01', '2024-04-30', '2024-12-09', '2024-10-28', '2019-11-01'],
    );
    assert.match(stderr, /background item/);
  });

  it('explains its usage when the command is incomplete', () => {
    const { status, stderr } = cli('convert', 'data/examples/vis-items.json');
    assert.equal(status, 2);
    assert.match(stderr, /--from timelinejs\|vis/);
    assert.equal(cli('--help').status, 0);
    assert.equal(cli('frobnicate').status, 2);
  });
});
