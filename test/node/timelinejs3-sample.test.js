// data/examples/timelinejs3-sample.converted.json is what our CLI makes of timelinejs3-sample.json, so the axis's
// geometry test (test/axis-geometry.test.ts) runs on a TimelineJS3 document converted with our CLI. On dist/lib:
// npm test builds first. After changing the sample or the converter, write the file again with
//   node bin/hk-ai-timeline.js convert --from timelinejs data/examples/timelinejs3-sample.json --lang en \
//     -o data/examples/timelinejs3-sample.converted.json
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateTimeline } from '../../dist/lib/model/index.js';

const SAMPLE = 'data/examples/timelinejs3-sample.json';
const CONVERTED = 'data/examples/timelinejs3-sample.converted.json';

const cli = (...args) => spawnSync('node', ['bin/hk-ai-timeline.js', ...args], { encoding: 'utf8' });

describe('the TimelineJS3 sample', () => {
  it('converts with our CLI into exactly the committed converted file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hk-ai-tl3-')), 'converted.json');
    const { status, stderr } = cli('convert', '--from', 'timelinejs', SAMPLE, '--lang', 'en', '-o', out);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /carried over 26 events/);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(CONVERTED, 'utf8'));
  });

  it('converts into a document that validates without errors or warnings', () => {
    const result = validateTimeline(JSON.parse(readFileSync(CONVERTED, 'utf8')));
    assert.equal(result.ok, true);
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.document.events.length, 26);
    const check = cli('validate', CONVERTED);
    assert.equal(check.status, 0, check.stdout);
    assert.match(check.stdout, /26 valid events, 0 errors, 0 warnings/);
  });

  it('is a TimelineJS3 document with what the axis must cope with', () => {
    const sample = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    const { events } = sample;
    assert.ok(events.length >= 25);
    assert.ok(events.filter((event) => event.text.headline.length > 80).length >= 3, 'three long titles');
    const years = (event) =>
      Number(event.end_date?.year ?? event.start_date.year) - Number(event.start_date.year);
    assert.ok(events.filter((event) => years(event) >= 4).length >= 2, 'two ranges of several years');
    assert.ok(sample.eras.length >= 1, 'an era');
    assert.ok(events.filter((event) => !event.start_date.month).length >= 2, 'events with only a year');
    const perMonth = new Map();
    for (const { start_date: date } of events.filter((event) => event.start_date.month)) {
      const month = `${date.year}-${date.month}`;
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    assert.ok(Math.max(...perMonth.values()) >= 3, 'several events in one month');
    const media = events.map((event) => event.media?.url ?? '');
    assert.ok(
      media.some((url) => /\.(png|jpe?g)$/.test(url)),
      'an image',
    );
    assert.ok(
      media.some((url) => url.includes('youtube.com/')),
      'a YouTube video',
    );
    assert.ok(
      media.some((url) => url.includes('wikipedia.org/wiki/')),
      'a Wikipedia page',
    );
  });
});
