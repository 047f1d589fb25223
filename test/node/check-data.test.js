// npm run check:data: the command people use to check their own documents.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const checkData = (...args) => spawnSync('node', ['scripts/check-data.js', ...args], { encoding: 'utf8' });

describe('npm run check:data', () => {
  it('reports the default dataset valid and complete in en, ko and zh-Hant', () => {
    const { status, stdout } = checkData('data/hk-ai-milestones.json');
    assert.equal(status, 0, stdout);
    assert.match(stdout, /14 valid events, 0 errors, 0 warnings/);
    assert.match(stdout, /complete: every title, description, category and alt text in en, ko, zh-Hant/);
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
    const file = join(mkdtempSync(join(tmpdir(), 'hk-ai-')), 'doc.json');
    writeFileSync(file, JSON.stringify({ events: [{ id: 'a', date: '2024', title: { en: 'A' } }] }));
    const relaxed = checkData(file);
    assert.equal(relaxed.status, 0, relaxed.stdout);
    assert.match(relaxed.stdout, /missing ko, zh-Hant: title of event "a"/);
    assert.equal(checkData(file, '--require-complete').status, 1);
  });

  it('prints its usage without a file', () => {
    const { status, stderr } = checkData();
    assert.equal(status, 2);
    assert.match(stderr, /usage:\n {2}hk-ai-timeline validate/);
  });
});
