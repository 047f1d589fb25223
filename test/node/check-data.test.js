// npm run check:data: the command people use to check their own documents.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const checkData = (...args) => spawnSync('node', ['scripts/check-data.js', ...args], { encoding: 'utf8' });
const write = (document) => {
  const file = join(mkdtempSync(join(tmpdir(), 'hk-ai-')), 'doc.json');
  writeFileSync(file, JSON.stringify(document));
  return file;
};
const inAll = (text) => ({ en: text, ko: text, 'zh-Hant': text });
const { events } = JSON.parse(readFileSync('data/hk-ai-milestones.json', 'utf8'));

describe('npm run check:data', () => {
  it('reports the default dataset valid and complete in en, ko and zh-Hant', () => {
    const { status, stdout } = checkData('data/hk-ai-milestones.json');
    assert.equal(status, 0, stdout);
    assert.match(stdout, new RegExp(`${events.length} valid events, 0 errors, 0 warnings`));
    assert.match(
      stdout,
      /complete: every title, description, category, alt text and source publisher in en, ko, zh-Hant; every source has a title/,
    );
  });

  it('lists each error with its path and fails on a document with bad events', () => {
    const { status, stdout } = checkData('data/examples/partial-errors.json');
    assert.equal(status, 1);
    assert.match(stdout, /error: \$\.events\[1\]\.date: "2024-02-30" is not a real calendar date/);
    assert.match(stdout, /missing ko, zh-Hant: title of the document/);
  });

  it('fails on a file that is not JSON, and on one that does not exist', () => {
    assert.equal(checkData('data/examples/not-json.json').status, 1);
    assert.match(checkData('data/no-such-file.json').stdout, /cannot be read \(ENOENT\)/);
  });

  it('passes an incomplete but valid document unless --require-complete is given', () => {
    const file = write({ events: [{ id: 'a', date: '2024', title: { en: 'A' } }] });
    const relaxed = checkData(file);
    assert.equal(relaxed.status, 0, relaxed.stdout);
    assert.match(relaxed.stdout, /missing ko, zh-Hant: title of event "a"/);
    assert.match(relaxed.stdout, /: 1 valid event, 0 errors, 0 warnings\n/);
    assert.match(relaxed.stdout, /: 1 text lacks a language\n/);
    assert.equal(checkData(file, '--require-complete').status, 1);
  });

  it('counts one error and one warning in the singular', () => {
    const file = write({ events: [{ id: 'a', date: '2024', title: inAll('A'), colour: 'red' }, 5] });
    const { status, stdout } = checkData(file);
    assert.equal(status, 1, stdout);
    assert.match(stdout, /: 1 valid event, 1 error, 1 warning\n/);
  });

  it('fails --require-complete when a source lacks a publisher in en, ko and zh-Hant, or a title', () => {
    const source = (n, fields) => ({ url: `https://example.org/${n}`, ...fields });
    const file = write({
      lang: 'en',
      title: inAll('T'),
      events: [
        {
          id: 'a',
          date: '2024',
          title: inAll('A'),
          sources: [
            // A title stays in the article's language: one language is enough.
            source(0, { title: { ko: '기사' }, publisher: inAll('P') }),
            // A plain string is in the document's lang only.
            source(1, { title: 'Article', publisher: 'English only' }),
            source(2, { publisher: inAll('P') }),
            source(3, { title: { 'zh-Hans': '文章' } }),
          ],
        },
      ],
    });
    const { status, stdout } = checkData(file, '--require-complete');
    assert.equal(status, 1, stdout);
    assert.doesNotMatch(stdout, /sources\[0\]/);
    assert.match(stdout, /: missing ko, zh-Hant: sources\[1\]\.publisher of event "a"\n/);
    assert.match(stdout, /: missing: sources\[2\]\.title of event "a"\n/);
    assert.match(stdout, /: missing en, ko, zh-Hant: sources\[3\]\.publisher of event "a"\n/);
    assert.doesNotMatch(stdout, /sources\[3\]\.title/);
    assert.match(stdout, /: 3 texts lack a language\n/);
    assert.doesNotMatch(stdout, /complete:/);
  });

  it('prints its usage without a file', () => {
    const { status, stderr } = checkData();
    assert.equal(status, 2);
    assert.match(stderr, /usage:\n {2}hk-ai-timeline validate/);
  });
});
