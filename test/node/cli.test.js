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
    assert.match(
      stderr,
      /carried over 6 events, 1 image, 1 link, 1 credit, \d+ sources?, 1 era; not carried over: \d+ notes/,
    );
    const converted = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(converted.lang, 'en');
    assert.equal(converted.events[0].date, '-0043-03-15');
    assert.equal(converted.eras.length, 1);
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

describe('hk-ai-timeline render --format svg', () => {
  it('writes the default dataset as an SVG poster in the language asked for', () => {
    const out = join(scratch(), 'poster.svg');
    const { status, stderr } = cli(
      'render',
      '--format',
      'svg',
      'data/hk-ai-milestones.json',
      '--lang',
      'ko',
      '-o',
      out,
    );
    assert.equal(status, 0, stderr);
    const svg = readFileSync(out, 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1600" /);
    assert.match(svg, /lang="ko"/);
    assert.match(svg, /<title id="poster-title">홍콩 /);
    assert.match(svg, /센스타임, 홍콩에서 창업/);
  });

  it('prints to standard output, at the width asked for', () => {
    const { status, stdout } = cli(
      'render',
      '--format',
      'svg',
      '--width',
      '900',
      'data/hk-ai-milestones.json',
    );
    assert.equal(status, 0);
    assert.match(stdout, /^<svg [^>]*width="900" /);
  });

  it('refuses what it cannot draw: an unknown format, a width under 640, a document that is not a timeline', () => {
    assert.equal(cli('render', '--format', 'pdf', 'data/hk-ai-milestones.json').status, 2);
    assert.equal(cli('render', '--layout', 'spiral', 'data/hk-ai-milestones.json').status, 2);
    assert.equal(cli('render', '--format', 'svg', '--width', '100', 'data/hk-ai-milestones.json').status, 2);
    const { status, stderr, stdout } = cli('render', '--format', 'svg', 'data/examples/not-json.json');
    assert.equal(status, 1);
    assert.match(stderr, /not-json\.json: rejected \(parse\); nothing to draw/);
    assert.equal(stdout, '');
  });

  it('draws the valid events of a document with bad ones, and says which were skipped', () => {
    const { status, stdout, stderr } = cli('render', '--format', 'svg', 'data/examples/partial-errors.json');
    assert.equal(status, 1);
    assert.match(stderr, /partial-errors\.json: error: \$\.events\[5\]/);
    assert.match(stdout, /<g class="event"/);
  });
});

describe('hk-ai-timeline convert --from mermaid', () => {
  it('imports a Mermaid timeline diagram (text, not JSON) into a valid document of ours', () => {
    const out = join(scratch(), 'social-media.json');
    const { status, stderr } = cli(
      'convert',
      '--from',
      'mermaid',
      'data/examples/mermaid-social-media.mmd',
      '--lang',
      'en',
      '-o',
      out,
    );
    assert.equal(status, 0, stderr);
    assert.match(stderr, /mermaid-social-media\.mmd: carried over 5 events, .*; not carried over: 0 notes/);
    const converted = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(converted.lang, 'en');
    assert.equal(converted.title, 'History of Social Media Platform');
    assert.deepEqual(
      converted.events.map((event) => [event.id, event.date]),
      [
        ['2002-linkedin', '2002'],
        ['2004-facebook', '2004'],
        ['2004-google', '2004'],
        ['2005-youtube', '2005'],
        ['2006-twitter', '2006'],
      ],
    );
    const check = cli('validate', out);
    assert.equal(check.status, 0, check.stdout);
    assert.match(check.stdout, /5 valid events, 0 errors, 0 warnings/);
  });

  it('lists on stderr each free-text period whose events it could not place, to stdout otherwise', () => {
    const { status, stdout, stderr } = cli(
      'convert',
      '--from',
      'mermaid',
      'data/examples/mermaid-industrial-revolution.mmd',
    );
    assert.equal(status, 0, stderr);
    assert.deepEqual(JSON.parse(stdout).events, []);
    assert.match(
      stderr,
      /not carried over: line 4: period "Industry 1\.0" in section "17th-20th century" is not a date: its 1 event \("Machinery, Water power, Steam power"\) was not placed on the timeline/,
    );
    assert.match(stderr, /line 9: period "Industry 5\.0" in section "21st century" is not a date/);
    assert.match(stderr, /carried over 0 events, .*; not carried over: 5 notes/);
  });

  it('says what it made of a file that is not a Mermaid timeline, and names mermaid in its usage', () => {
    const { stderr } = cli('convert', '--from', 'mermaid', 'data/examples/timelinejs.json');
    assert.match(stderr, /not carried over: line 1: not a Mermaid timeline: the first statement is "\{"/);
    const usage = cli('convert', '--from', 'merman', 'data/examples/mermaid-social-media.mmd');
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--from timelinejs\|vis\|mermaid/);
  });
});

describe('hk-ai-timeline convert --from csv', () => {
  it("converts TimelineJS's spreadsheet columns, a Korean column beside them", () => {
    const { status, stdout, stderr } = cli(
      'convert',
      '--from',
      'csv',
      'data/examples/timelinejs-template.csv',
    );
    assert.equal(status, 0, stderr);
    const document = JSON.parse(stdout);
    assert.ok(document.events.length >= 4);
    assert.ok(document.events.every((event) => typeof event.title === 'object' && event.title.ko));
  });

  it('names the bad rows by row and column, keeps the good ones, and exits 1', () => {
    const { status, stdout, stderr } = cli('convert', '--from', 'csv', 'data/examples/csv-broken-rows.csv');
    assert.equal(status, 1);
    assert.match(stderr, /row \d+, End Year: "abc" is not a year/);
    assert.ok(JSON.parse(stdout).events.length > 0);
  });
});

describe('hk-ai-timeline report --from', () => {
  it('says per file what an import carries over and what not, and writes nothing', () => {
    const { status, stdout, stderr } = cli(
      'report',
      '--from',
      'timelinejs',
      'data/examples/timelinejs.json',
      'data/examples/timelinejs3-sample.json',
    );
    assert.equal(status, 0, stderr);
    assert.match(stdout, /timelinejs\.json: not carried over: \$\.events\[3\]\.background: backgrounds/);
    assert.match(
      stdout,
      /timelinejs\.json: carried over 6 events, 1 image, 1 link, 1 credit, 0 sources, 1 era; not carried over: \d+ notes/,
    );
    assert.match(
      stdout,
      /timelinejs3-sample\.json: carried over 26 events, 1 image, 2 links, 1 credit, 0 sources, 2 eras; not carried over: \d+ notes/,
    );
    assert.doesNotMatch(stdout, /"\$schema"/);
  });

  it('refuses an unknown format', () => {
    assert.equal(cli('report', '--from', 'word', 'data/examples/timelinejs.json').status, 2);
  });
});
